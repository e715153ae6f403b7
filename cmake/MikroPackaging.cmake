# Debian packages of the desktop (CPack DEB; packaging/linux/build-deb.sh builds and checks them):
#   mikro           the desktop, its .desktop entry, icon, AppStream metadata and manual page;
#   mikro-devstack  the local stand-ins for Auth0 and the Tasking Manager (for trying Mikro).
# mikro-server is shipped as a container image (packaging/docker), not as a package.
include(GNUInstallDirs)
set(mikro_linux "${PROJECT_SOURCE_DIR}/packaging/linux")

# Debian wants manual pages and the changelog compressed, without a time stamp (gzip -n).
function(mikro_gzip source output)
    add_custom_command(OUTPUT "${output}"
        COMMAND gzip -9nc "${source}" > "${output}"
        DEPENDS "${source}" VERBATIM)
endfunction()
set(mikro_gz "${CMAKE_BINARY_DIR}/packaging")
file(MAKE_DIRECTORY "${mikro_gz}")
mikro_gzip("${mikro_linux}/mikro.1" "${mikro_gz}/mikro.1.gz")
mikro_gzip("${mikro_linux}/mikro-devstack.1" "${mikro_gz}/mikro-devstack.1.gz")
mikro_gzip("${mikro_linux}/changelog" "${mikro_gz}/changelog.Debian.gz")
add_custom_target(mikro_package_files ALL DEPENDS
    "${mikro_gz}/mikro.1.gz" "${mikro_gz}/mikro-devstack.1.gz" "${mikro_gz}/changelog.Debian.gz")

install(FILES "${mikro_linux}/org.mikro.Mikro.desktop"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/applications" COMPONENT desktop)
install(FILES "${mikro_linux}/org.mikro.Mikro.metainfo.xml"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo" COMPONENT desktop)
install(FILES "${mikro_linux}/org.mikro.Mikro.svg"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps" COMPONENT desktop)
install(FILES "${mikro_gz}/mikro.1.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1" COMPONENT desktop)
install(FILES "${mikro_gz}/mikro-devstack.1.gz"
    DESTINATION "${CMAKE_INSTALL_MANDIR}/man1" COMPONENT devstack)
foreach(pair IN ITEMS "desktop:mikro" "devstack:mikro-devstack")
    string(REPLACE ":" ";" pair "${pair}")
    list(GET pair 0 component)
    list(GET pair 1 package)
    install(FILES "${mikro_linux}/copyright" "${mikro_gz}/changelog.Debian.gz"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/${package}" COMPONENT ${component})
endforeach()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME mikro)
set(CPACK_PACKAGE_VENDOR "The Mikro developers")
set(CPACK_PACKAGE_CONTACT "The Mikro developers <developers@mikro.invalid>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL desktop devstack)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

set(CPACK_DEBIAN_DESKTOP_PACKAGE_NAME mikro)
set(CPACK_DEBIAN_DESKTOP_PACKAGE_SECTION misc)
# Plugins that shared-library dependencies cannot see: the platform (xcb, wayland) and the SQL
# drivers (SQLite for the embedded store and the kept copy, PostgreSQL for an organisation's
# database). The keychain needs a Secret Service in the session.
set(CPACK_DEBIAN_DESKTOP_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6sql6-psql")
set(CPACK_DEBIAN_DESKTOP_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, xdg-utils, qt6-translations-l10n")
set(CPACK_DEBIAN_DESKTOP_PACKAGE_SUGGESTS "mikro-devstack")
# The extended description's lines without their leading space: CPack adds it.
set(CPACK_COMPONENT_DESKTOP_DESCRIPTION "track and pay the work of paid OpenStreetMap mappers
Mikro tracks the tasks that paid mappers and validators do in the Tasking
Manager and pays them. This is its desktop application: admins reconcile
payment requests, payments and adjustments; validators work their checklists,
also offline; everyone sees their own work and earnings.")

set(CPACK_DEBIAN_DEVSTACK_PACKAGE_NAME mikro-devstack)
set(CPACK_DEBIAN_DEVSTACK_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_DEVSTACK_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_COMPONENT_DEVSTACK_DESCRIPTION "local stand-ins for Auth0 and the Tasking Manager, for Mikro
An OpenID Connect identity provider with demo people and a simulated Tasking
Manager on 127.0.0.1, so that the Mikro desktop and server can be tried
without Auth0 or a Tasking Manager. Not for production.")
include(CPack)
