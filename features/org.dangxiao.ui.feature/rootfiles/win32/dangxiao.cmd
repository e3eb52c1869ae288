@echo off
rem Starts the Dangxiao Workbench with the Java runtime in jre\ beside this script, else the Java 21+ of JAVA_HOME or the PATH.
rem Usage: dangxiao.cmd [--workspace DIR] [--seed DIR] [--lang zh_CN or en] [other Eclipse arguments]
rem        dangxiao.cmd [--workspace DIR] [--lang zh_CN or en] COMMAND [ARGUMENTS...]   (see dangxiao.cmd help)
rem          import FILE --class ID [--mapping NAME] [--dry-run] [--accept-partial]
rem          check [--year YYYY] [--org ID or CODE] [--limit N] [--rules]
rem          report --list, or report ID --out FILE.xlsx [--param NAME=VALUE]...
rem          seed DIR, backup FILE.dxbak, restore FILE.dxbak [--yes], sources, help [COMMAND]
rem          plugins list, plugins install REPOSITORY FEATURE..., plugins uninstall FEATURE...
rem As the Linux script: a command runs headless and exits with its own code
rem (0 done, 1 rows rejected or something missed, 2 bad input or refused).
setlocal EnableExtensions
set "DIR=%~dp0"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
if exist "%DIR%jre\bin\java.exe" set "JAVA=%DIR%jre\bin\java.exe"
if defined DANGXIAO_WORKSPACE (set "WS=%DANGXIAO_WORKSPACE%") else (set "WS=%USERPROFILE%\.dangxiao\workspace")
if defined DANGXIAO_LANG (set "NL=%DANGXIAO_LANG%") else (set "NL=zh_CN")
set "SEED="
:options
if "%~1"=="--workspace" (set "WS=%~f2" & shift & shift & goto options)
if "%~1"=="--lang" (set "NL=%~2" & shift & shift & goto options)
if "%~1"=="--seed" (set "SEED=%~f2" & shift & shift & goto options)
set "SEEDARG="
if defined SEED set SEEDARG="-Ddangxiao.workspace.seed=%SEED%"
for %%L in ("%DIR%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fL"
set "FIRST=%~1"
rem shift leaves %* as it was, so the remaining arguments are gathered one by one
set "ARGS="
:collect
if "%~1"=="" goto run
set ARGS=%ARGS% %1
shift
goto collect
:run
for %%C in (import check report seed backup restore sources) do if /i "%FIRST%"=="%%C" goto command
if /i "%FIRST%"=="help" goto command
if /i "%FIRST%"=="--help" goto command
if /i "%FIRST%"=="plugins" goto plugins
rem "Restart now" after installing a plug-in ends the workbench with exit code 23: start it again
:start
"%JAVA%" -Xms128m -Dosgi.requiredJavaVersion=21 "-Ddangxiao.workspace=%WS%" %SEEDARG% -jar "%LAUNCHER%" -nl %NL% -data "%USERPROFILE%\.dangxiao\instance" %ARGS%
if %errorlevel% EQU 23 goto start
if errorlevel 1 (echo The workbench needs Java 21 or newer: set JAVA_HOME or install e.g. Temurin 21. & pause)
exit /b %errorlevel%
:command
"%JAVA%" -Xms128m -Djava.awt.headless=true -Dosgi.requiredJavaVersion=21 "-Ddangxiao.workspace=%WS%" -jar "%LAUNCHER%" -application org.dangxiao.cli.app -nosplash -nl %NL% -data "%USERPROFILE%\.dangxiao\instance" %ARGS%
exit /b %errorlevel%
:plugins
"%JAVA%" -Xms128m -Djava.awt.headless=true -Dosgi.requiredJavaVersion=21 -jar "%LAUNCHER%" -application org.dangxiao.plugins.app -nosplash -nl %NL% -data "%USERPROFILE%\.dangxiao\instance" %ARGS%
exit /b %errorlevel%
