# The Windows installer (NSIS through CPack), for a build on a Windows machine after windeployqt
# has gathered the Qt libraries beside wres-tracker.exe (see README.md). Not buildable on Linux.
set(CPACK_GENERATOR NSIS)
set(CPACK_NSIS_DISPLAY_NAME "WRES Tracker")
set(CPACK_NSIS_PACKAGE_NAME "WRES Tracker")
set(CPACK_NSIS_MUI_ICON ${CMAKE_CURRENT_LIST_DIR}/wres-tracker.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME bin/wres-tracker.exe)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "WRES Tracker")
set(CPACK_PACKAGE_EXECUTABLES wres-tracker "WRES Tracker")
# Double-clicking a .wres file opens it.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "
  WriteRegStr HKCR '.wres' '' 'WRESTracker.Plan'
  WriteRegStr HKCR 'WRESTracker.Plan' '' 'WRES Tracker plan'
  WriteRegStr HKCR 'WRESTracker.Plan\\\\DefaultIcon' '' '$INSTDIR\\\\bin\\\\wres-tracker.exe,0'
  WriteRegStr HKCR 'WRESTracker.Plan\\\\shell\\\\open\\\\command' '' '\\\"$INSTDIR\\\\bin\\\\wres-tracker.exe\\\" \\\"%1\\\"'
")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "
  DeleteRegKey HKCR '.wres'
  DeleteRegKey HKCR 'WRESTracker.Plan'
")
# The Qt libraries and plugins windeployqt put in the deploy folder go into the installer too.
install(DIRECTORY ${CMAKE_BINARY_DIR}/deploy/ DESTINATION bin OPTIONAL)
