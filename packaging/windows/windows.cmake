# The Windows installer (CPack with NSIS), included by packaging/CMakeLists.txt on Windows. It
# cannot be built on our Linux machines; docs/packaging.md says how to build it on Windows and
# what it installs. Client only: the server runs on Linux.

# Qt's DLLs, plugins (platform, styles, SQLite, TLS, image formats) and Qt's own Swedish
# translations, next to the executables, by windeployqt (Qt's deploy script runs it at install).
qt_generate_deploy_app_script(TARGET framgangsbank OUTPUT_SCRIPT fb_deploy_script NO_COMPILER_RUNTIME)
install(SCRIPT ${fb_deploy_script} COMPONENT client)
# The libraries that are not Qt's (KF6 SyntaxHighlighting, QtKeychain, SQLite, libstemmer), found
# from the executables' imports; Windows' own DLLs stay out.
install(TARGETS framgangsbank framgangsbank-cli
        RUNTIME_DEPENDENCIES
            PRE_EXCLUDE_REGEXES "api-ms-.*" "ext-ms-.*" "Qt6.*"
            POST_EXCLUDE_REGEXES ".*[Ss]ystem32/.*\\.dll"
            DIRECTORIES ${CMAKE_PREFIX_PATH}/bin
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT client)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_SOURCE_DIR}/resources/data/SOURCES.md
        DESTINATION . COMPONENT client)

set(CPACK_GENERATOR NSIS)
set(CPACK_COMPONENTS_ALL client)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Framgångsbanken")
set(CPACK_PACKAGE_EXECUTABLES framgangsbank "Framgångsbanken")
set(CPACK_NSIS_DISPLAY_NAME "Framgångsbanken")
set(CPACK_NSIS_PACKAGE_NAME "Framgångsbanken ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON ${FB_ICON_DIR}/${FB_APP_ID}.ico)
set(CPACK_NSIS_MUI_UNIICON ${FB_ICON_DIR}/${FB_APP_ID}.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\framgangsbank.exe)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN framgangsbank.exe)
set(CPACK_NSIS_URL_INFO_ABOUT ${CPACK_PACKAGE_HOMEPAGE_URL})
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
# Silent installs for software deployment: framgangsbank-VERSION-win64.exe /S [/D=DIR]. The
# machine-wide settings (server, CA, proxy, sync interval) are not the installer's business: IT
# sets them in HKLM\Software\framgangsbank\framgangsbank, usually by Group Policy
# (docs/deployment.md).
