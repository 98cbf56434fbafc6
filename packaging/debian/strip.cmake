# CPACK_PRE_BUILD_SCRIPTS: strips the staged binaries as dh_strip does. CPack's own stripping
# (CPACK_STRIP_FILES) keeps the compiler's .comment and .note sections, which lintian notes as
# binary-has-unneeded-section.
find_program(objcopy NAMES objcopy REQUIRED)
file(GLOB_RECURSE binaries LIST_DIRECTORIES false "${CPACK_TEMPORARY_DIRECTORY}/*/bin/*")
foreach(binary ${binaries})
    execute_process(COMMAND ${objcopy} --remove-section=.comment --remove-section=.note ${binary}
                    RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "objcopy could not strip ${binary}")
    endif()
    message(STATUS "Stripped .comment and .note from ${binary}")
endforeach()
