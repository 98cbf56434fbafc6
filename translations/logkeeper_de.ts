<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ArchiveExpiries</name>
    <message>
        <source>Waits beside its log to be archived: retention removes only archives.</source>
        <translation>Wartet neben seinem Protokoll auf die Archivierung: die Aufbewahrung entfernt nur Archive.</translation>
    </message>
    <message>
        <source>Waits for compression: retention removes only archives.</source>
        <translation>Wartet auf die Komprimierung: die Aufbewahrung entfernt nur Archive.</translation>
    </message>
    <message numerus="yes">
        <source>Once the rotated file waiting for compression is archived, its log has more than %n archive(s) (max_archives): removed at the next cleanup.</source>
        <translation>
            <numerusform>Sobald die auf die Komprimierung wartende rotierte Datei archiviert ist, hat sein Protokoll mehr als %n Archiv (max_archives): wird bei der nächsten Bereinigung entfernt.</numerusform>
            <numerusform>Sobald die auf die Komprimierung wartende rotierte Datei archiviert ist, hat sein Protokoll mehr als %n Archive (max_archives): wird bei der nächsten Bereinigung entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The next rotation of %1 leaves it one archive too many (max_archives %n): removed right after.</source>
        <translation>
            <numerusform>Nach der nächsten Rotation von %1 ist es ein Archiv zu viel (max_archives %n): wird gleich danach entfernt.</numerusform>
            <numerusform>Nach der nächsten Rotation von %1 ist es ein Archiv zu viel (max_archives %n): wird gleich danach entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveNaming</name>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must not contain &apos;/&apos;</source>
        <translation>darf kein „/“ enthalten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported (use %Y %m %d %H %M %S %s %V)</source>
        <translation>„%1“ wird nicht unterstützt (möglich sind %Y %m %d %H %M %S %s %V)</translation>
    </message>
    <message>
        <source>holds no date: use at least one of %Y %m %d %H %M %S %s %V</source>
        <translation>enthält kein Datum: mindestens eines von %Y %m %d %H %M %S %s %V verwenden</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Keeps log files in check: watches log folders, rotates logs past a size or age limit, compresses the rotated files and expires old archives.</source>
        <translation>Hält Protokolldateien im Zaum: überwacht Protokollordner, rotiert Protokolle ab einer Größen- oder Altersgrenze, komprimiert die rotierten Dateien und löscht abgelaufene Archive.</translation>
    </message>
    <message>
        <source>Read the configuration from &lt;file&gt; instead of $XDG_CONFIG_HOME/logkeeper/config.json.</source>
        <translation>Die Konfiguration aus &lt;Datei&gt; statt aus $XDG_CONFIG_HOME/logkeeper/config.json lesen.</translation>
    </message>
    <message>
        <source>Run as a daemon without any window or tray icon.</source>
        <translation>Als Hintergrunddienst ohne Fenster und ohne Symbol im Infobereich laufen.</translation>
    </message>
    <message>
        <source>Make one pass over every log set (rotate what is due, compress, expire archives), then exit.</source>
        <translation>Einen Durchlauf über alle Protokollgruppen machen (Fälliges rotieren, komprimieren, abgelaufene Archive löschen), dann beenden.</translation>
    </message>
    <message>
        <source>With --once: rotate every non-empty active log now.</source>
        <translation>Mit --once: jedes nicht leere aktive Protokoll sofort rotieren.</translation>
    </message>
    <message>
        <source>With --once: print each action it would take and change nothing.</source>
        <translation>Mit --once: jede geplante Aktion ausgeben und nichts verändern.</translation>
    </message>
    <message>
        <source>Validate the configuration, print every problem, exit.</source>
        <translation>Die Konfiguration prüfen, jedes Problem ausgeben, beenden.</translation>
    </message>
    <message>
        <source>Run on a built-in demo configuration with a demo writer, under $XDG_STATE_HOME/logkeeper/demo.</source>
        <translation>Mit einer eingebauten Demo-Konfiguration samt Demo-Schreiber laufen, unter $XDG_STATE_HOME/logkeeper/demo.</translation>
    </message>
    <message>
        <source>Write the decompressed content of &lt;archive&gt; (any codec, or a plain file) to standard output, then exit.</source>
        <translation>Den entpackten Inhalt von &lt;Archiv&gt; (beliebiger Codec oder unkomprimierte Datei) auf die Standardausgabe schreiben, dann beenden.</translation>
    </message>
    <message>
        <source>Open the settings editor (in the running Logkeeper, if there is one).</source>
        <translation>Das Einstellungsfenster öffnen (im laufenden Logkeeper, falls es einen gibt).</translation>
    </message>
    <message>
        <source>Open the archive browser (in the running Logkeeper, if there is one).</source>
        <translation>Die Archivübersicht öffnen (im laufenden Logkeeper, falls es einen gibt).</translation>
    </message>
    <message>
        <source>Open &lt;file&gt; (a log or an archive) in the log viewer (in the running Logkeeper, if there is one).</source>
        <translation>&lt;Datei&gt; (Protokoll oder Archiv) im Protokollbetrachter öffnen (im laufenden Logkeeper, falls es einen gibt).</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show version information and exit.</source>
        <translation>Versionsinformationen anzeigen und beenden.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--cat takes no other option</source>
        <translation>--cat nimmt keine weiteren Optionen an</translation>
    </message>
    <message>
        <source>--once and --check-config exclude each other</source>
        <translation>--once und --check-config schließen einander aus</translation>
    </message>
    <message>
        <source>%1 works only with --once</source>
        <translation>%1 geht nur zusammen mit --once</translation>
    </message>
    <message>
        <source>%1 exclude each other: give one window to open</source>
        <translation>%1 schließen einander aus: nur ein Fenster angeben</translation>
    </message>
    <message>
        <source>%1 opens a window; it does not go with %2</source>
        <translation>%1 öffnet ein Fenster und passt daher nicht zu %2</translation>
    </message>
    <message>
        <source>--view needs a file</source>
        <translation>--view braucht eine Datei</translation>
    </message>
    <message>
        <source>--demo brings its own configuration; drop --config</source>
        <translation>--demo bringt eine eigene Konfiguration mit; --config weglassen</translation>
    </message>
    <message>
        <source>file</source>
        <extracomment>an option&apos;s value in the help (&quot;--config &lt;file&gt;&quot;); descriptions say &lt;file&gt; too</extracomment>
        <translation>Datei</translation>
    </message>
    <message>
        <source>archive</source>
        <extracomment>an option&apos;s value in the help (&quot;--cat &lt;archive&gt;&quot;); its description says &lt;archive&gt; too</extracomment>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>Read the logrotate configuration &lt;file&gt; (with what it includes), print it as a Logkeeper configuration on standard output and each directive that cannot be carried over on standard error, then exit.</source>
        <translation>Die logrotate-Konfiguration &lt;Datei&gt; (mit allem, was sie einbindet) lesen, als Logkeeper-Konfiguration auf die Standardausgabe schreiben und jede Direktive, die sich nicht übertragen lässt, auf die Standardfehlerausgabe, dann beenden.</translation>
    </message>
    <message>
        <source>--import-logrotate takes no other option</source>
        <translation>--import-logrotate nimmt keine weiteren Optionen an</translation>
    </message>
    <message>
        <source>A file to open in the log viewer, as with --view &lt;file&gt;.</source>
        <translation>Eine Datei, die im Protokollbetrachter geöffnet wird, wie mit --view &lt;file&gt;.</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[Datei]</translation>
    </message>
</context>
<context>
    <name>ConfigFileCheck</name>
    <message>
        <source>the folder %1 does not exist: nothing of set &quot;%2&quot; can be rotated (a typo? set missing_ok if it may be missing)</source>
        <translation>der Ordner %1 existiert nicht: nichts aus der Gruppe „%2“ kann rotiert werden (ein Tippfehler? missing_ok setzen, wenn er fehlen darf)</translation>
    </message>
    <message>
        <source>sets &quot;%1&quot; (%2) and &quot;%3&quot; both claim %4: only one set may rotate a file; make their active_log or patterns exclude each other</source>
        <translation>die Gruppen „%1“ (%2) und „%3“ beanspruchen beide %4: nur eine Gruppe darf eine Datei rotieren; active_log oder patterns so wählen, dass sie sich ausschließen</translation>
    </message>
</context>
<context>
    <name>ConfigIssue</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>ConfigLoader</name>
    <message>
        <source>larger than 16 MiB; not a config</source>
        <translation>größer als 16 MiB; keine Konfiguration</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>JSON syntax error: %1 (the configuration must be a JSON object: { … })</source>
        <translation>JSON-Syntaxfehler: %1 (die Konfiguration muss ein JSON-Objekt sein: { … })</translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>JSON-Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>the configuration must be a JSON object ({ … })</source>
        <translation>die Konfiguration muss ein JSON-Objekt sein ({ … })</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>ist ein Ordner</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>Datei oder Verzeichnis nicht gefunden</translation>
    </message>
</context>
<context>
    <name>ConfigTitle</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>a window title: %1 the window&apos;s name, %2 the config file it works on</extracomment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ConfigValidator</name>
    <message>
        <source>null</source>
        <extracomment>a JSON value&apos;s type, for &quot;must be a number, got %1&quot;</extracomment>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>unknown key, ignored</source>
        <translation>unbekannter Schlüssel, ignoriert</translation>
    </message>
    <message>
        <source>must be a number, got %1</source>
        <translation>muss eine Zahl sein, ist aber %1</translation>
    </message>
    <message>
        <source>%1 is too large (at most %2)</source>
        <translation>%1 ist zu groß (höchstens %2)</translation>
    </message>
    <message>
        <source>must be greater than %1, got %2</source>
        <translation>muss größer als %1 sein, ist aber %2</translation>
    </message>
    <message>
        <source>must be at least %1, got %2</source>
        <translation>muss mindestens %1 sein, ist aber %2</translation>
    </message>
    <message>
        <source>must be a whole number, got %1</source>
        <translation>muss eine ganze Zahl sein, ist aber %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2%3, got %4</source>
        <extracomment>%3 is empty or &quot; for &lt;codec&gt;&quot; (with its leading space)</extracomment>
        <translation>muss%3 zwischen %1 und %2 liegen, ist aber %4</translation>
    </message>
    <message>
        <source>must be true or false, got %1</source>
        <translation>muss true oder false sein, ist aber %1</translation>
    </message>
    <message>
        <source>must be a string, got %1</source>
        <translation>muss eine Zeichenkette sein, ist aber %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be an object, got %1</source>
        <translation>muss ein Objekt sein, ist aber %1</translation>
    </message>
    <message>
        <source>must not contain a NUL character</source>
        <translation>darf kein NUL-Zeichen enthalten</translation>
    </message>
    <message>
        <source>missing (required)</source>
        <translation>fehlt (Pflichtangabe)</translation>
    </message>
    <message>
        <source>give either active_log or patterns, not both</source>
        <translation>entweder active_log oder patterns angeben, nicht beides</translation>
    </message>
    <message>
        <source>missing: give active_log (one file name) or patterns (a list of globs)</source>
        <translation>fehlt: active_log (ein Dateiname) oder patterns (eine Liste von Mustern) angeben</translation>
    </message>
    <message>
        <source>must be a plain file name inside log_dir (no &apos;/&apos;, not &quot;.&quot; or &quot;..&quot;): &quot;%1&quot;</source>
        <translation>muss ein einfacher Dateiname in log_dir sein (ohne „/“, nicht „.“ oder „..“): „%1“</translation>
    </message>
    <message>
        <source>must be a list of globs such as [&quot;*.log&quot;], got %1</source>
        <translation>muss eine Liste von Mustern wie [&quot;*.log&quot;] sein, ist aber %1</translation>
    </message>
    <message>
        <source>must be a non-empty string, got %1</source>
        <translation>muss eine nicht leere Zeichenkette sein, ist aber %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid glob (an unclosed &apos;[&apos;?)</source>
        <translation>„%1“ ist kein gültiges Muster (ein nicht geschlossenes „[“?)</translation>
    </message>
    <message>
        <source>unknown codec &quot;%1&quot; (use one of: %2)</source>
        <translation>unbekannter Codec „%1“ (möglich sind: %2)</translation>
    </message>
    <message>
        <source>codec &quot;%1&quot; is not available in this build (%2 offers: %3)</source>
        <translation>Codec „%1“ ist in diesem Build nicht verfügbar (%2 bietet: %3)</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
    <message>
        <source>not supported by %1; %2 compresses at its default level</source>
        <translation>von %1 nicht unterstützt; %2 komprimiert mit seiner Standardstufe</translation>
    </message>
    <message>
        <source>for any codec</source>
        <translation>für jeden Codec</translation>
    </message>
    <message>
        <source>both name &quot;%1&quot;</source>
        <translation>beide nennen „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; overlap</source>
        <translation>„%1“ und „%2“ überschneiden sich</translation>
    </message>
    <message>
        <source>claims the same file as %1 in %2: %3</source>
        <translation>beansprucht dieselbe Datei wie %1 in %2: %3</translation>
    </message>
    <message>
        <source>log_dir at the top level (the single-set format) and log_sets exclude each other</source>
        <translation>log_dir auf oberster Ebene (das Format mit nur einer Gruppe) und log_sets schließen einander aus</translation>
    </message>
    <message>
        <source>must be a list of log set objects, got %1</source>
        <translation>muss eine Liste von Protokollgruppen-Objekten sein, ist aber %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the name of %2</source>
        <translation>„%1“ ist bereits der Name von %2</translation>
    </message>
    <message>
        <source>no log sets configured: nothing will be rotated</source>
        <translation>keine Protokollgruppen eingerichtet: Nichts wird rotiert</translation>
    </message>
    <message>
        <source>is shorter than debounce_time (%1 s); checks wait %1 s</source>
        <translation>ist kürzer als debounce_time (%1 s); Prüfungen warten %1 s</translation>
    </message>
    <message>
        <source>unknown log level &quot;%1&quot; (use one of: %2)</source>
        <translation>unbekannte Protokollstufe „%1“ (möglich sind: %2)</translation>
    </message>
    <message>
        <source>must be a name or a number from 0 up, got %1</source>
        <translation>muss ein Name oder eine Zahl ab 0 sein, ist aber %1</translation>
    </message>
    <message>
        <source>must be a user name or number, got %1</source>
        <translation>muss ein Benutzername oder eine Benutzernummer sein, ist aber %1</translation>
    </message>
    <message>
        <source>must be a group name or number, got %1</source>
        <translation>muss ein Gruppenname oder eine Gruppennummer sein, ist aber %1</translation>
    </message>
    <message>
        <source>unknown user &quot;%1&quot;</source>
        <translation>unbekannter Benutzer „%1“</translation>
    </message>
    <message>
        <source>unknown group &quot;%1&quot;</source>
        <translation>unbekannte Benutzergruppe „%1“</translation>
    </message>
    <message>
        <source>must be an octal mode in quotes, such as &quot;0640&quot;, got %1</source>
        <translation>muss ein oktaler Modus in Anführungszeichen wie &quot;0640&quot; sein, ist aber %1</translation>
    </message>
    <message>
        <source>must be false or an object such as {&quot;mode&quot;: &quot;0640&quot;, &quot;owner&quot;: &quot;root&quot;, &quot;group&quot;: &quot;adm&quot;}, got %1</source>
        <translation>muss false oder ein Objekt wie {&quot;mode&quot;: &quot;0640&quot;, &quot;owner&quot;: &quot;root&quot;, &quot;group&quot;: &quot;adm&quot;} sein, ist aber %1</translation>
    </message>
    <message>
        <source>must match file names below log_dir, such as &quot;*.log&quot; or &quot;*/*.log&quot; (no leading &apos;/&apos;, no empty, &quot;.&quot; or &quot;..&quot; parts): &quot;%1&quot;</source>
        <translation>muss auf Dateinamen unterhalb von log_dir passen, etwa &quot;*.log&quot; oder &quot;*/*.log&quot; (kein „/“ am Anfang, keine leeren Teile, keine Teile „.“ oder „..“): „%1“</translation>
    </message>
    <message>
        <source>patterns that span folders (&quot;%1&quot;) need a relative archive_dir, such as &quot;.&quot; (beside each log) or &quot;old&quot; (a folder in each log&apos;s folder)</source>
        <translation>Muster über mehrere Ordner („%1“) brauchen ein relatives archive_dir, etwa &quot;.&quot; (neben jedem Protokoll) oder &quot;old&quot; (ein Ordner im Ordner jedes Protokolls)</translation>
    </message>
    <message>
        <source>must be &quot;FILE:LINE&quot;, got &quot;%1&quot;</source>
        <translation>muss „DATEI:ZEILE“ sein, ist aber „%1“</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;user&quot;: &quot;www-data&quot;, &quot;group&quot;: &quot;adm&quot;}, got %1</source>
        <translation>muss ein Objekt wie {&quot;user&quot;: &quot;www-data&quot;, &quot;group&quot;: &quot;adm&quot;} sein, ist aber %1</translation>
    </message>
    <message>
        <source>unknown schedule &quot;%1&quot; (use one of: %2)</source>
        <translation>unbekannter Zeitplan „%1“ (möglich sind: %2)</translation>
    </message>
    <message>
        <source>unknown strategy &quot;%1&quot; (use one of: %2)</source>
        <translation>unbekannte Methode „%1“ (möglich sind: %2)</translation>
    </message>
    <message>
        <source>unknown naming &quot;%1&quot; (use one of: %2)</source>
        <translation>unbekannte Benennung „%1“ (möglich sind: %2)</translation>
    </message>
    <message>
        <source>must not contain &apos;/&apos;: &quot;%1&quot;</source>
        <translation>darf kein „/“ enthalten: „%1“</translation>
    </message>
    <message>
        <source>max_size_mb and max_age_days are both 0 and there is no schedule: nothing would ever be rotated (switch one of them on)</source>
        <translation>max_size_mb und max_age_days sind beide 0 und es gibt keinen Zeitplan: nichts würde je rotiert (eines davon einschalten)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; can name the same log</source>
        <translation>„%1“ und „%2“ können dasselbe Protokoll bezeichnen</translation>
    </message>
    <message>
        <source>its archives would be confused with those of %1 in the same archive folder %2: %3; give one of them its own archive_dir</source>
        <translation>ihre Archive wären mit denen von %1 im selben Archivordner %2 zu verwechseln: %3; einer der beiden ein eigenes archive_dir geben</translation>
    </message>
    <message>
        <source>must be a list of paths such as [&quot;/etc/logrotate.conf&quot;], got %1</source>
        <translation>muss eine Liste von Pfaden wie [&quot;/etc/logrotate.conf&quot;] sein, ist aber %1</translation>
    </message>
    <message>
        <source>only root can rotate as another user: run as it is now, Logkeeper leaves this set alone instead of acting as &quot;%1&quot;</source>
        <translation>nur root kann als ein anderer Benutzer rotieren: so wie Logkeeper jetzt läuft, lässt es diese Protokollgruppe unberührt, statt als „%1“ zu handeln</translation>
    </message>
</context>
<context>
    <name>DesktopApplication</name>
    <message>
        <source>There is no command to start.</source>
        <translation>Es gibt keinen Befehl zum Starten.</translation>
    </message>
    <message>
        <source>Cannot start %1: no such program, or it cannot be run.</source>
        <translation>%1 kann nicht gestartet werden: Das Programm gibt es nicht, oder es lässt sich nicht ausführen.</translation>
    </message>
</context>
<context>
    <name>DisplayProbe</name>
    <message>
        <source>DISPLAY is not set</source>
        <translation>DISPLAY ist nicht gesetzt</translation>
    </message>
    <message>
        <source>no X server answers on DISPLAY=%1</source>
        <translation>kein X-Server antwortet auf DISPLAY=%1</translation>
    </message>
    <message>
        <source>WAYLAND_DISPLAY is not set</source>
        <translation>WAYLAND_DISPLAY ist nicht gesetzt</translation>
    </message>
    <message>
        <source>no Wayland compositor answers on %1</source>
        <translation>kein Wayland-Compositor antwortet auf %1</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: is a symlink; refused (Logkeeper rotates regular files only and never follows symlinks)</source>
        <translation>%1: ist ein symbolischer Link; abgelehnt (Logkeeper rotiert nur reguläre Dateien und folgt nie symbolischen Links)</translation>
    </message>
    <message>
        <source>%1: is not a regular file; refused (Logkeeper rotates regular files only and never follows symlinks)</source>
        <translation>%1: ist keine reguläre Datei; abgelehnt (Logkeeper rotiert nur reguläre Dateien und folgt nie symbolischen Links)</translation>
    </message>
    <message>
        <source>%1: cannot create the archive folder</source>
        <translation>%1: Der Archivordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: cannot create archive folder %2</source>
        <translation>%1: Der Archivordner %2 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>rotation of %1 failed: %2</source>
        <translation>Rotation von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>archiving %1 failed: %2; the rotated file is kept and retried</source>
        <translation>Archivieren von %1 fehlgeschlagen: %2; die rotierte Datei bleibt erhalten und wird erneut versucht</translation>
    </message>
    <message>
        <source>archiving %1 failed: cannot write %2: %3; the rotated file is kept and retried</source>
        <translation>Archivieren von %1 fehlgeschlagen: %2 kann nicht geschrieben werden: %3; die rotierte Datei bleibt erhalten und wird erneut versucht</translation>
    </message>
    <message>
        <source>%1: cannot make the rotation durable (fsync of the folder): %2</source>
        <translation>%1: Die Rotation kann nicht dauerhaft gespeichert werden (fsync des Ordners): %2</translation>
    </message>
    <message>
        <source>%1: cannot make the new archives durable (fsync of the folder): %2</source>
        <translation>%1: Die neuen Archive können nicht dauerhaft gespeichert werden (fsync des Ordners): %2</translation>
    </message>
    <message>
        <source>%1: cannot make the removal of archived files durable (fsync of the folder): %2</source>
        <translation>%1: Das Entfernen archivierter Dateien kann nicht dauerhaft gespeichert werden (fsync des Ordners): %2</translation>
    </message>
    <message>
        <source>%1 hook of set &apos;%2&apos; failed (exit code %3)</source>
        <translation>%1-Hook der Protokollgruppe „%2“ fehlgeschlagen (Exit-Code %3)</translation>
    </message>
    <message>
        <source>%1 hook of set &apos;%2&apos; failed (exit code %3): %4</source>
        <translation>%1-Hook der Protokollgruppe „%2“ fehlgeschlagen (Exit-Code %3): %4</translation>
    </message>
    <message>
        <source>%1 hook of set &apos;%2&apos; did not finish within %3 s; killed</source>
        <translation>%1-Hook der Protokollgruppe „%2“ war nach %3 s nicht fertig und wurde beendet</translation>
    </message>
    <message>
        <source>%1 hook of set &apos;%2&apos; could not start: %3</source>
        <translation>%1-Hook der Protokollgruppe „%2“ konnte nicht gestartet werden: %3</translation>
    </message>
    <message>
        <source>%1: cannot open for cleanup: %2</source>
        <translation>%1: kann zum Aufräumen nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot remove archive %1: %2</source>
        <translation>Archiv %1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>%1: not rotated: the archive folder %2 does not exist, and archival.create_dir is false</source>
        <translation>%1: nicht rotiert: Der Archivordner %2 existiert nicht, und archival.create_dir ist false</translation>
    </message>
    <message>
        <source>%1: its owner or mode could not be kept: %2</source>
        <translation>%1: Eigentümer oder Zugriffsrechte konnten nicht beibehalten werden: %2</translation>
    </message>
    <message>
        <source>%1: not rotated: cannot shift its numbered rotations: %2</source>
        <translation>%1: nicht rotiert: Die nummerierten Rotationen können nicht umbenannt werden: %2</translation>
    </message>
    <message>
        <source>%3: not rotated because the %1 hook of set &apos;%2&apos; failed</source>
        <translation>%3: nicht rotiert, weil der %1-Hook der Protokollgruppe „%2“ fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>set &apos;%1&apos;: its log folder %2 does not exist; nothing of it is rotated (a typo? set missing_ok if it may be missing)</source>
        <translation>Protokollgruppe „%1“: ihr Protokollordner %2 existiert nicht; nichts aus ihr wird rotiert (ein Tippfehler? missing_ok setzen, wenn er fehlen darf)</translation>
    </message>
    <message>
        <source>%1: the log of set &apos;%2&apos; does not exist (set missing_ok if it may be missing)</source>
        <translation>%1: das Protokoll der Protokollgruppe „%2“ existiert nicht (missing_ok setzen, wenn es fehlen darf)</translation>
    </message>
    <message>
        <source>%1 is claimed by sets &apos;%2&apos; and &apos;%3&apos;; neither rotates it until their active_log or patterns exclude each other</source>
        <translation>%1 wird von den Protokollgruppen „%2“ und „%3“ beansprucht; keine von beiden rotiert die Datei, bis ihre active_log oder Muster einander ausschließen</translation>
    </message>
    <message>
        <source>set &apos;%1&apos;: nothing of it is rotated: cannot act as %2 (its run_as): %3</source>
        <translation>Protokollgruppe „%1“: nichts davon wird rotiert: kann nicht als %2 handeln (ihr run_as): %3</translation>
    </message>
</context>
<context>
    <name>Logkeeper::AboutDialog</name>
    <message>
        <source>About Logkeeper</source>
        <translation>Über Logkeeper</translation>
    </message>
    <message>
        <source>Logkeeper %1</source>
        <translation>Logkeeper %1</translation>
    </message>
    <message>
        <source>Keeps log files in check: watches log folders, rotates logs past a size or age limit, compresses them and expires old archives.</source>
        <translation>Hält Protokolldateien im Zaum: überwacht Protokollordner, rotiert Protokolle ab einer Größen- oder Altersgrenze, komprimiert sie und löscht abgelaufene Archive.</translation>
    </message>
    <message>
        <source>Compression:</source>
        <translation>Komprimierung:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>Konfiguration:</translation>
    </message>
    <message>
        <source>Own log:</source>
        <translation>Eigenes Protokoll:</translation>
    </message>
    <message>
        <source>none (standard error only)</source>
        <translation>keines (nur Standardfehlerausgabe)</translation>
    </message>
    <message>
        <source>State file:</source>
        <translation>Zustandsdatei:</translation>
    </message>
</context>
<context>
    <name>Logkeeper::ArchiveBrowser</name>
    <message>
        <source>Logkeeper Archives</source>
        <translation>Logkeeper-Archive</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansehen</translation>
    </message>
    <message>
        <source>Open in Logkeeper&apos;s log viewer (Enter)</source>
        <translation>Im Protokollbetrachter von Logkeeper öffnen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Open &amp;With Default Application</source>
        <translation>Mit &amp;Standardanwendung öffnen</translation>
    </message>
    <message>
        <source>Open With</source>
        <translation>Öffnen mit</translation>
    </message>
    <message>
        <source>Decompress into a temporary copy and open it with the desktop&apos;s application for the file type</source>
        <translation>In eine temporäre Kopie entpacken und mit der Anwendung öffnen, die die Arbeitsumgebung für diesen Dateityp vorsieht</translation>
    </message>
    <message>
        <source>&amp;Save Decompressed Copy As…</source>
        <translation>&amp;Entpackte Kopie speichern unter…</translation>
    </message>
    <message>
        <source>Save Copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation>Pfad &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>View any log or archive, also tar, zip or 7z archives made by others (Ctrl+O)</source>
        <translation>Ein beliebiges Protokoll oder Archiv ansehen, auch fremde tar-, zip- oder 7z-Archive (Strg+O)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>List the archive folders again (F5)</source>
        <translation>Die Archivordner neu einlesen (F5)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Archive Actions</source>
        <translation>Archivaktionen</translation>
    </message>
    <message>
        <source>&amp;Copy Paths</source>
        <translation>Pfade &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Save Decompressed Copies To…</source>
        <translation>&amp;Entpackte Kopien speichern in…</translation>
    </message>
    <message>
        <source>Open With Default Application</source>
        <translation>Mit Standardanwendung öffnen</translation>
    </message>
    <message>
        <source>No temporary folder for the decompressed copies:</source>
        <translation>Kein temporärer Ordner für die entpackten Kopien:</translation>
    </message>
    <message>
        <source>Save Decompressed Copy</source>
        <translation>Entpackte Kopie speichern</translation>
    </message>
    <message numerus="yes">
        <source>Save %n Decompressed Copies To</source>
        <translation>
            <numerusform>%n entpackte Kopie speichern in</numerusform>
            <numerusform>%n entpackte Kopien speichern in</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Decompressed Copies</source>
        <translation>Entpackte Kopien speichern</translation>
    </message>
    <message>
        <source>Replace Files?</source>
        <translation>Dateien ersetzen?</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already exist in %1. Replace them?</source>
        <translation>
            <numerusform>%n Datei gibt es in %1 schon. Ersetzen?</numerusform>
            <numerusform>%n Dateien gibt es in %1 schon. Ersetzen?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>%1: is the archive itself; choose another name or folder</source>
        <translation>%1: ist das Archiv selbst; einen anderen Namen oder Ordner wählen</translation>
    </message>
    <message>
        <source>Nothing was saved:</source>
        <translation>Nichts wurde gespeichert:</translation>
    </message>
    <message>
        <source>%1: no application is set up to open this file</source>
        <translation>%1: Keine Anwendung ist zum Öffnen dieser Datei eingerichtet</translation>
    </message>
    <message>
        <source>Some copies could not be made:</source>
        <translation>Einige Kopien konnten nicht erstellt werden:</translation>
    </message>
    <message>
        <source>%1: no file manager could be started</source>
        <translation>%1: Kein Dateimanager ließ sich starten</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>The folder could not be shown:</source>
        <translation>Der Ordner konnte nicht angezeigt werden:</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n path(s)</source>
        <translation>
            <numerusform>%n Pfad kopiert</numerusform>
            <numerusform>%n Pfade kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>In %1:</source>
        <translation>In %1:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Delete Archives</source>
        <translation>Archive löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n archive(s), %1 on disk? This cannot be undone.</source>
        <translation>
            <numerusform>%n Archiv (%1) löschen? Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>%n Archive (zusammen %1) löschen? Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>… and more: see the details</source>
        <translation>… und weitere: siehe Details</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>%1: no longer a regular file; left alone</source>
        <translation>%1: keine reguläre Datei mehr; unverändert gelassen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n archive(s)</source>
        <translation>
            <numerusform>%n Archiv gelöscht</numerusform>
            <numerusform>%n Archive gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n archive(s) could not be deleted:</source>
        <translation>
            <numerusform>%n Archiv konnte nicht gelöscht werden:</numerusform>
            <numerusform>%n Archive konnten nicht gelöscht werden:</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Log or Archive</source>
        <translation>Protokoll oder Archiv öffnen</translation>
    </message>
    <message>
        <source>Logs and archives (*.log *.txt *.gz *.bz2 *.xz *.zst *.tar *.tgz *.zip *.7z);;All files (*)</source>
        <translation>Protokolle und Archive (*.log *.txt *.gz *.bz2 *.xz *.zst *.tar *.tgz *.zip *.7z);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n archive(s) shown, %2 on disk</source>
        <translation>
            <numerusform>%1 von %n Archiv angezeigt, %2 belegt</numerusform>
            <numerusform>%1 von %n Archiven angezeigt, %2 belegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n archive(s), %1 on disk</source>
        <translation>
            <numerusform>%n Archiv, %1 belegt</numerusform>
            <numerusform>%n Archive, %1 belegt</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 decompressed</source>
        <extracomment>appended to &quot;%n archive(s), %1 on disk&quot;: the archives&apos; size once decompressed</extracomment>
        <translation>, %1 entpackt</translation>
    </message>
    <message numerus="yes">
        <source>%n selected, %1</source>
        <extracomment>after &quot; · &quot; in the status bar: how many archives are selected, %1 their size on disk</extracomment>
        <translation>
            <numerusform>%n ausgewählt, %1</numerusform>
            <numerusform>%n ausgewählt, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanning archive folders…</source>
        <translation>Archivordner werden durchsucht…</translation>
    </message>
    <message numerus="yes">
        <source>Counting sizes: %n left</source>
        <translation>
            <numerusform>Größen werden ermittelt: noch %n</numerusform>
            <numerusform>Größen werden ermittelt: noch %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No log sets are configured yet. Add one in the settings, and its archives will be listed here.</source>
        <translation>Noch sind keine Protokollgruppen eingerichtet. Sobald eine in den Einstellungen angelegt ist, stehen ihre Archive hier.</translation>
    </message>
    <message>
        <source>No archive matches the filter.</source>
        <translation>Kein Archiv passt zum Filter.</translation>
    </message>
    <message>
        <source>No archives yet. They appear here as soon as Logkeeper rotates a log.</source>
        <translation>Noch keine Archive. Sie erscheinen hier, sobald Logkeeper ein Protokoll rotiert.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Open W&amp;ith…</source>
        <translation>Öffnen &amp;mit…</translation>
    </message>
    <message>
        <source>Open With…</source>
        <translation>Öffnen mit…</translation>
    </message>
    <message>
        <source>Open the archive itself with an application of your choice, or a command</source>
        <translation>Das Archiv selbst mit einer Anwendung nach Wahl oder einem Befehl öffnen</translation>
    </message>
    <message>
        <source>&amp;Test Archive</source>
        <translation>Archiv &amp;testen</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Decompress the archive completely once more and report whether it is intact (Ctrl+T)</source>
        <translation>Das Archiv noch einmal vollständig entpacken und melden, ob es unversehrt ist (Strg+T)</translation>
    </message>
    <message>
        <source>&amp;Test Archives</source>
        <translation>Archive &amp;testen</translation>
    </message>
    <message numerus="yes">
        <source>Testing %n archive(s)…</source>
        <translation>
            <numerusform>%n Archiv wird getestet…</numerusform>
            <numerusform>%n Archive werden getestet…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Test Archive</source>
        <translation>Archiv testen</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 is intact: it decompresses completely, %2.</source>
        <translation>%1 ist unversehrt: Es lässt sich vollständig entpacken, %2.</translation>
    </message>
    <message numerus="yes">
        <source>All %n archive(s) are intact: each decompresses completely.</source>
        <translation>
            <numerusform>%n Archiv ist unversehrt: Es lässt sich vollständig entpacken.</numerusform>
            <numerusform>Alle %n Archive sind unversehrt: Jedes lässt sich vollständig entpacken.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 ist beschädigt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n archive(s) are damaged.</source>
        <translation>
            <numerusform>%1 von %n Archiv ist beschädigt.</numerusform>
            <numerusform>%1 von %n Archiven sind beschädigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n decompressed copy(s) in %1.</source>
        <translation>
            <numerusform>%n entpackte Kopie in %1 gespeichert.</numerusform>
            <numerusform>%n entpackte Kopien in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, not archived yet)</source>
        <translation>%1 (%2, noch nicht archiviert)</translation>
    </message>
    <message>
        <source>&amp;Delete Unarchived Data</source>
        <translation>Nicht archivierte Daten &amp;löschen</translation>
    </message>
    <message>
        <source>Testing archives…</source>
        <translation>Archive werden getestet…</translation>
    </message>
    <message>
        <source>%1 is not archived yet: it is rotated log data still waiting for compression, and exists nowhere else.</source>
        <translation>%1 ist noch nicht archiviert: Es sind rotierte Protokolldaten, die noch auf die Komprimierung warten und nirgends sonst vorhanden sind.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected files is not archived yet: rotated log data still waiting for compression, which exists nowhere else.</source>
        <translation>
            <numerusform>%n der ausgewählten Dateien ist noch nicht archiviert: rotierte Protokolldaten, die noch auf die Komprimierung warten und nirgends sonst vorhanden sind.</numerusform>
            <numerusform>%n der ausgewählten Dateien sind noch nicht archiviert: rotierte Protokolldaten, die noch auf die Komprimierung warten und nirgends sonst vorhanden sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n file(s), %1 on disk? That log data is lost for good.</source>
        <translation>
            <numerusform>%n Datei löschen, %1 belegt? Diese Protokolldaten gehen endgültig verloren.</numerusform>
            <numerusform>%n Dateien löschen, %1 belegt? Diese Protokolldaten gehen endgültig verloren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for compression</source>
        <extracomment>after &quot; · &quot; in the status bar: rotated files listed that are not archived yet</extracomment>
        <translation>
            <numerusform>%n wartet auf Komprimierung</numerusform>
            <numerusform>%n warten auf Komprimierung</numerusform>
        </translation>
    </message>
    <message>
        <source>Open &amp;History</source>
        <translation>&amp;Verlauf öffnen</translation>
    </message>
    <message>
        <source>View this log&apos;s archives, oldest first, and then the log itself as one text (Ctrl+H)</source>
        <translation>Die Archive dieses Protokolls, das älteste zuerst, und danach das Protokoll selbst als einen Text ansehen (Strg+H)</translation>
    </message>
</context>
<context>
    <name>Logkeeper::ArchiveCopyTask</name>
    <message>
        <source>Decompressing %1…</source>
        <translation>%1 wird entpackt…</translation>
    </message>
    <message>
        <source>Decompressing %1 (%2 of %3)…</source>
        <translation>%1 wird entpackt (%2 von %3)…</translation>
    </message>
</context>
<context>
    <name>Logkeeper::ArchiveFilterBar</name>
    <message>
        <source>Filter by name, set or codec (Ctrl+F)</source>
        <translation>Nach Name, Gruppe oder Codec filtern (Strg+F)</translation>
    </message>
    <message>
        <source>All sets</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Rotated on or after this day</source>
        <translation>An oder nach diesem Tag rotiert</translation>
    </message>
    <message>
        <source>Rotated on or before this day</source>
        <translation>An oder vor diesem Tag rotiert</translation>
    </message>
    <message>
        <source>&amp;Set:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>&amp;Rotated:</source>
        <translation>&amp;Rotiert:</translation>
    </message>
</context>
<context>
    <name>Logkeeper::ArchiveMembers</name>
    <message>
        <source>%1: has no member %2</source>
        <translation>%1: enthält keine Datei namens %2</translation>
    </message>
</context>
<context>
    <name>Logkeeper::ArchiveTableModel</name>
    <message>
        <source>&lt;%1%</source>
        <comment>compressed size as a share of the original size</comment>
        <translation>&lt;%1 %</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>compressed size as a share of the original size</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>none</source>
        <comment>codec of an uncompressed archive</comment>
        <translation>keiner</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>Being counted: the archive is decompressed once in the background</source>
        <translation>Wird ermittelt: Das Archiv wird einmal im Hintergrund entpackt</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Original file</source>
        <translation>Ursprungsdatei</translation>
    </message>
    <message>
        <source>Rotated at</source>
        <translation>Rotiert am</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Compressed</source>
        <translation>Komprimiert</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <source>Codec</source>
        <translation>Codec</translation>
    </message>
    <message>
        <source>The log set whose archive folder holds the archive</source>
        <translation>Die Protokollgruppe, in deren Archivordner das Archiv liegt</translation>
    </message>
    <message>
        <source>The log file the archive was rotated from</source>
        <translation>Die Protokolldatei, aus der das Archiv rotiert wurde</translation>
    </message>
    <message>
        <source>Size once decompressed</source>
        <translation>Größe nach dem Entpacken</translation>
    </message>
    <message>
        <source>Size of the archive on disk</source>
        <translation>Größe des Archivs auf dem Datenträger</translation>
    </message>
    <message>
        <source>Compressed size as a share of the original size</source>
        <translation>Komprimierte Größe als Anteil der ursprünglichen Größe</translation>
    </message>
    <message>
        <source>pending</source>
        <comment>a rotated file still waiting for compression</comment>
        <translation>wartet</translation>
    </message>
    <message>
        <source>%1
Rotated, waiting for compression: its log data is not archived yet.</source>
        <translation>%1
Rotiert, wartet auf die Komprimierung: Die Protokolldaten sind noch nicht archiviert.</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>Compression format; “pending” for a rotated file still waiting for compression</source>
        <translation>Kompressionsformat; „wartet“ bei einer rotierten Datei, die noch auf die Komprimierung wartet</translation>
    </message>
    <message>
        <source>The archive&apos;s file name in its folder</source>
        <translation>Der Dateiname des Archivs in seinem Ordner</translation>
    </message>
    <message>
        <source>next cleanup</source>
        <extracomment>Expires column: retention removes the archive at the daemon&apos;s next cleanup</extracomment>
        <translation>nächste Bereinigung</translation>
    </message>
    <message>
        <source>next rotation</source>
        <extracomment>Expires column: the next rotation of its log pushes it over max_archives</extracomment>
        <translation>nächste Rotation</translation>
    </message>
    <message>
        <source>within limits</source>
        <extracomment>Expires column: kept while max_archives / max_total_mb hold; no date</extracomment>
        <translation>innerhalb der Grenzen</translation>
    </message>
    <message>
        <source>never</source>
        <extracomment>Expires column: retention never removes it</extracomment>
        <translation>nie</translation>
    </message>
    <message>
        <source>At the latest on %1, by retention_days.</source>
        <translation>Spätestens am %1, nach retention_days.</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>When the log was rotated: from the archive&apos;s name, else the file&apos;s modification time (numbered names sort by their numbers)</source>
        <translation>Wann das Protokoll rotiert wurde: aus dem Namen des Archivs, sonst die Änderungszeit der Datei (nummerierte Namen werden nach ihrer Nummer sortiert)</translation>
    </message>
    <message>
        <source>When retention removes the archive, and by which rule (retention_days, max_archives, max_total_mb): the same rules Logkeeper removes by</source>
        <translation>Wann die Aufbewahrung das Archiv entfernt und nach welcher Regel (retention_days, max_archives, max_total_mb): dieselben Regeln, nach denen Logkeeper entfernt</translation>
    </message>
</context>
<context>
    <name>Logkeeper::ArchiveVerifier</name>
    <message>
        <source>%1: decompresses to %2 bytes, but %3 bytes were archived</source>
        <translation>%1: ergibt entpackt %2 Bytes, archiviert wurden aber %3 Bytes</translation>
    </message>
</context>
<context>
    <name>Logkeeper::ColourRulesDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>C&amp;hoose Colour…</source>
        <translation>&amp;Farbe wählen…</translation>
    </message>
    <message>
        <source>Colour Rules</source>
        <translation>Farbregeln</translation>
    </message>
    <message>
        <source>Lines that match a regular expression (ignoring case) get its colour. The first rule that matches wins, before the colours by severity.</source>
        <translation>Zeilen, auf die ein regulärer Ausdruck passt (ohne Rücksicht auf Groß- und Kleinschreibung), erhalten seine Farbe. Die erste passende Regel gilt, vor den Farben nach Schweregrad.</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Rule Colour</source>
        <translation>Farbe der Regel</translation>
    </message>
    <message>
        <source>Rule %1: the expression is empty.</source>
        <translation>Regel %1: Der Ausdruck ist leer.</translation>
    </message>
    <message>
        <source>Rule %1: invalid expression: %2</source>
        <translation>Regel %1: Ungültiger Ausdruck: %2</translation>
    </message>
    <message>
        <source>Rule %1: &quot;%2&quot; is not a colour (for example #ffd54f).</source>
        <translation>Regel %1: „%2“ ist keine Farbe (zum Beispiel #ffd54f).</translation>
    </message>
</context>
<context>
    <name>Logkeeper::ConfigDocument</name>
    <message>
        <source>cannot read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>cannot be edited: %1</source>
        <translation>nicht bearbeitbar: %1</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Logkeeper::ConfigForm</name>
    <message>
        <source>In the config file:</source>
        <translation>In der Konfigurationsdatei:</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation>%1 (nicht verfügbar)</translation>
    </message>
    <message>
        <source>%1 The field keeps %2.</source>
        <translation>%1 Das Feld behält %2.</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Besitzer:</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <source>group name</source>
        <translation>Gruppenname</translation>
    </message>
</context>
<context>
    <name>Logkeeper::DecimalSpinBox</name>
    <message>
        <source>“%1” is more than this field takes (%2).</source>
        <translation>„%1“ ist mehr, als dieses Feld zulässt (%2).</translation>
    </message>
    <message>
        <source>“%1” is less than this field takes (%2).</source>
        <translation>„%1“ ist weniger, als dieses Feld zulässt (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
</context>
<context>
    <name>Logkeeper::DecompressJob</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1: cannot be opened</source>
        <translation>%1: lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>Logkeeper::DemoMode</name>
    <message>
        <source>%1: cannot create the demo folder</source>
        <translation>%1: Der Demo-Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: cannot write the demo config: %2</source>
        <translation>%1: Die Demo-Konfiguration kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Logkeeper::DesktopApp</name>
    <message>
        <source>Logkeeper cannot start</source>
        <translation>Logkeeper kann nicht starten</translation>
    </message>
    <message>
        <source>Logkeeper</source>
        <translation>Logkeeper</translation>
    </message>
    <message>
        <source>Cannot open %1: no program to show folders was found.</source>
        <translation>%1 kann nicht geöffnet werden: Es wurde kein Programm zum Anzeigen von Ordnern gefunden.</translation>
    </message>
    <message>
        <source>Cannot open %1: no program to show it was found.</source>
        <translation>%1 kann nicht geöffnet werden: Es wurde kein Programm zum Anzeigen gefunden.</translation>
    </message>
    <message>
        <source>The configuration %1 is invalid:

%2</source>
        <translation>Die Konfiguration %1 ist ungültig:

%2</translation>
    </message>
    <message>
        <source>&amp;Open Settings…</source>
        <translation>&amp;Einstellungen öffnen…</translation>
    </message>
</context>
<context>
    <name>Logkeeper::EngineActions</name>
    <message>
        <source>&amp;Rotate All Now</source>
        <translation>Alle jetzt &amp;rotieren</translation>
    </message>
    <message>
        <source>Rotate every non-empty log now, whatever its size and age</source>
        <translation>Jedes nicht leere Protokoll sofort rotieren, unabhängig von Größe und Alter</translation>
    </message>
    <message>
        <source>Rotate O&amp;ne Set</source>
        <translation>Eine Gr&amp;uppe rotieren</translation>
    </message>
    <message>
        <source>&amp;Clear Error</source>
        <translation>Fehler &amp;quittieren</translation>
    </message>
    <message>
        <source>Mark the reported problems as seen</source>
        <translation>Die gemeldeten Probleme als gesehen markieren</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Archives…</source>
        <translation>&amp;Archive…</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Protokoll&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>Open Logkeeper&apos;s &amp;Own Log</source>
        <translation>Logkeepers ei&amp;genes Protokoll öffnen</translation>
    </message>
    <message>
        <source>A&amp;bout Logkeeper</source>
        <translation>Über &amp;Logkeeper</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Stop watching and rotating logs, and close Logkeeper</source>
        <translation>Protokolle nicht mehr überwachen und rotieren und Logkeeper beenden</translation>
    </message>
    <message>
        <source>No log sets are configured</source>
        <translation>Keine Protokollgruppen eingerichtet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>set name: folder</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Logkeeper writes no log file of its own: set logging.log_file in the configuration to have one</source>
        <translation>Logkeeper schreibt kein eigenes Protokoll; dafür logging.log_file in der Konfiguration setzen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>state · files in sets</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Resume &amp;Watching</source>
        <translation>Überwachung &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Pause Watching</source>
        <translation>Überwachung &amp;pausieren</translation>
    </message>
    <message>
        <source>Check the logs again as they change</source>
        <translation>Protokolle wieder bei jeder Änderung prüfen</translation>
    </message>
    <message>
        <source>Stop checking the logs until resumed; Rotate Now still works</source>
        <translation>Protokolle bis zum Fortsetzen nicht prüfen; „Alle jetzt rotieren“ geht weiterhin</translation>
    </message>
</context>
<context>
    <name>Logkeeper::EngineStatus</name>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Watching</source>
        <translation>Überwachung aktiv</translation>
    </message>
    <message>
        <source>Rotating</source>
        <translation>Rotation läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message numerus="yes">
        <source>Error: %n problem(s)</source>
        <translation>
            <numerusform>Fehler: %n Problem</numerusform>
            <numerusform>Fehler: %n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused: logs are not checked</source>
        <translation>Pausiert: Protokolle werden nicht geprüft</translation>
    </message>
    <message>
        <source>No log sets configured</source>
        <translation>Keine Protokollgruppen eingerichtet</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>files in log sets</comment>
        <translation>%1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n log set(s)</source>
        <translation>
            <numerusform>%n Protokollgruppe</numerusform>
            <numerusform>%n Protokollgruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>Last rotation: %1, %2</source>
        <translation>Letzte Rotation: %1, %2</translation>
    </message>
    <message>
        <source>Last rotation: none since start</source>
        <translation>Letzte Rotation: keine seit dem Start</translation>
    </message>
    <message>
        <source>Error at %1: %2</source>
        <extracomment>%1 a time (today) or a date and time, %2 the error</extracomment>
        <translation>Fehler (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s)</source>
        <translation>
            <numerusform>…und %n weiteres Problem</numerusform>
            <numerusform>…und %n weitere Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Last error (cleared) at %1: %2</source>
        <translation>Letzter Fehler (quittiert, %1): %2</translation>
    </message>
    <message>
        <source>No errors</source>
        <translation>Keine Fehler</translation>
    </message>
    <message>
        <source>Logkeeper: %1</source>
        <translation>Logkeeper: %1</translation>
    </message>
    <message>
        <source>%1 is not a valid config.</source>
        <translation>%1 ist keine gültige Konfiguration.</translation>
    </message>
    <message>
        <source>Settings rejected, the last good ones stay in force:</source>
        <translation>Einstellungen abgelehnt, die letzten gültigen bleiben in Kraft:</translation>
    </message>
    <message numerus="yes">
        <source>Included logrotate configs: %n error(s), their sets are left out:</source>
        <extracomment>logrotate_include is the config key; the sets of the other files are in force</extracomment>
        <translation>
            <numerusform>Eingebundene logrotate-Konfigurationen: %n Fehler, ihre Protokollgruppen fehlen:</numerusform>
            <numerusform>Eingebundene logrotate-Konfigurationen: %n Fehler, ihre Protokollgruppen fehlen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Logkeeper::ErrorBar</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>Logkeeper::FindBar</name>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Text or expression</source>
        <translation>Text oder Ausdruck</translation>
    </message>
    <message>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Die Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>Invalid expression: %1</source>
        <translation>Ungültiger Ausdruck: %1</translation>
    </message>
</context>
<context>
    <name>Logkeeper::GlobalSettingsForm</name>
    <message>
        <source>Timing</source>
        <translation>Zeitverhalten</translation>
    </message>
    <message>
        <source>&amp;Debounce time:</source>
        <translation>&amp;Entprellzeit:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>After a log changes, wait this many seconds for writes to settle before checking it.</source>
        <translation>Nach einer Änderung an einem Protokoll so viele Sekunden warten, bis die Schreibvorgänge abgeklungen sind, und erst dann prüfen.</translation>
    </message>
    <message>
        <source>Max &amp;wait:</source>
        <translation>Max. &amp;Wartezeit:</translation>
    </message>
    <message>
        <source>The longest further writes may push a check back, in seconds.</source>
        <translation>Wie lange weitere Schreibvorgänge eine Prüfung höchstens hinauszögern dürfen, in Sekunden.</translation>
    </message>
    <message>
        <source>Poll &amp;interval:</source>
        <translation>Abfrage&amp;intervall:</translation>
    </message>
    <message>
        <source>Seconds between safety-net checks of every log, for changes the file watcher misses (network filesystems, say).</source>
        <translation>Sekunden zwischen Sicherheitsprüfungen aller Protokolle, für Änderungen, die die Dateiüberwachung verpasst (etwa auf Netzwerkdateisystemen).</translation>
    </message>
    <message>
        <source>Logkeeper&apos;s Own Log</source>
        <translation>Eigenes Protokoll von Logkeeper</translation>
    </message>
    <message>
        <source>Logkeeper&apos;s Log File</source>
        <translation>Protokolldatei von Logkeeper</translation>
    </message>
    <message>
        <source>none: standard error only</source>
        <translation>keine: nur Standardfehlerausgabe</translation>
    </message>
    <message>
        <source>Log &amp;file:</source>
        <translation>Protokoll&amp;datei:</translation>
    </message>
    <message>
        <source>Where Logkeeper writes what it does, besides standard error. Empty: standard error only.</source>
        <translation>Wohin Logkeeper neben der Standardfehlerausgabe schreibt, was es tut. Leer: nur Standardfehlerausgabe.</translation>
    </message>
    <message>
        <source>Log le&amp;vel:</source>
        <translation>Protokollstu&amp;fe:</translation>
    </message>
    <message>
        <source>How much Logkeeper logs: DEBUG is everything, CRITICAL the least.</source>
        <translation>Wie viel Logkeeper protokolliert: DEBUG alles, CRITICAL am wenigsten.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>State File</source>
        <translation>Zustandsdatei</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>S&amp;tate file:</source>
        <translation>&amp;Zustandsdatei:</translation>
    </message>
    <message>
        <source>Where Logkeeper keeps when each log&apos;s content began (for the age limit). One Logkeeper runs per state file.</source>
        <translation>Wo Logkeeper festhält, wann der Inhalt jedes Protokolls begann (für die Altersgrenze). Pro Zustandsdatei läuft ein Logkeeper.</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Arbeitsumgebung</translation>
    </message>
    <message>
        <source>Start Logkeeper at l&amp;ogin</source>
        <translation>Logkeeper beim An&amp;melden starten</translation>
    </message>
    <message>
        <source>Adds Logkeeper to the programs your desktop starts at login (an entry in %1).</source>
        <translation>Nimmt Logkeeper in die Programme auf, die die Arbeitsumgebung beim Anmelden startet (ein Eintrag in %1).</translation>
    </message>
    <message>
        <source>&amp;Notify on every rotation</source>
        <translation>Bei jeder Rotation be&amp;nachrichtigen</translation>
    </message>
    <message>
        <source>Show a message for every rotation, not only for failures (which are always shown).</source>
        <translation>Bei jeder Rotation eine Meldung zeigen, nicht nur bei Fehlern (die immer gemeldet werden).</translation>
    </message>
    <message>
        <source>These apply at once; they are not part of the config file.</source>
        <translation>Diese Einstellungen gelten sofort und gehören nicht zur Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>Start at Login</source>
        <translation>Start beim Anmelden</translation>
    </message>
    <message>
        <source>logrotate Configurations</source>
        <translation>logrotate-Konfigurationen</translation>
    </message>
    <message>
        <source>logrotate configuration files or folders (such as /etc/logrotate.d) that Logkeeper reads as if imported, every time they change: their log sets join the ones here.</source>
        <translation>logrotate-Konfigurationsdateien oder -ordner (etwa /etc/logrotate.d), die Logkeeper bei jeder Änderung liest, als wären sie importiert: Ihre Protokollgruppen kommen zu denen hier hinzu.</translation>
    </message>
    <message>
        <source>&amp;Read live:</source>
        <translation>&amp;Live lesen:</translation>
    </message>
</context>
<context>
    <name>Logkeeper::GoToLineDialog</name>
    <message>
        <source>Go to Line</source>
        <translation>Zu Zeile springen</translation>
    </message>
    <message>
        <source>&amp;Line (1 to %1):</source>
        <translation>&amp;Zeile (1 bis %1):</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Springen</translation>
    </message>
    <message>
        <source>There is no line %1.</source>
        <translation>Es gibt keine Zeile %1.</translation>
    </message>
</context>
<context>
    <name>Logkeeper::LogDocument</name>
    <message>
        <source>%1: cannot create a temporary folder in %2: %3</source>
        <translation>%1: In %2 kann kein temporärer Ordner angelegt werden: %3</translation>
    </message>
    <message>
        <source>no files to read</source>
        <translation>keine Dateien zu lesen</translation>
    </message>
</context>
<context>
    <name>Logkeeper::LogSetForm</name>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>The set&apos;s name: it labels the set in notifications and in Logkeeper&apos;s log, and must be unique.</source>
        <translation>Der Name der Gruppe: Er kennzeichnet sie in Benachrichtigungen und im Protokoll von Logkeeper und muss eindeutig sein.</translation>
    </message>
    <message>
        <source>Log Folder</source>
        <translation>Protokollordner</translation>
    </message>
    <message>
        <source>Log &amp;folder:</source>
        <translation>Protokoll&amp;ordner:</translation>
    </message>
    <message>
        <source>The folder that holds the logs (required). Relative paths start at the config file&apos;s folder.</source>
        <translation>Der Ordner mit den Protokollen (Pflichtangabe). Relative Pfade gehen vom Ordner der Konfigurationsdatei aus.</translation>
    </message>
    <message>
        <source>&amp;One file:</source>
        <translation>&amp;Eine Datei:</translation>
    </message>
    <message>
        <source>Files matc&amp;hing:</source>
        <translation>&amp;Nach Muster:</translation>
    </message>
    <message>
        <source>e.g. app.log</source>
        <translation>z. B. app.log</translation>
    </message>
    <message>
        <source>e.g. *.log, *.txt</source>
        <translation>z. B. *.log, *.txt</translation>
    </message>
    <message>
        <source>One log file, by its name inside the log folder.</source>
        <translation>Eine Protokolldatei, angegeben mit ihrem Namen im Protokollordner.</translation>
    </message>
    <message>
        <source>Wildcard patterns, separated by commas: every file in the log folder that matches one is rotated on its own.</source>
        <translation>Platzhaltermuster, durch Kommas getrennt: Jede passende Datei im Protokollordner wird für sich rotiert.</translation>
    </message>
    <message>
        <source>Which logs:</source>
        <translation>Welche Protokolle:</translation>
    </message>
    <message>
        <source>Archive Folder</source>
        <translation>Archivordner</translation>
    </message>
    <message>
        <source>Default: “archive” inside the log folder</source>
        <translation>Standard: „archive“ im Protokollordner</translation>
    </message>
    <message>
        <source>A&amp;rchive folder:</source>
        <translation>A&amp;rchivordner:</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Rotate at si&amp;ze:</source>
        <translation>Rotieren ab &amp;Größe:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Rotate at ag&amp;e:</source>
        <translation>Rotieren ab Al&amp;ter:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Move as&amp;ide and start a new file (rename)</source>
        <translation>Verschieben und neue Datei an&amp;legen (rename)</translation>
    </message>
    <message>
        <source>Cop&amp;y, then empty the file (copytruncate)</source>
        <translation>&amp;Kopieren, dann die Datei leeren (copytruncate)</translation>
    </message>
    <message>
        <source>The new file gets the old one&apos;s owner and mode; the writing program must reopen its log (let the hook tell it).</source>
        <translation>Die neue Datei erhält Eigentümer und Zugriffsrechte der alten; das schreibende Programm muss sein Protokoll neu öffnen (der Hook kann es ihm sagen).</translation>
    </message>
    <message>
        <source>For programs that cannot reopen their log. Nothing is lost on ext4 and XFS; elsewhere lines written in the last instant can be lost.</source>
        <translation>Für Programme, die ihr Protokoll nicht neu öffnen können. Auf ext4 und XFS geht nichts verloren; anderswo können Zeilen aus dem letzten Augenblick verloren gehen.</translation>
    </message>
    <message>
        <source>How a log is rotated.</source>
        <translation>Wie ein Protokoll rotiert wird.</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <source>Archives</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>&amp;Compress rotated files</source>
        <translation>Rotierte Dateien kompr&amp;imieren</translation>
    </message>
    <message>
        <source>Compress each rotated file into an archive; without it the rotated files are kept as they are.</source>
        <translation>Jede rotierte Datei in ein Archiv komprimieren; sonst bleiben die rotierten Dateien, wie sie sind.</translation>
    </message>
    <message>
        <source>Co&amp;dec:</source>
        <translation>&amp;Codec:</translation>
    </message>
    <message>
        <source>The compression format. Only the codecs this build of Logkeeper (%1) can write are offered.</source>
        <translation>Das Kompressionsformat. Angeboten werden nur die Codecs, die dieser Build von Logkeeper (%1) schreiben kann.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Le&amp;vel:</source>
        <translation>Stu&amp;fe:</translation>
    </message>
    <message>
        <source>Dele&amp;te after:</source>
        <translation>Aufbe&amp;wahren:</translation>
    </message>
    <message>
        <source>Delete archives older than this; 0 keeps them forever.</source>
        <translation>Archive löschen, sobald sie älter sind; 0 bewahrt sie unbegrenzt auf.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Max. num&amp;ber:</source>
        <translation>Max. An&amp;zahl:</translation>
    </message>
    <message>
        <source> archives</source>
        <translation> Archive</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Ma&amp;x. total size:</source>
        <translation>Ma&amp;x. Gesamtgröße:</translation>
    </message>
    <message>
        <source>none, e.g. systemctl kill --signal=HUP myapp.service</source>
        <translation>keiner, z. B. systemctl kill --signal=HUP myapp.service</translation>
    </message>
    <message>
        <source>How hard %1 compresses: %2 (fastest) to %3 (smallest). “default” leaves it to %1.</source>
        <translation>Wie stark %1 komprimiert: %2 (am schnellsten) bis %3 (am kleinsten). „Standard“ überlässt es %1.</translation>
    </message>
    <message>
        <source>%1 offers no compression level for %2: it always compresses at its default level.</source>
        <translation>%1 bietet für %2 keine Kompressionsstufe an: Es komprimiert immer mit seiner Standardstufe.</translation>
    </message>
    <message>
        <source>Where the compressed archives go; it may be on another filesystem. Empty: a folder “archive” inside the log folder. A relative path is taken from each log&apos;s own folder (“.”: beside the log).</source>
        <translation>Wohin die komprimierten Archive kommen; er darf auf einem anderen Dateisystem liegen. Leer: ein Ordner „archive“ im Protokollordner. Ein relativer Pfad gilt ab dem Ordner des jeweiligen Protokolls („.“: neben dem Protokoll).</translation>
    </message>
    <message>
        <source>Without this, a log folder or log that does not exist is reported as an error (logrotate&apos;s missingok).</source>
        <translation>Ohne diese Einstellung wird ein Protokollordner oder Protokoll, das es nicht gibt, als Fehler gemeldet (logrotates missingok).</translation>
    </message>
    <message>
        <source>Rotate a log when it reaches this size, in megabytes of 1,048,576 bytes; fractions are allowed. 0 turns the size limit off.</source>
        <translation>Ein Protokoll rotieren, wenn es diese Größe erreicht, in Megabyte zu 1.048.576 Bytes; Nachkommastellen sind erlaubt. 0 schaltet die Größengrenze ab.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Rotate a log when its content is this old, counted from when the current content began; fractions are allowed. 0 turns the age limit off.</source>
        <translation>Ein Protokoll rotieren, wenn sein Inhalt so alt ist, gezählt ab dem Beginn des aktuellen Inhalts; Nachkommastellen sind erlaubt. 0 schaltet die Altersgrenze ab.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>hourly</source>
        <translation>stündlich</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>jährlich</translation>
    </message>
    <message>
        <source>Also rotate at the start of every hour, day, week, month or year, as logrotate&apos;s hourly … yearly do.</source>
        <translation>Zusätzlich zu Beginn jeder Stunde, jedes Tages, jeder Woche, jedes Monats oder Jahres rotieren, wie logrotates hourly … yearly.</translation>
    </message>
    <message>
        <source>The schedule and the age limit rotate a log only when it is at least this big (logrotate&apos;s minsize); 0: any size.</source>
        <translation>Zeitplan und Altersgrenze rotieren ein Protokoll nur, wenn es mindestens so groß ist (logrotates minsize); 0: jede Größe.</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>kein Minimum</translation>
    </message>
    <message>
        <source>Whether an empty log is rotated by the schedule, the age limit or “Rotate Now” (logrotate&apos;s ifempty / notifempty).</source>
        <translation>Ob ein leeres Protokoll durch den Zeitplan, die Altersgrenze oder „Jetzt rotieren“ rotiert wird (logrotates ifempty / notifempty).</translation>
    </message>
    <message>
        <source>A snapshot: the log keeps growing; something else must empty it.</source>
        <translation>Eine Momentaufnahme: Das Protokoll wächst weiter; etwas anderes muss es leeren.</translation>
    </message>
    <message>
        <source>Recreated with the old log&apos;s mode, owner and group</source>
        <translation>Neu angelegt mit Modus, Besitzer und Gruppe des alten Protokolls</translation>
    </message>
    <message>
        <source>Recreated with this mode, owner and group (empty: the old log&apos;s)</source>
        <translation>Neu angelegt mit diesem Modus, Besitzer und dieser Gruppe (leer: die des alten Protokolls)</translation>
    </message>
    <message>
        <source>Not recreated (the program writing it creates it)</source>
        <translation>Nicht neu angelegt (das schreibende Programm legt es an)</translation>
    </message>
    <message>
        <source>The new log&apos;s permissions in octal, e.g. 0640.</source>
        <translation>Die Zugriffsrechte des neuen Protokolls als Oktalzahl, z. B. 0640.</translation>
    </message>
    <message>
        <source>After a rename, the log is created again empty (logrotate&apos;s create); or not, for programs that create it themselves (nocreate).</source>
        <translation>Nach dem Umbenennen wird das Protokoll leer neu angelegt (logrotates create); oder nicht, für Programme, die es selbst anlegen (nocreate).</translation>
    </message>
    <message>
        <source>Names of Rotated Files</source>
        <translation>Namen rotierter Dateien</translation>
    </message>
    <message>
        <source>Date and time (app_20261205_142501.log)</source>
        <translation>Datum und Uhrzeit (app_20261205_142501.log)</translation>
    </message>
    <message>
        <source>Date suffix (app.log-20261205)</source>
        <translation>Datumsendung (app.log-20261205)</translation>
    </message>
    <message>
        <source>Numbered (app.log.1, app.log.2.gz, …)</source>
        <translation>Nummeriert (app.log.1, app.log.2.gz, …)</translation>
    </message>
    <message>
        <source>How rotated files are named: Logkeeper&apos;s date and time, logrotate&apos;s dateext, or logrotate&apos;s numbers (shifted at each rotation).</source>
        <translation>Wie rotierte Dateien heißen: Logkeepers Datum und Uhrzeit, logrotates dateext oder logrotates Nummern (bei jeder Rotation weitergezählt).</translation>
    </message>
    <message>
        <source>For the date suffix: strftime codes %Y %m %d %H %M %S %s %V (logrotate&apos;s dateformat). Empty: -%Y%m%d.</source>
        <translation>Für die Datumsendung: strftime-Codes %Y %m %d %H %M %S %s %V (logrotates dateformat). Leer: -%Y%m%d.</translation>
    </message>
    <message>
        <source>An ending that stays the last part of rotated names, e.g. “.log”: app-20261205.log, app.1.log (logrotate&apos;s extension).</source>
        <translation>Eine Endung, die der letzte Teil rotierter Namen bleibt, z. B. „.log“: app-20261205.log, app.1.log (logrotates extension).</translation>
    </message>
    <message>
        <source>none, e.g. .log</source>
        <translation>keine, z. B. .log</translation>
    </message>
    <message>
        <source>The newest rotated file stays uncompressed until the next rotation, for programs that write on to their old file for a while (logrotate&apos;s delaycompress).</source>
        <translation>Die neueste rotierte Datei bleibt bis zur nächsten Rotation unkomprimiert, für Programme, die noch eine Weile in ihre alte Datei schreiben (logrotates delaycompress).</translation>
    </message>
    <message>
        <source>Keep at most this many archives of each log, deleting the oldest (logrotate&apos;s rotate N); 0 means no limit.</source>
        <translation>Höchstens so viele Archive je Protokoll behalten, die ältesten werden gelöscht (logrotates rotate N); 0 heißt unbegrenzt.</translation>
    </message>
    <message>
        <source>Keep at most this much in this set&apos;s archives, deleting the oldest; 0 means no limit.</source>
        <translation>Höchstens so viel in den Archiven dieser Gruppe behalten, die ältesten werden gelöscht; 0 heißt unbegrenzt.</translation>
    </message>
    <message>
        <source>Created when missing</source>
        <translation>Wird angelegt, wenn er fehlt</translation>
    </message>
    <message>
        <source>Created when missing, with this mode, owner and group</source>
        <translation>Wird angelegt, wenn er fehlt, mit diesem Modus, Besitzer und dieser Gruppe</translation>
    </message>
    <message>
        <source>Not created: a missing archive folder is an error</source>
        <translation>Wird nicht angelegt: Ein fehlender Archivordner ist ein Fehler</translation>
    </message>
    <message>
        <source>The archive folder&apos;s permissions in octal, e.g. 0750.</source>
        <translation>Die Zugriffsrechte des Archivordners als Oktalzahl, z. B. 0750.</translation>
    </message>
    <message>
        <source>Whether a missing archive folder is created, and how (logrotate&apos;s createolddir / nocreateolddir).</source>
        <translation>Ob ein fehlender Archivordner angelegt wird, und wie (logrotates createolddir / nocreateolddir).</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Skripte</translation>
    </message>
    <message>
        <source>Scripts run with /bin/sh and get LOGKEEPER_SET, LOGKEEPER_ACTIVE (the log), LOGKEEPER_ROTATED (the rotated file), LOGKEEPER_ARCHIVE (the archive it will become) and LOGKEEPER_FILES (the logs concerned); $1 is the log, or the logs.</source>
        <translation>Skripte laufen mit /bin/sh und erhalten LOGKEEPER_SET, LOGKEEPER_ACTIVE (das Protokoll), LOGKEEPER_ROTATED (die rotierte Datei), LOGKEEPER_ARCHIVE (das Archiv, das daraus wird) und LOGKEEPER_FILES (die betroffenen Protokolle); $1 ist das Protokoll oder die Protokolle.</translation>
    </message>
    <message>
        <source>Run before each log is rotated (logrotate&apos;s prerotate).</source>
        <translation>Läuft, bevor ein Protokoll rotiert wird (logrotates prerotate).</translation>
    </message>
    <message>
        <source>Run after each rotation, e.g. to tell the program to reopen its log (logrotate&apos;s postrotate).</source>
        <translation>Läuft nach jeder Rotation, etwa um dem Programm zu sagen, dass es sein Protokoll neu öffnen soll (logrotates postrotate).</translation>
    </message>
    <message>
        <source>Run once before the set&apos;s first rotation of a pass, only if something rotates (logrotate&apos;s firstaction).</source>
        <translation>Läuft einmal vor der ersten Rotation der Gruppe in einem Durchlauf, nur wenn etwas rotiert wird (logrotates firstaction).</translation>
    </message>
    <message>
        <source>Run once after the set&apos;s last rotation of a pass (logrotate&apos;s lastaction).</source>
        <translation>Läuft einmal nach der letzten Rotation der Gruppe in einem Durchlauf (logrotates lastaction).</translation>
    </message>
    <message>
        <source>The before and after scripts run once per set and pass with every rotated log, not once per log (logrotate&apos;s sharedscripts).</source>
        <translation>Die Skripte vorher und nachher laufen einmal je Gruppe und Durchlauf mit allen rotierten Protokollen, nicht einmal je Protokoll (logrotates sharedscripts).</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds a script may run; then it is stopped with all the processes it started.</source>
        <translation>Sekunden, die ein Skript laufen darf; danach wird es mit allen Prozessen beendet, die es gestartet hat.</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>user, e.g. www-data</source>
        <translation>Benutzer, z. B. www-data</translation>
    </message>
    <message>
        <source>group (optional)</source>
        <translation>Gruppe (optional)</translation>
    </message>
    <message>
        <source>Rotate, archive and run the scripts of this set as this user and group (logrotate&apos;s su). Empty: as the user Logkeeper runs as.</source>
        <translation>Diese Gruppe als dieser Benutzer und mit dieser Gruppe rotieren, archivieren und ihre Skripte ausführen (logrotates su). Leer: als der Benutzer, unter dem Logkeeper läuft.</translation>
    </message>
    <message>
        <source>Imported from %1. Edits here are kept in this file.</source>
        <translation>Importiert aus %1. Änderungen hier werden in dieser Datei gespeichert.</translation>
    </message>
    <message>
        <source>A missing log folder or log is fine</source>
        <translation>Ein fehlender Protokollordner oder ein fehlendes Protokoll ist in Ordnung</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>Zeitplan:</translation>
    </message>
    <message>
        <source>Minimum size:</source>
        <translation>Mindestgröße:</translation>
    </message>
    <message>
        <source>Rotate empty logs too</source>
        <translation>Auch leere Protokolle rotieren</translation>
    </message>
    <message>
        <source>Copy and leave the file as it is (copy)</source>
        <translation>Kopieren und die Datei lassen, wie sie ist (copy)</translation>
    </message>
    <message>
        <source>New log:</source>
        <translation>Neues Protokoll:</translation>
    </message>
    <message>
        <source>Naming:</source>
        <translation>Benennung:</translation>
    </message>
    <message>
        <source>Date format:</source>
        <translation>Datumsformat:</translation>
    </message>
    <message>
        <source>Extension kept:</source>
        <translation>Beibehaltene Endung:</translation>
    </message>
    <message>
        <source>Compress one rotation later</source>
        <translation>Eine Rotation später komprimieren</translation>
    </message>
    <message>
        <source>Missing archive folder:</source>
        <translation>Fehlender Archivordner:</translation>
    </message>
    <message>
        <source>Before rotating:</source>
        <translation>Vor dem Rotieren:</translation>
    </message>
    <message>
        <source>After rotating:</source>
        <translation>Nach dem Rotieren:</translation>
    </message>
    <message>
        <source>First:</source>
        <translation>Zuerst:</translation>
    </message>
    <message>
        <source>Last:</source>
        <translation>Zuletzt:</translation>
    </message>
    <message>
        <source>Run before/after once for all logs of a pass (shared)</source>
        <translation>Vorher/Nachher einmal für alle Protokolle eines Durchlaufs ausführen (shared)</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <source>Run as:</source>
        <translation>Ausführen als:</translation>
    </message>
</context>
<context>
    <name>Logkeeper::LogView</name>
    <message>
        <source>  … [line cut: the first %1 of %2 shown]</source>
        <translation>  … [Zeile gekürzt: die ersten %1 von %2 angezeigt]</translation>
    </message>
    <message>
        <source>Copied only the first %1 of the %2 selected: the clipboard is not meant for more. Save a decompressed copy of the file to get all of it.</source>
        <translation>Nur die ersten %1 der ausgewählten %2 kopiert: Für mehr ist die Zwischenablage nicht gedacht. Für den ganzen Inhalt eine entpackte Kopie der Datei speichern.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Decompressing…</source>
        <translation>Wird entpackt…</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Nothing could be read.</source>
        <translation>Es konnte nichts gelesen werden.</translation>
    </message>
    <message>
        <source>── %1 ──</source>
        <extracomment>a separator row in the viewer: where a file of a log&apos;s history begins</extracomment>
        <translation>── %1 ──</translation>
    </message>
    <message>
        <source>⚠ %1 could not be read to its end: %2</source>
        <translation>⚠ %1 konnte nicht bis zum Ende gelesen werden: %2</translation>
    </message>
    <message>
        <source>── %1 was truncated at %2; its new text follows ──</source>
        <translation>── %1 wurde um %2 gekürzt; der neue Text folgt ──</translation>
    </message>
    <message>
        <source>── %1 was replaced by a new file (rotated) at %2; the new file follows ──</source>
        <translation>── %1 wurde um %2 durch eine neue Datei ersetzt (rotiert); die neue Datei folgt ──</translation>
    </message>
</context>
<context>
    <name>Logkeeper::LogViewerTab</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>No lines at this level so far.</source>
        <translation>Bisher keine Zeilen dieser Stufe.</translation>
    </message>
    <message>
        <source>No lines with matches so far.</source>
        <translation>Bisher keine Zeilen mit Treffern.</translation>
    </message>
    <message>
        <source>Stop decompressing; what was read stays shown</source>
        <translation>Das Entpacken abbrechen; das bereits Gelesene bleibt sichtbar</translation>
    </message>
    <message>
        <source>%1 is no longer followed: %2</source>
        <translation>%1 wird nicht mehr verfolgt: %2</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln Treffer</numerusform>
            <numerusform>%Ln Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es) so far…</source>
        <translation>
            <numerusform>Bisher %Ln Treffer…</numerusform>
            <numerusform>Bisher %Ln Treffer…</numerusform>
        </translation>
    </message>
    <message>
        <source>continued from the other end</source>
        <translation>am anderen Ende fortgesetzt</translation>
    </message>
    <message>
        <source>in a line the level filter hides (line %1)</source>
        <translation>in einer Zeile, die der Stufenfilter ausblendet (Zeile %1)</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>%1 (history)</source>
        <translation>%1 (Verlauf)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The history of %1: %n file(s), oldest first</source>
        <translation>
            <numerusform>Der Verlauf von %1: %n Datei</numerusform>
            <numerusform>Der Verlauf von %1: %n Dateien, die älteste zuerst</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the archive…</source>
        <translation>Archiv wird gelesen…</translation>
    </message>
    <message>
        <source>Decompressing…</source>
        <translation>Wird entpackt…</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>Das Öffnen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 holds no files to view.</source>
        <translation>%1 enthält keine Dateien zum Ansehen.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds several files; none was chosen.</source>
        <translation>%1 enthält mehrere Dateien; es wurde keine gewählt.</translation>
    </message>
    <message>
        <source>Choose a File…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>Decompressing… %p%</source>
        <translation>Wird entpackt… %p %</translation>
    </message>
    <message>
        <source>%1 decompressed so far</source>
        <translation>Bisher %1 entpackt</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the history could not be read to the end: the text says where.</source>
        <translation>
            <numerusform>%n Datei des Verlaufs konnte nicht bis zum Ende gelesen werden: Der Text zeigt, wo.</numerusform>
            <numerusform>%n Dateien des Verlaufs konnten nicht bis zum Ende gelesen werden: Der Text zeigt, wo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading was cancelled: showing the first %Ln line(s).</source>
        <translation>
            <numerusform>Das Laden wurde abgebrochen: %Ln Zeile wird angezeigt.</numerusform>
            <numerusform>Das Laden wurde abgebrochen: Die ersten %Ln Zeilen werden angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be read to its end: %2. Showing the %Ln line(s) read before the problem.</source>
        <translation>
            <numerusform>%1 konnte nicht bis zum Ende gelesen werden: %2. %Ln Zeile vor dem Problem wird angezeigt.</numerusform>
            <numerusform>%1 konnte nicht bis zum Ende gelesen werden: %2. Die %Ln Zeilen vor dem Problem werden angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was truncated at %2: following it from its new start.</source>
        <translation>%1 wurde um %2 gekürzt: Es wird ab seinem neuen Anfang verfolgt.</translation>
    </message>
    <message>
        <source>%1 was replaced by a new file at %2 (rotated): following the new file.</source>
        <translation>%1 wurde um %2 durch eine neue Datei ersetzt (rotiert): Die neue Datei wird verfolgt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) so far</source>
        <translation>
            <numerusform>Bisher %Ln Zeile</numerusform>
            <numerusform>Bisher %Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln shown)</source>
        <translation>
            <numerusform>%1 (%Ln angezeigt)</numerusform>
            <numerusform>%1 (%Ln angezeigt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Lines with matches: %1</source>
        <translation>Zeilen mit Treffern: %1</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Logkeeper::LogViewerWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open Log</source>
        <translation>Protokoll öffnen</translation>
    </message>
    <message>
        <source>Logs and archives (*.log *.txt *.gz *.bz2 *.xz *.zst *.lz4 *.lz *.tar *.tgz *.zip *.7z);;All files (*)</source>
        <translation>Protokolle und Archive (*.log *.txt *.gz *.bz2 *.xz *.zst *.lz4 *.lz *.tar *.tgz *.zip *.7z);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>Zu &amp;Zeile springen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Wrap Lines</source>
        <translation>&amp;Zeilen umbrechen</translation>
    </message>
    <message>
        <source>Logkeeper Log Viewer</source>
        <translation>Logkeeper-Protokollbetrachter</translation>
    </message>
    <message>
        <source>%1 — Logkeeper</source>
        <translation>%1 — Logkeeper</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>&amp;Tab schließen</translation>
    </message>
    <message>
        <source>Close &amp;Window</source>
        <translation>Fenster schl&amp;ießen</translation>
    </message>
    <message>
        <source>&amp;Follow the End</source>
        <translation>Dem &amp;Ende folgen</translation>
    </message>
    <message>
        <source>Stay at the end as new lines come (F; Ctrl+End also)</source>
        <translation>Am Ende bleiben, während neue Zeilen kommen (F; auch Strg+Ende)</translation>
    </message>
    <message>
        <source>&amp;Matching Lines Pane</source>
        <translation>&amp;Liste der Trefferzeilen</translation>
    </message>
    <message>
        <source>While searching, list the lines with matches below the text; click one to go there</source>
        <translation>Beim Suchen die Zeilen mit Treffern unter dem Text auflisten; ein Klick springt dorthin</translation>
    </message>
    <message>
        <source>Colour by &amp;Severity</source>
        <translation>Nach Schwere&amp;grad färben</translation>
    </message>
    <message>
        <source>Show &amp;Levels</source>
        <translation>&amp;Stufen anzeigen</translation>
    </message>
    <message>
        <source>&amp;All Lines</source>
        <translation>&amp;Alle Zeilen</translation>
    </message>
    <message>
        <source>&amp;Debug and Above</source>
        <translation>&amp;Debug und höher</translation>
    </message>
    <message>
        <source>&amp;Info and Above</source>
        <translation>&amp;Info und höher</translation>
    </message>
    <message>
        <source>&amp;Warnings and Above</source>
        <translation>&amp;Warnungen und höher</translation>
    </message>
    <message>
        <source>&amp;Errors Only</source>
        <translation>Nur &amp;Fehler</translation>
    </message>
    <message>
        <source>Colour &amp;Rules…</source>
        <translation>&amp;Farbregeln…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>&amp;Normalgröße</translation>
    </message>
    <message>
        <source>(no file)</source>
        <translation>(keine Datei)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>Logkeeper::MemberDialog</name>
    <message>
        <source>Choose a File — %1</source>
        <translation>Datei wählen — %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n file(s). Choose the one to view:</source>
        <translation>
            <numerusform>%1 enthält %n Datei. Zum Ansehen auswählen:</numerusform>
            <numerusform>%1 enthält %n Dateien. Eine davon zum Ansehen auswählen:</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive could not be read to its end (%1). The files listed before the problem can be viewed.</source>
        <translation>Das Archiv konnte nicht bis zum Ende gelesen werden (%1). Die bis dahin aufgeführten Dateien lassen sich ansehen.</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Nach Name filtern</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>An&amp;sehen</translation>
    </message>
</context>
<context>
    <name>Logkeeper::OpenWithDialog</name>
    <message>
        <source>Open With</source>
        <translation>Öffnen mit</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>MIME type comment (name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open %1 with:</source>
        <translation>%1 öffnen mit:</translation>
    </message>
    <message numerus="yes">
        <source>Open %n files with:</source>
        <translation>
            <numerusform>%n Datei öffnen mit:</numerusform>
            <numerusform>%n Dateien öffnen mit:</numerusform>
        </translation>
    </message>
    <message>
        <source>No installed application declares the type %1.</source>
        <translation>Keine installierte Anwendung gibt den Typ %1 an.</translation>
    </message>
    <message>
        <source>Applications for %1:</source>
        <translation>Anwendungen für %1:</translation>
    </message>
    <message>
        <source>%1
From %2</source>
        <translation>%1
Aus %2</translation>
    </message>
    <message>
        <source>Other command…</source>
        <translation>Anderer Befehl…</translation>
    </message>
    <message>
        <source>Type the command line of a program</source>
        <translation>Die Befehlszeile eines Programms eingeben</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Befehl:</translation>
    </message>
    <message>
        <source>e.g. zless</source>
        <translation>z. B. zless</translation>
    </message>
    <message>
        <source>%f stands for the file; without it, the file is added at the end.</source>
        <translation>%f steht für die Datei; ohne %f wird die Datei am Ende angefügt.</translation>
    </message>
</context>
<context>
    <name>Logkeeper::OutsideChangeDialog</name>
    <message>
        <source>Settings File Changed</source>
        <translation>Einstellungsdatei geändert</translation>
    </message>
    <message>
        <source>Another program changed %1 while this window has unsaved changes. Lines marked − are in the file on disk, lines marked + in this window&apos;s version.</source>
        <translation>Ein anderes Programm hat %1 geändert, während dieses Fenster ungespeicherte Änderungen hat. Mit − markierte Zeilen stehen in der Datei auf dem Datenträger, mit + markierte in der Fassung dieses Fensters.</translation>
    </message>
    <message>
        <source>Line %1:</source>
        <extracomment>before a part of the differences: where it is in the file on disk</extracomment>
        <translation>Zeile %1:</translation>
    </message>
    <message>
        <source>The texts are the same.</source>
        <translation>Die Texte sind gleich.</translation>
    </message>
    <message>
        <source>&amp;Reload from Disk</source>
        <translation>Datei &amp;neu laden</translation>
    </message>
    <message>
        <source>Show the file as it is now; this window&apos;s changes are dropped</source>
        <translation>Die Datei zeigen, wie sie jetzt ist; die Änderungen dieses Fensters werden verworfen</translation>
    </message>
    <message>
        <source>&amp;Keep My Version</source>
        <translation>&amp;Meine Fassung behalten</translation>
    </message>
    <message>
        <source>Keep editing; Save replaces the other program&apos;s change</source>
        <translation>Weiter bearbeiten; Speichern ersetzt die Änderung des anderen Programms</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
</context>
<context>
    <name>Logkeeper::PathEdit</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Datei wählen</translation>
    </message>
</context>
<context>
    <name>Logkeeper::PathListEdit</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add a logrotate Configuration File</source>
        <translation>logrotate-Konfigurationsdatei hinzufügen</translation>
    </message>
    <message>
        <source>Add a Folder of logrotate Configurations</source>
        <translation>Ordner mit logrotate-Konfigurationen hinzufügen</translation>
    </message>
    <message>
        <source>Add File…</source>
        <translation>Datei hinzufügen…</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
</context>
<context>
    <name>Logkeeper::PreviewPanel</name>
    <message>
        <source>What a pass would do now with the settings shown here, saved or not (as &lt;code&gt;logkeeper --once --dry-run&lt;/code&gt; prints it). Nothing is changed.</source>
        <translation>Was ein Durchlauf jetzt mit den hier gezeigten Einstellungen täte, ob gespeichert oder nicht (so, wie &lt;code&gt;logkeeper --once --dry-run&lt;/code&gt; es ausgibt). Nichts wird verändert.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Look at the log folders again</source>
        <translation>Die Protokollordner erneut ansehen</translation>
    </message>
    <message>
        <source>Planned actions</source>
        <translation>Geplante Aktionen</translation>
    </message>
    <message>
        <source>Looking at the log folders…</source>
        <translation>Die Protokollordner werden angesehen…</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Nothing is due: a pass now would change nothing.</source>
        <translation>Nichts ist fällig: Ein Durchlauf würde jetzt nichts ändern.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) would be taken.</source>
        <translation>
            <numerusform>%n Aktion würde ausgeführt.</numerusform>
            <numerusform>%n Aktionen würden ausgeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) would be taken; %1</source>
        <translation>
            <numerusform>%n Aktion würde ausgeführt; %1</numerusform>
            <numerusform>%n Aktionen würden ausgeführt; %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) would be reported.</source>
        <translation>
            <numerusform>%n Problem würde gemeldet.</numerusform>
            <numerusform>%n Probleme würden gemeldet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Logkeeper::SettingsWindow</name>
    <message>
        <source>Logkeeper Settings</source>
        <translation>Logkeeper-Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Write the settings to %1 (Ctrl+S)</source>
        <translation>Die Einstellungen in %1 schreiben (Strg+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the window (Esc)</source>
        <translation>Das Fenster schließen (Esc)</translation>
    </message>
    <message>
        <source>Not saved: the settings have problems (listed below).</source>
        <translation>Nicht gespeichert: Die Einstellungen haben Probleme (unten aufgeführt).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Log sets</source>
        <translation>Protokollgruppen</translation>
    </message>
    <message>
        <source>The log sets: each is a folder with the logs to keep in check. F2 renames, Insert adds, Delete removes.</source>
        <translation>Die Protokollgruppen: jede ein Ordner mit Protokollen, die im Zaum zu halten sind. F2 benennt um, Einfg fügt hinzu, Entf entfernt.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add a log set (Insert)</source>
        <translation>Eine Protokollgruppe hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Add a copy of the selected log set</source>
        <translation>Eine Kopie der gewählten Protokollgruppe hinzufügen</translation>
    </message>
    <message>
        <source>Rename the selected log set (F2)</source>
        <translation>Die gewählte Protokollgruppe umbenennen (F2)</translation>
    </message>
    <message>
        <source>Remove the selected log set (Delete)</source>
        <translation>Die gewählte Protokollgruppe entfernen (Entf)</translation>
    </message>
    <message>
        <source>No log sets yet. Add one to tell Logkeeper which logs to keep in check.</source>
        <translation>Noch keine Protokollgruppen. Eine hinzufügen, damit Logkeeper weiß, welche Protokolle es im Zaum halten soll.</translation>
    </message>
    <message>
        <source>&amp;Log Sets</source>
        <translation>&amp;Protokollgruppen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>What Save writes to %1:</source>
        <translation>Was „Speichern“ in %1 schreibt:</translation>
    </message>
    <message>
        <source>The config file as it will be saved</source>
        <translation>Die Konfigurationsdatei, wie sie gespeichert wird</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Every problem the settings have; Enter or a double click goes to the field.</source>
        <translation>Alle Probleme der Einstellungen; Eingabetaste oder Doppelklick führt zum Feld.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The settings file cannot be read.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Die Einstellungsdatei kann nicht gelesen werden.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A running Logkeeper keeps the last settings it could read. Fix the file in a text editor and reload it, or start from the default settings (the file is replaced only when you save, and only after asking).</source>
        <translation>Ein laufender Logkeeper behält die zuletzt lesbaren Einstellungen. Die Datei in einem Texteditor korrigieren und neu laden oder mit den Standardeinstellungen beginnen (die Datei wird erst beim Speichern ersetzt, und nur nach Rückfrage).</translation>
    </message>
    <message>
        <source>Open as &amp;Text</source>
        <translation>Als &amp;Text öffnen</translation>
    </message>
    <message>
        <source>Open the file in your text editor</source>
        <translation>Die Datei im Texteditor öffnen</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Read the file again</source>
        <translation>Die Datei erneut lesen</translation>
    </message>
    <message>
        <source>Start from &amp;Defaults</source>
        <translation>Mit Stan&amp;dardwerten beginnen</translation>
    </message>
    <message>
        <source>Saved. The running Logkeeper applied the new settings.</source>
        <translation>Gespeichert. Der laufende Logkeeper hat die neuen Einstellungen übernommen.</translation>
    </message>
    <message>
        <source>Saved, but the running Logkeeper rejected the file and keeps its last settings: %1</source>
        <translation>Gespeichert, aber der laufende Logkeeper hat die Datei abgelehnt und behält seine bisherigen Einstellungen: %1</translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1, Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <source>This set has problems</source>
        <translation>Diese Gruppe hat Probleme</translation>
    </message>
    <message>
        <source>This set has warnings</source>
        <translation>Diese Gruppe hat Warnungen</translation>
    </message>
    <message>
        <source>log set “%1”, %2</source>
        <translation>Protokollgruppe „%1“, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist yet: these are the default settings, and Save creates the file.</source>
        <translation>%1 gibt es noch nicht: Dies sind die Standardeinstellungen, und „Speichern“ legt die Datei an.</translation>
    </message>
    <message>
        <source>These are the default settings. Save replaces the unreadable %1 (after asking; a copy of it is kept).</source>
        <translation>Dies sind die Standardeinstellungen. „Speichern“ ersetzt die unlesbare Datei %1 (nach Rückfrage; eine Kopie davon bleibt erhalten).</translation>
    </message>
    <message>
        <source>The file is in the old script&apos;s single-set format. With more than one log set it is saved in the “log_sets” format, which Logkeeper reads but the old script does not.</source>
        <translation>Die Datei hat das Format des alten Skripts mit nur einer Gruppe. Mit mehr als einer Protokollgruppe wird sie im Format „log_sets“ gespeichert, das Logkeeper liest, das alte Skript aber nicht.</translation>
    </message>
    <message>
        <source>The settings file cannot be read.</source>
        <translation>Die Einstellungsdatei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The settings have problems; fix them to see what a pass would do.</source>
        <translation>Die Einstellungen haben Probleme; erst wenn sie behoben sind, zeigt sich, was ein Durchlauf täte.</translation>
    </message>
    <message>
        <source>Cannot add a log set: “log_sets” in the file is not a list.</source>
        <translation>Keine Protokollgruppe hinzugefügt: „log_sets“ in der Datei ist keine Liste.</translation>
    </message>
    <message>
        <source>Replace the Settings File</source>
        <translation>Einstellungsdatei ersetzen</translation>
    </message>
    <message>
        <source>%1 could not be read. Replace it with these settings? A copy of it is kept as %2.</source>
        <translation>%1 konnte nicht gelesen werden. Durch diese Einstellungen ersetzen? Eine Kopie bleibt als %2 erhalten.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of %1 as %2; nothing was saved.</source>
        <translation>Keine Kopie von %1 als %2 möglich; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Save Settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Saved. Waiting for the running Logkeeper to apply it…</source>
        <translation>Gespeichert. Es wird gewartet, bis der laufende Logkeeper die Einstellungen übernimmt…</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <source>The settings have problems and cannot be saved as they are.</source>
        <translation>Die Einstellungen haben Probleme und können so nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The running Logkeeper applied the saved settings; the changes made since are not saved yet.</source>
        <translation>Der laufende Logkeeper hat die gespeicherten Einstellungen übernommen; die seither gemachten Änderungen sind noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>The running Logkeeper rejected %1 and keeps its last good settings until the file is valid again:</source>
        <translation>Der laufende Logkeeper hat %1 abgelehnt und behält seine letzten gültigen Einstellungen, bis die Datei wieder gültig ist:</translation>
    </message>
    <message>
        <source>Another program changed %1. This window&apos;s unsaved changes are kept until you choose: reload the file, or keep your version.</source>
        <translation>Ein anderes Programm hat %1 geändert. Die ungespeicherten Änderungen dieses Fensters bleiben erhalten, bis die Wahl getroffen ist: die Datei neu laden oder die eigene Fassung behalten.</translation>
    </message>
    <message>
        <source>Reloaded %1; the changes made here were dropped.</source>
        <translation>%1 neu geladen; die hier gemachten Änderungen wurden verworfen.</translation>
    </message>
    <message>
        <source>Your version is kept: Save replaces the other program&apos;s change.</source>
        <translation>Die eigene Fassung bleibt: Speichern ersetzt die Änderung des anderen Programms.</translation>
    </message>
    <message>
        <source>Open as Text</source>
        <translation>Als Text öffnen</translation>
    </message>
    <message>
        <source>Cannot open %1: no application is set up to open it. Open it in a text editor of your choice.</source>
        <translation>%1 kann nicht geöffnet werden: Keine Anwendung ist dafür eingerichtet. Die Datei in einem Texteditor nach Wahl öffnen.</translation>
    </message>
    <message>
        <source>Not saved: another program changed %1. Compare the versions, then reload the file or keep your version and save again.</source>
        <translation>Nicht gespeichert: Ein anderes Programm hat %1 geändert. Die Fassungen vergleichen, dann die Datei neu laden oder die eigene Fassung behalten und erneut speichern.</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <source>Read from logrotate (read-only):</source>
        <translation>Aus logrotate gelesen (schreibgeschützt):</translation>
    </message>
    <message>
        <source>Log sets read from logrotate</source>
        <translation>Aus logrotate gelesene Protokollgruppen</translation>
    </message>
    <message>
        <source>The log sets of the logrotate configurations that “logrotate_include” (General) names. Logkeeper reads them again when they change; change them there.</source>
        <translation>Die Protokollgruppen der logrotate-Konfigurationen, die „logrotate_include“ (Allgemein) nennt. Logkeeper liest sie erneut, wenn sie sich ändern; ändern Sie sie dort.</translation>
    </message>
    <message>
        <source>From %1, read through “logrotate_include”. Read-only here: change it in that file (Logkeeper reads it again), or import it with --import-logrotate to make it a set of this config.</source>
        <translation>Aus %1, gelesen über „logrotate_include“. Hier schreibgeschützt: Ändern Sie sie in jener Datei (Logkeeper liest sie erneut) oder importieren Sie sie mit --import-logrotate, um sie zu einer Gruppe dieser Konfiguration zu machen.</translation>
    </message>
    <message>
        <source>logrotate_include: %1</source>
        <translation>logrotate_include: %1</translation>
    </message>
</context>
<context>
    <name>Logkeeper::StatusWindow</name>
    <message>
        <source>Logkeeper</source>
        <translation>Logkeeper</translation>
    </message>
    <message>
        <source>No system tray is available, so this window stands in for it. Closing it minimizes it; Quit stops Logkeeper.</source>
        <translation>Es gibt keinen Infobereich, daher vertritt ihn dieses Fenster. Schließen minimiert es; „Beenden“ beendet Logkeeper.</translation>
    </message>
</context>
<context>
    <name>Logkeeper::TrayController</name>
    <message>
        <source>Logkeeper: error</source>
        <translation>Logkeeper: Fehler</translation>
    </message>
    <message>
        <source>Logkeeper: log rotated</source>
        <translation>Logkeeper: Protokoll rotiert</translation>
    </message>
    <message>
        <source>%1 was rotated (log set %2).</source>
        <translation>%1 wurde rotiert (Protokollgruppe %2).</translation>
    </message>
    <message>
        <source>Logkeeper: settings rejected</source>
        <translation>Logkeeper: Einstellungen abgelehnt</translation>
    </message>
    <message>
        <source>Config: %1</source>
        <translation>Konfiguration: %1</translation>
    </message>
    <message>
        <source>Open Lo&amp;g…</source>
        <translation>Pro&amp;tokoll öffnen…</translation>
    </message>
    <message>
        <source>View any log or archive in Logkeeper&apos;s log viewer</source>
        <translation>Ein beliebiges Protokoll oder Archiv im Protokollbetrachter von Logkeeper ansehen</translation>
    </message>
    <message>
        <source>Open Log</source>
        <translation>Protokoll öffnen</translation>
    </message>
    <message>
        <source>Logs and archives (*.log *.txt *.gz *.bz2 *.xz *.zst *.lz4 *.lz *.tar *.tgz *.zip *.7z);;All files (*)</source>
        <translation>Protokolle und Archive (*.log *.txt *.gz *.bz2 *.xz *.zst *.lz4 *.lz *.tar *.tgz *.zip *.7z);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Logkeeper::WindowManager</name>
    <message>
        <source>The settings editor is not available in this build.</source>
        <translation>Das Einstellungsfenster ist in diesem Build nicht verfügbar.</translation>
    </message>
    <message>
        <source>The archive browser is not available in this build.</source>
        <translation>Die Archivübersicht ist in diesem Build nicht verfügbar.</translation>
    </message>
    <message>
        <source>The log viewer is not available in this build.</source>
        <translation>Der Protokollbetrachter ist in diesem Build nicht verfügbar.</translation>
    </message>
    <message>
        <source>Logkeeper</source>
        <translation>Logkeeper</translation>
    </message>
</context>
<context>
    <name>LogrotateImporter</name>
    <message>
        <source>size 0 rotates at every run; Logkeeper rotates a log from 1 byte on</source>
        <translation>size 0 rotiert bei jedem Lauf; Logkeeper rotiert ein Protokoll ab 1 Byte</translation>
    </message>
    <message>
        <source>the weekday is not carried over: Logkeeper rotates a week after the last rotation</source>
        <translation>der Wochentag wird nicht übernommen: Logkeeper rotiert eine Woche nach der letzten Rotation</translation>
    </message>
    <message>
        <source>only %Y %m %d %H %M %S %s %V are carried over; the default -%Y%m%d is used</source>
        <translation>nur %Y %m %d %H %M %S %s %V werden übernommen; es gilt die Vorgabe -%Y%m%d</translation>
    </message>
    <message>
        <source>no counterpart: Logkeeper names archives with the date of the rotation</source>
        <translation>keine Entsprechung: Logkeeper benennt Archive nach dem Datum der Rotation</translation>
    </message>
    <message>
        <source>no counterpart: Logkeeper names archives with the time of the rotation</source>
        <translation>keine Entsprechung: Logkeeper benennt Archive nach der Zeit der Rotation</translation>
    </message>
    <message>
        <source>no counterpart: numbered archives start at 1</source>
        <translation>keine Entsprechung: nummerierte Archive beginnen bei 1</translation>
    </message>
    <message>
        <source>no counterpart; the archives keep the log&apos;s name</source>
        <translation>keine Entsprechung; die Archive behalten den Namen des Protokolls</translation>
    </message>
    <message>
        <source>no counterpart: a log is rotated whatever its age</source>
        <translation>keine Entsprechung: ein Protokoll wird unabhängig von seinem Alter rotiert</translation>
    </message>
    <message>
        <source>%1 is not a program Logkeeper can stand in for (gzip, bzip2, xz, zstd); gzip is used</source>
        <translation>%1 ist kein Programm, das Logkeeper ersetzen kann (gzip, bzip2, xz, zstd); gzip wird verwendet</translation>
    </message>
    <message>
        <source>only a level (-1 ... -9) is carried over, not %1</source>
        <translation>nur eine Stufe (-1 … -9) wird übernommen, nicht %1</translation>
    </message>
    <message>
        <source>archives are named after their codec (%1)</source>
        <translation>Archive werden nach ihrem Codec benannt (%1)</translation>
    </message>
    <message>
        <source>rotate 0 deletes a rotated log at once; Logkeeper keeps at least one archive (max_archives 1)</source>
        <translation>rotate 0 löscht ein rotiertes Protokoll sofort; Logkeeper behält mindestens ein Archiv (max_archives 1)</translation>
    </message>
    <message>
        <source>no rotate count: logrotate deletes a rotated log at once; Logkeeper keeps at least one archive (max_archives 1)</source>
        <translation>keine Anzahl (rotate): logrotate löscht ein rotiertes Protokoll sofort; Logkeeper behält mindestens ein Archiv (max_archives 1)</translation>
    </message>
    <message>
        <source>no counterpart: Logkeeper mails no logs</source>
        <translation>keine Entsprechung: Logkeeper verschickt keine Protokolle per E-Mail</translation>
    </message>
    <message>
        <source>no counterpart: Logkeeper deletes old archives without overwriting them</source>
        <translation>keine Entsprechung: Logkeeper löscht alte Archive, ohne sie zu überschreiben</translation>
    </message>
    <message>
        <source>no counterpart: Logkeeper runs no script before it deletes an archive</source>
        <translation>keine Entsprechung: Logkeeper führt vor dem Löschen eines Archivs kein Skript aus</translation>
    </message>
    <message>
        <source>no counterpart</source>
        <translation>keine Entsprechung</translation>
    </message>
    <message>
        <source>no counterpart: the import does not expand globs, so it cannot leave out files that another definition matches</source>
        <translation>keine Entsprechung: der Import löst keine Muster auf und kann daher keine Dateien auslassen, die eine andere Definition erfasst</translation>
    </message>
    <message>
        <source>deprecated, and ignored by logrotate too</source>
        <translation>veraltet und auch von logrotate ignoriert</translation>
    </message>
    <message>
        <source>not an absolute path; left out</source>
        <translation>kein absoluter Pfad; ausgelassen</translation>
    </message>
    <message>
        <source>the logs are in %1 folders: one set per folder, so the scripts run once per folder</source>
        <translation>die Protokolle liegen in %1 Ordnern: eine Gruppe je Ordner, die Skripte laufen also einmal je Ordner</translation>
    </message>
    <message>
        <source>one archive folder for logs in several folders has no counterpart; the archives stay beside each log</source>
        <translation>ein Archivordner für Protokolle in mehreren Ordnern hat keine Entsprechung; die Archive bleiben neben jedem Protokoll</translation>
    </message>
    <message>
        <source>already in the definition at %1; left out</source>
        <translation>steht schon in der Definition bei %1; ausgelassen</translation>
    </message>
</context>
<context>
    <name>LogrotateInclude</name>
    <message>
        <source>the log set &quot;%1&quot; is left out: %2</source>
        <translation>die Protokollgruppe „%1“ wird ausgelassen: %2</translation>
    </message>
</context>
<context>
    <name>LogrotateParser</name>
    <message>
        <source>cannot read %1: no such file or folder</source>
        <translation>%1 kann nicht gelesen werden: Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>cannot read the folder %1</source>
        <translation>der Ordner %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the file is too large for a logrotate config</source>
        <translation>die Datei ist zu groß für eine logrotate-Konfiguration</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>keyword &apos;%1&apos; is not followed by a blank</source>
        <translation>auf das Schlüsselwort „%1“ folgt kein Leerzeichen</translation>
    </message>
    <message>
        <source>unknown directive &apos;%1&apos; before a brace</source>
        <translation>unbekannte Direktive „%1“ vor einer Klammer</translation>
    </message>
    <message>
        <source>unknown directive, ignored (as logrotate does)</source>
        <translation>unbekannte Direktive, ignoriert (wie von logrotate)</translation>
    </message>
    <message>
        <source>%1 without endscript</source>
        <translation>%1 ohne endscript</translation>
    </message>
    <message>
        <source>argument expected after %1</source>
        <translation>nach %1 fehlt das Argument</translation>
    </message>
    <message>
        <source>include nesting too deep</source>
        <translation>include zu tief verschachtelt</translation>
    </message>
    <message>
        <source>%1 may not appear inside a log file definition</source>
        <translation>%1 darf nicht in einer Protokolldefinition stehen</translation>
    </message>
    <message>
        <source>a log file name inside a log file definition</source>
        <translation>ein Protokolldateiname innerhalb einer Protokolldefinition</translation>
    </message>
    <message>
        <source>unexpected &apos;}&apos; (no &apos;{&apos; before it)</source>
        <translation>unerwartete „}“ (ohne „{“ davor)</translation>
    </message>
    <message>
        <source>missing &apos;{&apos; after the log file names</source>
        <translation>nach den Protokolldateinamen fehlt „{“</translation>
    </message>
    <message>
        <source>cannot read the log file names (a quote or backslash is not closed)</source>
        <translation>die Protokolldateinamen können nicht gelesen werden (ein Anführungszeichen oder Backslash ist nicht abgeschlossen)</translation>
    </message>
    <message>
        <source>no log file name before &apos;{&apos;</source>
        <translation>vor „{“ steht kein Protokolldateiname</translation>
    </message>
    <message>
        <source>unexpected &apos;}&apos;</source>
        <translation>unerwartete „}“</translation>
    </message>
    <message>
        <source>text after &apos;}&apos; ignored (as logrotate does)</source>
        <translation>Text nach „}“ ignoriert (wie von logrotate)</translation>
    </message>
    <message>
        <source>a line must begin with a directive or a file name (possibly in quotes)</source>
        <translation>eine Zeile muss mit einer Direktive oder einem Dateinamen (ggf. in Anführungszeichen) beginnen</translation>
    </message>
    <message>
        <source>missing &apos;}&apos; at the end of the log file definition</source>
        <translation>am Ende der Protokolldefinition fehlt „}“</translation>
    </message>
</context>
<context>
    <name>LogrotateSettings</name>
    <message>
        <source>unknown unit &apos;%1&apos;</source>
        <translation>unbekannte Einheit „%1“</translation>
    </message>
    <message>
        <source>bad size &apos;%1&apos;</source>
        <translation>ungültige Größe „%1“</translation>
    </message>
    <message>
        <source>not a directive of a log file definition</source>
        <translation>keine Direktive einer Protokolldefinition</translation>
    </message>
    <message>
        <source>bad rotation count &apos;%1&apos;</source>
        <translation>ungültige Anzahl „%1“</translation>
    </message>
    <message>
        <source>bad number &apos;%1&apos;</source>
        <translation>ungültige Zahl „%1“</translation>
    </message>
    <message>
        <source>bad weekday &apos;%1&apos; (0 to 7)</source>
        <translation>ungültiger Wochentag „%1“ (0 bis 7)</translation>
    </message>
    <message>
        <source>bad mail address &apos;%1&apos;</source>
        <translation>ungültige E-Mail-Adresse „%1“</translation>
    </message>
    <message>
        <source>bad path &apos;%1&apos;</source>
        <translation>ungültiger Pfad „%1“</translation>
    </message>
    <message>
        <source>invalid compression options &apos;%1&apos;</source>
        <translation>ungültige Kompressionsoptionen „%1“</translation>
    </message>
    <message>
        <source>extra arguments for su</source>
        <translation>zu viele Argumente für su</translation>
    </message>
    <message>
        <source>bad user or group name &apos;%1&apos;</source>
        <translation>ungültiger Benutzer- oder Gruppenname „%1“</translation>
    </message>
    <message>
        <source>no user for su</source>
        <translation>kein Benutzer für su</translation>
    </message>
    <message>
        <source>no group for su</source>
        <translation>keine Gruppe für su</translation>
    </message>
    <message>
        <source>bad mode &apos;%1&apos;</source>
        <translation>ungültige Zugriffsrechte „%1“</translation>
    </message>
    <message>
        <source>extra arguments for %1</source>
        <translation>zu viele Argumente für %1</translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <source>“%1” is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>“%1” has more than one decimal separator.</source>
        <translation>„%1“ hat mehr als ein Dezimaltrennzeichen.</translation>
    </message>
    <message>
        <source>“%1” could mean %2 or %3: type one of these.</source>
        <translation>„%1“ kann %2 oder %3 bedeuten: bitte eines davon eingeben.</translation>
    </message>
    <message>
        <source>“%1”: this field takes whole numbers only.</source>
        <translation>„%1“: Dieses Feld nimmt nur ganze Zahlen.</translation>
    </message>
    <message>
        <source>“%1” has more decimals than this field takes (%2).</source>
        <translation>„%1“ hat mehr Nachkommastellen, als dieses Feld zulässt (%2).</translation>
    </message>
</context>
<context>
    <name>OrderedJson</name>
    <message>
        <source>unexpected text after the end of the document</source>
        <translation>unerwarteter Text nach dem Ende des Dokuments</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <source>too deeply nested</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>unerwartetes Zeichen</translation>
    </message>
    <message>
        <source>expected a key</source>
        <translation>Schlüssel erwartet</translation>
    </message>
    <message>
        <source>expected &apos;:&apos;</source>
        <translation>„:“ erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>„,“ oder „}“ erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>„,“ oder „]“ erwartet</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>not an archive of this set: retention leaves it alone</source>
        <translation>kein Archiv dieser Gruppe: die Aufbewahrung lässt es in Ruhe</translation>
    </message>
    <message>
        <source>removed when older than %1 days</source>
        <translation>wird entfernt, sobald es älter als %1 Tage ist</translation>
    </message>
    <message>
        <source>kept while the set&apos;s archives stay within %1 MiB</source>
        <translation>bleibt, solange die Archive der Gruppe %1 MiB nicht überschreiten</translation>
    </message>
    <message>
        <source>kept for good: the set has no retention limit</source>
        <translation>bleibt für immer: die Gruppe hat keine Aufbewahrungsgrenze</translation>
    </message>
    <message>
        <source>older than %1 days: removed at the next cleanup</source>
        <translation>älter als %1 Tage: wird bei der nächsten Bereinigung entfernt</translation>
    </message>
    <message numerus="yes">
        <source>more than %n archive(s) of its log: removed at the next cleanup</source>
        <translation>
            <numerusform>mehr als %n Archiv seines Protokolls: wird bei der nächsten Bereinigung entfernt</numerusform>
            <numerusform>mehr als %n Archive seines Protokolls: wird bei der nächsten Bereinigung entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>the set&apos;s archives exceed %1 MiB: removed at the next cleanup</source>
        <translation>die Archive der Gruppe überschreiten %1 MiB: wird bei der nächsten Bereinigung entfernt</translation>
    </message>
    <message numerus="yes">
        <source>kept while its log has no more than %n archive(s)</source>
        <translation>
            <numerusform>bleibt, solange sein Protokoll höchstens %n Archiv hat</numerusform>
            <numerusform>bleibt, solange sein Protokoll höchstens %n Archive hat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPattern</name>
    <message>
        <source>%1 at position %2</source>
        <translation>%1 an Position %2</translation>
    </message>
</context>
<context>
    <name>StateStore</name>
    <message>
        <source>another Logkeeper (pid %1) is already managing the files of state file %2</source>
        <translation>ein anderer Logkeeper (PID %1) verwaltet bereits die Dateien der Zustandsdatei %2</translation>
    </message>
    <message>
        <source>%1.lock: cannot create the lock file</source>
        <translation>%1.lock: Die Sperrdatei kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>%1: cannot create the default config: %2</source>
        <translation>%1: Die Standardkonfiguration kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>created the default config %1; add log sets there</source>
        <translation>Standardkonfiguration %1 angelegt; dort Protokollgruppen eintragen</translation>
    </message>
    <message numerus="yes">
        <source>%1: OK, %n log set(s)</source>
        <translation>
            <numerusform>%1: OK, %n Protokollgruppe</numerusform>
            <numerusform>%1: OK, %n Protokollgruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>this build has no desktop interface</source>
        <translation>dieser Build hat keine grafische Oberfläche</translation>
    </message>
    <message>
        <source>Try &apos;logkeeper --help&apos; for more information.</source>
        <translation>„logkeeper --help“ zeigt mehr Informationen.</translation>
    </message>
    <message>
        <source>Exit status: 0 success; 1 a rotation, compression or cleanup failed; 2 bad usage or an invalid or missing config.</source>
        <translation>Rückgabewert: 0 Erfolg; 1 eine Rotation, Komprimierung oder Bereinigung schlug fehl; 2 falscher Aufruf oder ungültige oder fehlende Konfiguration.</translation>
    </message>
    <message>
        <source>Logkeeper %1
compression: %2
Qt %3</source>
        <translation>Logkeeper %1
Komprimierung: %2
Qt %3</translation>
    </message>
    <message>
        <source>%1 needs a display, and there is none: %2</source>
        <translation>%1 braucht eine Anzeige, es gibt aber keine: %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: invalid configuration; nothing was done</source>
        <translation>%1: ungültige Konfiguration; nichts wurde getan</translation>
    </message>
    <message>
        <source>no display available (%1); running headless</source>
        <translation>keine Anzeige verfügbar (%1); läuft ohne Oberfläche</translation>
    </message>
    <message>
        <source>%1 (lock file %2.lock)</source>
        <translation>%1 (Sperrdatei %2.lock)</translation>
    </message>
    <message>
        <source>%1

Lock file: %2.lock

If it is a Logkeeper running --headless (such as the logkeeper service), stop it first: one Logkeeper at a time manages a state file.</source>
        <translation>%1

Sperrdatei: %2.lock

Falls das ein Logkeeper mit --headless ist (etwa der Dienst logkeeper), diesen zuerst beenden: Eine Zustandsdatei verwaltet immer nur ein Logkeeper.</translation>
    </message>
    <message>
        <source>demo running in %1: logs/ is written to, archive/ fills up; Quit (tray menu or status window) stops</source>
        <translation>Demo läuft in %1: In logs/ wird geschrieben, archive/ füllt sich; „Beenden“ (Menü im Infobereich oder Statusfenster) hält sie an</translation>
    </message>
    <message>
        <source>demo running in %1: logs/ is written to, archive/ fills up; Ctrl+C stops</source>
        <translation>Demo läuft in %1: In logs/ wird geschrieben, archive/ füllt sich; Strg+C hält sie an</translation>
    </message>
    <message>
        <source>%1: not imported</source>
        <translation>%1: nicht importiert</translation>
    </message>
    <message numerus="yes">
        <source>%1: OK, %n log set(s), %2 of them from logrotate_include</source>
        <translation>
            <numerusform>%1: OK, %n Protokollgruppe, %2 davon aus logrotate_include</numerusform>
            <numerusform>%1: OK, %n Protokollgruppen, %2 davon aus logrotate_include</numerusform>
        </translation>
    </message>
</context>
</TS>
