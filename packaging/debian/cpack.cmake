# The Debian packages framgangsbank (component client) and framgangsbank-server (component
# server), included by packaging/CMakeLists.txt on Linux.
set(CPACK_GENERATOR DEB)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_CLIENT_PACKAGE_NAME framgangsbank)
set(CPACK_DEBIAN_CLIENT_PACKAGE_SECTION misc)
# Loaded at run time, so dpkg-shlibdeps cannot see them: the SQLite driver (the replica), OpenSSL
# (Qt's TLS backend) and the Swedish thesaurus the search reads (mythes-sv). Qt's Swedish
# translations make the standard dialogs Swedish; the keychain needs a Secret Service provider to
# keep the login token.
set(CPACK_DEBIAN_CLIENT_PACKAGE_DEPENDS "libqt6sql6-sqlite, libssl3t64, mythes-sv")
set(CPACK_DEBIAN_CLIENT_PACKAGE_RECOMMENDS "qt6-translations-l10n, gnome-keyring | keepassxc | kwalletmanager")
set(CPACK_COMPONENT_CLIENT_DESCRIPTION
    "Sweden's bank of successful municipal and regional projects
 Framgångsbanken is the national bank of successful municipal and regional
 projects: the questions municipalities and regions face, the solutions that
 worked, the plans, pitfalls and results behind them, and places to go and see
 it for yourself. The desktop app keeps a local copy of the bank, works fully
 offline, searches Swedish text well and syncs with the national server in the
 background. framgangsbank-cli reads, searches, edits, imports and exports the
 same local bank from the command line.")
set(CPACK_DEBIAN_SERVER_PACKAGE_NAME framgangsbank-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, libssl3t64, passwd")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "postgresql")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${CMAKE_CURRENT_SOURCE_DIR}/debian/server/postinst
    ${CMAKE_CURRENT_SOURCE_DIR}/debian/server/prerm
    ${CMAKE_CURRENT_SOURCE_DIR}/debian/server/postrm
    ${CMAKE_CURRENT_SOURCE_DIR}/debian/server/conffiles)
set(CPACK_COMPONENT_SERVER_DESCRIPTION
    "national server of Framgångsbanken
 The server of Framgångsbanken, Sweden's bank of successful municipal and
 regional projects: the HTTPS sync API the desktop app and the command-line
 tool talk to, with its data in SQLite or PostgreSQL, authorization by role and
 organisation on every write, and a review workflow. Comes with a systemd unit
 and an example configuration in /etc/framgangsbank/server.conf.")

