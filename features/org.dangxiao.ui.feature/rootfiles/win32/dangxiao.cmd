@echo off
rem Starts the Dangxiao Workbench with the Java 21+ found in JAVA_HOME or on the PATH.
rem Usage: dangxiao.cmd [workspace folder]
setlocal
set "DIR=%~dp0"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
set "WS=%USERPROFILE%\.dangxiao\workspace"
if not "%~1"=="" set "WS=%~f1"
for %%L in ("%DIR%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fL"
"%JAVA%" -Xms128m -Dosgi.requiredJavaVersion=21 "-Ddangxiao.workspace=%WS%" -jar "%LAUNCHER%" -nl zh_CN -data "%USERPROFILE%\.dangxiao\instance"
if errorlevel 1 echo 党校学习培训工作台需要 Java 21 或更新版本 / The workbench needs Java 21+ && pause
