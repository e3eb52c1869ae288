#!/usr/bin/env bash
# add-runtime.sh PRODUCT_DIR OS [WINDOWS_JDK]
#
# Puts a Java runtime, cut down with jlink to the modules the workbench needs, into a materialized
# product folder as PRODUCT_DIR/jre, so that a staff desktop needs no Java of its own. The start
# scripts (dangxiao, dangxiao.cmd) use PRODUCT_DIR/jre when it is there.
#
#   PRODUCT_DIR  the product folder, e.g.
#                releng/org.dangxiao.product/target/products/org.dangxiao.product/linux/gtk/x86_64/dangxiao
#   OS           linux   a Linux x86_64 runtime, linked from the build JDK itself (it must run on Linux x86_64)
#                win32   a Windows x64 runtime, linked by the build JDK's jlink from WINDOWS_JDK's jmods
#   WINDOWS_JDK  for win32: a Windows x64 JDK of the build JDK's release (25.0.x for a 25 build) that has
#                jmods/ (or that jmods folder itself). runtime/README.md says where one can come from.
#
# The build JDK is JAVA_HOME when it is 21+ and has jlink, else the newest JDK 21+ under /usr/lib/jvm.
# The runtime has that JDK's version: jlink links only its own release.
set -euo pipefail

say() { printf '[add-runtime] %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

# Why each module (found with jdeps over every plugin jar, then the OSGi Import-Package headers,
# then by starting the workbench and the CLI with the result):
#   java.base          everything
#   java.desktop       java.beans for Flyway (opens every workspace), e4 CSS and commons-lang3;
#                      java.awt.font/geom for POI's xlsx writing; jsvg (SWT's SVG support) imports
#                      javax.imageio and javax.swing without "optional", so it would not resolve
#   java.sql           JDBC: store, H2, PostgreSQL, Flyway (brings java.transaction.xa)
#   java.naming        the PostgreSQL driver imports javax.naming (not optional)
#   java.management    H2 imports javax.management; Felix SCR and core.jobs use it
#   java.xml, jdk.xml.dom  e4 model (XMI), plugin.xml, CSS (org.w3c.dom.css)
#   java.logging       JUL: Log4j-to-JUL, JNA, Aries SPI Fly
#   jdk.unsupported    sun.misc.Unsafe, which Gson, commons-io and POI use when it is there
#   jdk.charsets       the rarer charsets a sign-in CSV may come in (GB18030 and GBK are in java.base on
#                      Linux, but which charsets java.base has differs by platform)
#   jdk.localedata     zh_CN dates, numbers and weekdays (java.base alone has only English); only the
#                      en and zh locales are kept
#   jdk.net            H2's socket options (small)
# Left out on purpose: java.security.jgss/sasl (Kerberos login to PostgreSQL), java.xml.crypto (signed
# OOXML), java.scripting/java.compiler/java.instrument (H2 features the workbench does not use).
MODULES=java.base,java.desktop,java.sql,java.naming,java.management,java.xml,jdk.xml.dom,java.logging,jdk.unsupported,jdk.charsets,jdk.localedata,jdk.net
LOCALES=en,zh

[ $# -ge 2 ] || die "usage: add-runtime.sh PRODUCT_DIR linux|win32 [WINDOWS_JDK]"
PRODUCT_DIR="$1"; OS="$2"; WINDOWS_JDK="${3:-}"
[ -d "$PRODUCT_DIR" ] || die "$PRODUCT_DIR is not a folder."
compgen -G "$PRODUCT_DIR/plugins/org.eclipse.equinox.launcher_*.jar" >/dev/null \
  || die "$PRODUCT_DIR is not a materialized product: it has no plugins/org.eclipse.equinox.launcher_*.jar."
PRODUCT_DIR="$(cd "$PRODUCT_DIR" && pwd)"

java_major() { "$1" -version 2>&1 | sed -n 's/.* version "\([0-9]*\).*/\1/p' | head -n 1; }
JDK=""
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/jlink" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 21 ] 2>/dev/null; then
  JDK="$JAVA_HOME"
else
  bestm=0
  for j in /usr/lib/jvm/*/bin/jlink; do
    [ -x "$j" ] || continue
    d="${j%/bin/jlink}"; m=$(java_major "$d/bin/java")
    if [ -n "$m" ] && [ "$m" -ge 21 ] && [ "$m" -gt "$bestm" ]; then JDK="$d"; bestm=$m; fi
  done
fi
[ -n "$JDK" ] || die "No JDK 21+ with jlink found (JAVA_HOME or /usr/lib/jvm): a JRE is not enough, install a JDK."
JDK_VERSION=$(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$JDK/release")

JLINK_ARGS=(--add-modules "$MODULES" --include-locales="$LOCALES"
  --strip-debug --no-man-pages --no-header-files)
case "$OS" in
  linux)
    [ "$(uname -s)-$(uname -m)" = Linux-x86_64 ] \
      || die "A Linux x86_64 runtime is linked from the build JDK itself, so this must run on Linux x86_64 (this is $(uname -s)-$(uname -m))."
    # jlink takes JDK/jmods when the JDK has them, else (JEP 493, e.g. Temurin 24+) its own run-time image.
    # No jimage compression (--compress): gzip/zip over the uncompressed jimage gives the smaller archive
    # (runtime in the tar.gz: 33.5 MB against 40.7 MB with --compress=zip-6) and classes load without
    # inflating. The CDS archive of the JDK's own classes (+3.9 MB in the tar.gz) saves ~0.1 s per start.
    JLINK_ARGS+=(--generate-cds-archive)
    ;;
  win32|windows)
    OS=win32
    [ -n "$WINDOWS_JDK" ] || die "A Windows runtime needs WINDOWS_JDK: a Windows x64 JDK $JDK_VERSION (same feature release as $JDK) with jmods/."
    JMODS="$WINDOWS_JDK"; [ -d "$JMODS/jmods" ] && JMODS="$JMODS/jmods"
    [ -f "$JMODS/java.base.jmod" ] || die "$WINDOWS_JDK has no jmods/java.base.jmod. JDKs built with JEP 493 (Temurin 24 and newer) ship without jmods and cannot be linked from another platform; use a build with jmods (or its separate jmods download)."
    if [ -f "$JMODS/../release" ]; then
      WIN_OS=$(sed -n 's/^OS_NAME="\(.*\)"/\1/p' "$JMODS/../release"); WIN_VERSION=$(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$JMODS/../release")
      [ "$WIN_OS" = Windows ] || die "$WINDOWS_JDK is a JDK for '$WIN_OS', not Windows."
      [ "${WIN_VERSION%.*}" = "${JDK_VERSION%.*}" ] \
        || die "jlink links only its own release: $JDK is $JDK_VERSION, $WINDOWS_JDK is $WIN_VERSION. Use a Windows JDK ${JDK_VERSION%.*}.x (or point JAVA_HOME at a build JDK $WIN_VERSION)."
    fi
    # jlink cannot run the Windows java to dump a CDS archive; the runtime starts without one
    JLINK_ARGS=(--module-path "$JMODS" "${JLINK_ARGS[@]}")
    ;;
  *) die "OS must be linux or win32, not '$OS'." ;;
esac

OUT="$PRODUCT_DIR/jre"
TMP="$PRODUCT_DIR/.jre.tmp.$$"
rm -rf "$TMP"
trap 'rm -rf "$TMP"' EXIT
say "linking a $OS runtime with $JDK/bin/jlink ($JDK_VERSION): $MODULES"
LOG="$PRODUCT_DIR/.jlink.log.$$"
if ! "$JDK/bin/jlink" "${JLINK_ARGS[@]}" --output "$TMP" >"$LOG" 2>&1; then
  msg=$(grep -m 1 '^Error' "$LOG" || head -n 1 "$LOG"); rm -f "$LOG"
  die "jlink failed: $msg"
fi
rm -f "$LOG"
rm -rf "$OUT"
mv "$TMP" "$OUT"
trap - EXIT

if [ "$OS" = linux ]; then
  # the second CDS archive serves only heaps over 32 GB (no compressed oops): 14 MB for no desktop
  rm -f "$OUT/lib/server/classes_nocoops.jsa"
  "$OUT/bin/java" -version >/dev/null 2>&1 || die "the new runtime does not start: $OUT/bin/java -version fails."
else
  [ -f "$OUT/bin/java.exe" ] && [ -f "$OUT/bin/javaw.exe" ] || die "jlink made no bin/java.exe and bin/javaw.exe: $JMODS is not a Windows JDK's jmods."
  # Windows does not follow the symbolic links a zip may carry: make any linked legal notice a copy
  find "$OUT" -type l | while read -r link; do cp --remove-destination "$(readlink -f "$link")" "$link"; done
fi
say "$OUT: $(du -sh "$OUT" | cut -f1), Java $(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$OUT/release") for $OS x86_64"
