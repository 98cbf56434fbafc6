# The Debian package: `cpack -G DEB` in a build directory configured with
# -DCMAKE_INSTALL_PREFIX=/usr (see README, "Installing"; tools/package-check.sh builds and
# checks it). Included from the top-level CMakeLists.txt after every install rule.
set(LOGKEEPER_PACKAGE_MAINTAINER "Logkeeper maintainers <maintainers@logkeeper.invalid>"
    CACHE STRING "The Maintainer of the Debian package")
set(LOGKEEPER_HOMEPAGE "https://github.com/logkeeper/logkeeper") # as in the metainfo

set(CPACK_PACKAGE_NAME logkeeper)
set(CPACK_PACKAGE_VENDOR "The Logkeeper authors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "keeps log files in check: rotates, compresses, expires")
set(CPACK_PACKAGE_DESCRIPTION_FILE ${CMAKE_CURRENT_LIST_DIR}/debian/description)
set(CPACK_PACKAGE_HOMEPAGE_URL ${LOGKEEPER_HOMEPAGE})
set(CPACK_PACKAGE_CONTACT ${LOGKEEPER_PACKAGE_MAINTAINER})
# The package installs where the build was configured to, so the paths inside the systemd units
# match; a distribution package wants /usr.
set(CPACK_PACKAGING_INSTALL_PREFIX ${CMAKE_INSTALL_PREFIX})
if(NOT CMAKE_INSTALL_PREFIX STREQUAL "/usr")
    message(STATUS "Packaging: CMAKE_INSTALL_PREFIX is ${CMAKE_INSTALL_PREFIX}; configure with "
                   "-DCMAKE_INSTALL_PREFIX=/usr for a Debian package")
endif()
set(CPACK_STRIP_FILES ON)
set(CPACK_PRE_BUILD_SCRIPTS ${CMAKE_CURRENT_LIST_DIR}/debian/strip.cmake)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # logkeeper_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${LOGKEEPER_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${LOGKEEPER_HOMEPAGE})
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # the Qt, libarchive, zlib... versions it was built with
# The system unit's ExecReload runs /bin/kill (`systemctl reload logkeeper`).
set(CPACK_DEBIAN_PACKAGE_DEPENDS procps)
# Logkeeper's own catalogues are built in; Qt's (the command line parser's texts, standard
# buttons, file dialogs) come from this package, for the daemon's command line too.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS qt6-translations-l10n)
if(LOGKEEPER_GUI)
    # The tray needs a platform plugin and the SVG icon engine; the daemon needs neither.
    # (Debian 12 ships Qt's SVG plugins in libqt6svg6, later releases in qt6-svg-plugins.)
    string(APPEND CPACK_DEBIAN_PACKAGE_RECOMMENDS ", qt6-qpa-plugins, qt6-svg-plugins | libqt6svg6")
endif()
# /etc/logkeeper/config.json is the admin's to edit: dpkg keeps their version on upgrade.
file(WRITE ${CMAKE_BINARY_DIR}/packaging/debian/conffiles
     "${CMAKE_INSTALL_FULL_SYSCONFDIR}/logkeeper/config.json\n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${CMAKE_BINARY_DIR}/packaging/debian/conffiles
    ${CMAKE_CURRENT_LIST_DIR}/debian/postinst
    ${CMAKE_CURRENT_LIST_DIR}/debian/prerm
    ${CMAKE_CURRENT_LIST_DIR}/debian/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_GENERATOR DEB)
include(CPack)
