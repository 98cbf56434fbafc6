<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ArchiveExpiries</name>
    <message numerus="yes">
        <source>Once the rotated file waiting for compression is archived, its log has more than %n archive(s) (max_archives): removed at the next cleanup.</source>
        <translation>
            <numerusform>Once the rotated file waiting for compression is archived, its log has more than %n archive (max_archives): removed at the next cleanup.</numerusform>
            <numerusform>Once the rotated file waiting for compression is archived, its log has more than %n archives (max_archives): removed at the next cleanup.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The next rotation of %1 leaves it one archive too many (max_archives %n): removed right after.</source>
        <translation>
            <numerusform>The next rotation of %1 leaves it one archive too many (max_archives %n): removed right after.</numerusform>
            <numerusform>The next rotation of %1 leaves it one archive too many (max_archives %n): removed right after.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Logkeeper::ArchiveBrowser</name>
    <message numerus="yes">
        <source>Save %n Decompressed Copies To</source>
        <translation>
            <numerusform>Save %n Decompressed Copy To</numerusform>
            <numerusform>Save %n Decompressed Copies To</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already exist in %1. Replace them?</source>
        <translation>
            <numerusform>%n file already exists in %1. Replace it?</numerusform>
            <numerusform>%n files already exist in %1. Replace them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n path(s)</source>
        <translation>
            <numerusform>Copied %n path</numerusform>
            <numerusform>Copied %n paths</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n archive(s), %1 on disk? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n archive, %1 on disk? This cannot be undone.</numerusform>
            <numerusform>Delete %n archives, %1 on disk? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n archive(s)</source>
        <translation>
            <numerusform>Deleted %n archive</numerusform>
            <numerusform>Deleted %n archives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n archive(s) could not be deleted:</source>
        <translation>
            <numerusform>%n archive could not be deleted:</numerusform>
            <numerusform>%n archives could not be deleted:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n archive(s) shown, %2 on disk</source>
        <translation>
            <numerusform>%1 of %n archive shown, %2 on disk</numerusform>
            <numerusform>%1 of %n archives shown, %2 on disk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n archive(s), %1 on disk</source>
        <translation>
            <numerusform>%n archive, %1 on disk</numerusform>
            <numerusform>%n archives, %1 on disk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected, %1</source>
        <extracomment>after &quot; · &quot; in the status bar: how many archives are selected, %1 their size on disk</extracomment>
        <translation>
            <numerusform>%n selected, %1</numerusform>
            <numerusform>%n selected, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counting sizes: %n left</source>
        <translation>
            <numerusform>Counting sizes: %n left</numerusform>
            <numerusform>Counting sizes: %n left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Testing %n archive(s)…</source>
        <translation>
            <numerusform>Testing %n archive…</numerusform>
            <numerusform>Testing %n archives…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n archive(s) are intact: each decompresses completely.</source>
        <translation>
            <numerusform>%n archive is intact: it decompresses completely.</numerusform>
            <numerusform>All %n archives are intact: each decompresses completely.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n archive(s) are damaged.</source>
        <translation>
            <numerusform>%1 of %n archive is damaged.</numerusform>
            <numerusform>%1 of %n archives are damaged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n decompressed copy(s) in %1.</source>
        <translation>
            <numerusform>Saved %n decompressed copy in %1.</numerusform>
            <numerusform>Saved %n decompressed copies in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected files is not archived yet: rotated log data still waiting for compression, which exists nowhere else.</source>
        <translation>
            <numerusform>%n of the selected files is not archived yet: rotated log data still waiting for compression, which exists nowhere else.</numerusform>
            <numerusform>%n of the selected files are not archived yet: rotated log data still waiting for compression, which exists nowhere else.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n file(s), %1 on disk? That log data is lost for good.</source>
        <translation>
            <numerusform>Delete %n file, %1 on disk? That log data is lost for good.</numerusform>
            <numerusform>Delete %n files, %1 on disk? That log data is lost for good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for compression</source>
        <extracomment>after &quot; · &quot; in the status bar: rotated files listed that are not archived yet</extracomment>
        <translation>
            <numerusform>%n waiting for compression</numerusform>
            <numerusform>%n waiting for compression</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Logkeeper::EngineStatus</name>
    <message numerus="yes">
        <source>Error: %n problem(s)</source>
        <translation>
            <numerusform>Error: %n problem</numerusform>
            <numerusform>Error: %n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n log set(s)</source>
        <translation>
            <numerusform>%n log set</numerusform>
            <numerusform>%n log sets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s)</source>
        <translation>
            <numerusform>…and %n more problem</numerusform>
            <numerusform>…and %n more problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Included logrotate configs: %n error(s), their sets are left out:</source>
        <extracomment>logrotate_include is the config key; the sets of the other files are in force</extracomment>
        <translation>
            <numerusform>Included logrotate configs: %n error, the sets it affects are left out:</numerusform>
            <numerusform>Included logrotate configs: %n errors, the sets they affect are left out:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Logkeeper::LogViewerTab</name>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es) so far…</source>
        <translation>
            <numerusform>%Ln match so far…</numerusform>
            <numerusform>%Ln matches so far…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The history of %1: %n file(s), oldest first</source>
        <translation>
            <numerusform>The history of %1: %n file</numerusform>
            <numerusform>The history of %1: %n files, oldest first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the history could not be read to the end: the text says where.</source>
        <translation>
            <numerusform>%n file of the history could not be read to the end: the text says where.</numerusform>
            <numerusform>%n files of the history could not be read to the end: the text says where.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading was cancelled: showing the first %Ln line(s).</source>
        <translation>
            <numerusform>Loading was cancelled: showing %Ln line.</numerusform>
            <numerusform>Loading was cancelled: showing the first %Ln lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be read to its end: %2. Showing the %Ln line(s) read before the problem.</source>
        <translation>
            <numerusform>%1 could not be read to its end: %2. Showing the %Ln line read before the problem.</numerusform>
            <numerusform>%1 could not be read to its end: %2. Showing the %Ln lines read before the problem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) so far</source>
        <translation>
            <numerusform>%Ln line so far</numerusform>
            <numerusform>%Ln lines so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln line</numerusform>
            <numerusform>%Ln lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln shown)</source>
        <translation>
            <numerusform>%1 (%Ln shown)</numerusform>
            <numerusform>%1 (%Ln shown)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Logkeeper::MemberDialog</name>
    <message numerus="yes">
        <source>%1 holds %n file(s). Choose the one to view:</source>
        <translation>
            <numerusform>%1 holds %n file. Choose it to view:</numerusform>
            <numerusform>%1 holds %n files. Choose the one to view:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Logkeeper::OpenWithDialog</name>
    <message numerus="yes">
        <source>Open %n files with:</source>
        <translation>
            <numerusform>Open %n file with:</numerusform>
            <numerusform>Open %n files with:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Logkeeper::PreviewPanel</name>
    <message numerus="yes">
        <source>%n action(s) would be taken.</source>
        <translation>
            <numerusform>%n action would be taken.</numerusform>
            <numerusform>%n actions would be taken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) would be taken; %1</source>
        <translation>
            <numerusform>%n action would be taken; %1</numerusform>
            <numerusform>%n actions would be taken; %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) would be reported.</source>
        <translation>
            <numerusform>%n problem would be reported.</numerusform>
            <numerusform>%n problems would be reported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message numerus="yes">
        <source>more than %n archive(s) of its log: removed at the next cleanup</source>
        <translation>
            <numerusform>more than %n archive of its log: removed at the next cleanup</numerusform>
            <numerusform>more than %n archives of its log: removed at the next cleanup</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>kept while its log has no more than %n archive(s)</source>
        <translation>
            <numerusform>kept while its log has no more than %n archive</numerusform>
            <numerusform>kept while its log has no more than %n archives</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message numerus="yes">
        <source>%1: OK, %n log set(s)</source>
        <translation>
            <numerusform>%1: OK, %n log set</numerusform>
            <numerusform>%1: OK, %n log sets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: OK, %n log set(s), %2 of them from logrotate_include</source>
        <translation>
            <numerusform>%1: OK, %n log set, %2 of them from logrotate_include</numerusform>
            <numerusform>%1: OK, %n log sets, %2 of them from logrotate_include</numerusform>
        </translation>
    </message>
</context>
</TS>
