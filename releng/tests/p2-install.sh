#!/bin/sh
# Integration test of installing plug-ins into the materialized product with p2, and of dropins/.
#
#   releng/tests/p2-install.sh PRODUCT_DIR REPO_DIR [FEATURE_ID...]
#
# PRODUCT_DIR  the materialized Linux product (…/target/products/org.dangxiao.product/linux/gtk/x86_64/dangxiao);
#              it is copied to a temporary folder and never changed
# REPO_DIR     a p2 repository (the built update site releng/org.dangxiao.product/target/repository, or a .zip of it)
# FEATURE_ID   the features to install; by default every feature REPO_DIR offers that the product does not have
#
# What it checks, each step on a fresh start of the copied product (headless, no display, no network):
#   1. the product starts with p2: `plugins list` works and lists no plug-in
#   2. install FEATURE_ID from REPO_DIR; restart; the features are listed, every plug-in they brought is
#      resolved, and `dangxiao sources` / `dangxiao report --list` list more than before
#   3. refusals are sentences with their exit codes: a folder that is no repository (2), an unknown
#      feature (2), uninstalling part of the product (1)
#   4. uninstall; restart; the features and their plug-ins are gone, sources and reports are as before
#   5. dropins: the same plug-in jars copied into dropins/; restart; they are resolved and listed as
#      from dropins, `plugins uninstall` refuses them (1); jars removed; restart; gone again
# Environment: JAVA_HOME (Java 21+), KEEP=1 keeps the temporary folder,
#   EXPECT_SOURCE / EXPECT_REPORT: a text the new importer / report must show in `dangxiao sources` / `report --list`,
#   P2_TEST_SKIP_CLI_CHECKS=1 skips the `sources` / `report --list` checks (for a start script without them).
# Exit code 0 when every check passed, 1 when one failed, 2 for bad arguments.
set -u

if [ $# -lt 2 ]; then
  sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
PRODUCT_DIR=$(cd "$1" 2>/dev/null && pwd) || { echo "p2-install: no product folder $1" >&2; exit 2; }
case "$2" in /*) REPO=$2 ;; *) REPO="$(pwd)/$2" ;; esac
shift 2
[ -e "$REPO" ] || { echo "p2-install: no repository $REPO" >&2; exit 2; }
ls "$PRODUCT_DIR"/plugins/org.eclipse.equinox.launcher_*.jar >/dev/null 2>&1 \
  || { echo "p2-install: $PRODUCT_DIR has no plugins/org.eclipse.equinox.launcher_*.jar" >&2; exit 2; }

java_major() { "$1" -version 2>&1 | sed -n 's/.* version "\([0-9]*\).*/\1/p' | head -n 1; }
JAVA=""
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 21 ] 2>/dev/null; then
  JAVA="$JAVA_HOME/bin/java"
fi
if [ -z "$JAVA" ]; then
  JAVA=$(for j in /usr/lib/jvm/*/bin/java; do
    [ -x "$j" ] || continue; m=$(java_major "$j"); [ -n "$m" ] && [ "$m" -ge 21 ] && echo "$m $j"
  done | sort -n | tail -n 1 | cut -d' ' -f2-)
fi
[ -n "$JAVA" ] || { echo "p2-install: needs Java 21+ (set JAVA_HOME)" >&2; exit 2; }

TMP=$(mktemp -d "${TMPDIR:-/tmp}/p2-install.XXXXXX")
P="$TMP/product"
cleanup() { if [ "${KEEP:-}" = 1 ]; then echo "p2-install: kept $TMP"; else rm -rf "$TMP"; fi; }
trap cleanup EXIT
cp -a "$PRODUCT_DIR" "$P"
mkdir -p "$TMP/home" "$TMP/ws" "$TMP/not-a-repository"
LAUNCHER=$(ls "$P"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
PASSED=0

fail() {
  echo "p2-install: FAILED: $*" >&2
  echo "--- last output:" >&2
  cat "$TMP/out" "$TMP/err" 2>/dev/null | grep -v -e '^INFO:' -e 'BaseActivator log$' >&2
  for log in "$P"/configuration/*.log; do [ -f "$log" ] && { echo "--- $log (end):" >&2; tail -n 40 "$log" >&2; }; done
  exit 1
}
ok() { PASSED=$((PASSED + 1)); echo "p2-install: ok - $*"; }

# the plug-in application of the copied product, in English for stable output; sets RC
plugins() {
  timeout 300 "$JAVA" -Xms64m -Djava.awt.headless=true -jar "$LAUNCHER" -nosplash -nl en \
    -data "$TMP/instance" -application org.dangxiao.plugins.app plugins "$@" >"$TMP/out" 2>"$TMP/err"
  RC=$?
}
# the start script's headless commands (sources, report --list); sets RC
dangxiao() {
  HOME="$TMP/home" timeout 300 "$P/dangxiao" --workspace "$TMP/ws" --lang en "$@" >"$TMP/out" 2>"$TMP/err"
  RC=$?
}
expect_rc() { [ "$RC" -eq "$1" ] || fail "$2: exit code $RC, expected $1"; }
# stdout of a command without the runtime's own log lines
lines() { grep -v -e '^INFO:' -e 'BaseActivator log$' -e '^$' "$TMP/out" || true; }

CLI_CHECKS=1
if [ "${P2_TEST_SKIP_CLI_CHECKS:-}" = 1 ]; then
  CLI_CHECKS=0
elif ! grep -q 'sources' "$P/dangxiao" || ! grep -q 'report' "$P/dangxiao"; then
  # an unrouted command would open the workbench instead of printing
  fail "the start script $P/dangxiao does not route 'sources' and 'report' to the command line (set P2_TEST_SKIP_CLI_CHECKS=1 to skip those checks)"
fi
contributions() { # prints sources and reports, one per line, into $1
  : >"$1"
  [ $CLI_CHECKS = 1 ] || return 0
  dangxiao sources; expect_rc 0 "dangxiao sources"; lines >>"$1"
  dangxiao report --list; expect_rc 0 "dangxiao report --list"; lines >>"$1"
}

# 1. the product as built
plugins list
expect_rc 0 "plugins list on the product as built"
[ -z "$(lines)" ] || fail "the product as built lists user plug-ins: $(lines)"
contributions "$TMP/before"
ok "the product starts with p2 and has no user plug-ins"

if [ $# -gt 0 ]; then
  FEATURES="$*"
else
  plugins available "$REPO"
  expect_rc 0 "plugins available $REPO"
  FEATURES=$(lines | awk -F '\t' '$5 != "installed" { print $1 }' | tr '\n' ' ')
  [ -n "$FEATURES" ] || fail "$REPO offers no feature the product does not have"
fi
echo "p2-install: features: $FEATURES"
ls "$P/plugins" | sort >"$TMP/plugins-before"

# 2. install, restart, check
# shellcheck disable=SC2086
plugins install "$REPO" $FEATURES
expect_rc 0 "plugins install"
grep -q '^Installed: ' "$TMP/out" || fail "install printed no 'Installed:' line"
grep -q '^Restart' "$TMP/out" || fail "install did not say a restart is needed"
ok "installed $FEATURES"
ls "$P/plugins" | sort >"$TMP/plugins-after"
BUNDLES=$(comm -13 "$TMP/plugins-before" "$TMP/plugins-after" | sed -n 's/^\(.*\)_[^_]*\.jar$/\1/p; s/^\(.*\)_[^_]*$/\1/p' | sort -u | tr '\n' ' ')
[ -n "$BUNDLES" ] || fail "the install added no plug-in to $P/plugins"
NEW_JARS=$(comm -13 "$TMP/plugins-before" "$TMP/plugins-after" | grep '\.jar$' | tr '\n' ' ')

plugins list
expect_rc 0 "plugins list after install"
for f in $FEATURES; do
  lines | awk -F '\t' -v f="$f" '$1 == f || $1 ".feature.group" == f { found = 1 } END { exit !found }' \
    || fail "feature $f is not listed after the restart"
done
# shellcheck disable=SC2086
plugins bundle $BUNDLES
expect_rc 0 "the installed plug-ins ($BUNDLES) are resolved after the restart"
ok "after a restart the features are listed and their plug-ins ($BUNDLES) resolved"

contributions "$TMP/installed"
if [ $CLI_CHECKS = 1 ]; then
  [ "$(wc -l <"$TMP/installed")" -gt "$(wc -l <"$TMP/before")" ] \
    || fail "dangxiao sources / report --list list nothing new after the install"
  [ -z "${EXPECT_SOURCE:-}" ] || grep -qF "$EXPECT_SOURCE" "$TMP/installed" || fail "no source '$EXPECT_SOURCE' after the install"
  [ -z "${EXPECT_REPORT:-}" ] || grep -qF "$EXPECT_REPORT" "$TMP/installed" || fail "no report '$EXPECT_REPORT' after the install"
  sort "$TMP/before" >"$TMP/before.sorted"; sort "$TMP/installed" >"$TMP/installed.sorted"
  ok "the new importer and report are listed: $(comm -13 "$TMP/before.sorted" "$TMP/installed.sorted" | tr '\n' ';')"
fi

# 3. refusals
plugins install "$TMP/not-a-repository" $FEATURES
expect_rc 2 "installing from a folder that is no repository"
grep -q 'not a plug-in repository' "$TMP/err" || fail "no sentence for a folder that is no repository"
plugins install "$REPO" com.example.no.such.feature
expect_rc 2 "installing an unknown feature"
plugins uninstall org.dangxiao.ui.feature
expect_rc 1 "uninstalling part of the product"
grep -q 'part of the workbench' "$TMP/err" || fail "no sentence for uninstalling part of the product"
if grep -q -e 'Exception' -e '	at ' "$TMP/err"; then fail "a refusal printed a stack trace"; fi
ok "refusals are sentences with exit codes 2, 2, 1"

# 4. uninstall, restart, check
# shellcheck disable=SC2086
plugins uninstall $FEATURES
expect_rc 0 "plugins uninstall"
grep -q '^Uninstalled: ' "$TMP/out" || fail "uninstall printed no 'Uninstalled:' line"
plugins list
expect_rc 0 "plugins list after uninstall"
[ -z "$(lines)" ] || fail "still listed after the uninstall: $(lines)"
# shellcheck disable=SC2086
plugins bundle $BUNDLES
expect_rc 1 "the uninstalled plug-ins are gone after the restart"
for b in $BUNDLES; do
  grep -q "^$b," "$P/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" && fail "$b is still in bundles.info"
done
contributions "$TMP/uninstalled"
[ $CLI_CHECKS = 0 ] || cmp -s "$TMP/before" "$TMP/uninstalled" || fail "sources / reports differ from before the install"
ok "uninstalled; after a restart the plug-ins are gone"

# 5. dropins
mkdir -p "$P/dropins"
for j in $NEW_JARS; do
  src=$(find "$REPO" -name "$j" 2>/dev/null | head -n 1)
  if [ -z "$src" ] && [ -f "$REPO" ]; then # a zipped repository: take the jar from it
    mkdir -p "$TMP/unzipped"
    if command -v unzip >/dev/null; then unzip -q -o -j "$REPO" "*plugins/$j" -d "$TMP/unzipped" 2>/dev/null
    else (cd "$TMP/unzipped" && "$(dirname "$JAVA")/jar" xf "$REPO" && find . -name "$j" -exec cp {} . \;) 2>/dev/null; fi
    src="$TMP/unzipped/$j"
  fi
  [ -f "$src" ] || fail "cannot find $j in $REPO for the dropins test"
  cp "$src" "$P/dropins/"
done
# shellcheck disable=SC2086
plugins bundle $BUNDLES
expect_rc 0 "the plug-ins in dropins ($BUNDLES) are resolved at the first start"
plugins list
expect_rc 0 "plugins list with dropins"
lines | awk -F '\t' '$5 == "dropins folder" { found = 1 } END { exit !found }' || fail "nothing is listed as from the dropins folder"
first=$(echo "$BUNDLES" | cut -d' ' -f1)
plugins uninstall "$(lines | awk -F '\t' '$5 == "dropins folder" { print $1; exit }')"
expect_rc 1 "uninstalling a plug-in from dropins"
grep -q 'dropins' "$TMP/err" || fail "no sentence for uninstalling from dropins"
contributions "$TMP/dropped"
[ $CLI_CHECKS = 0 ] || [ "$(wc -l <"$TMP/dropped")" -gt "$(wc -l <"$TMP/before")" ] \
  || fail "dangxiao sources / report --list list nothing new with the plug-ins in dropins"
ok "plug-ins in dropins/ are resolved and listed after a restart ($first …), and not uninstalled from here"

rm -f "$P"/dropins/*.jar
# shellcheck disable=SC2086
plugins bundle $BUNDLES
expect_rc 1 "the plug-ins removed from dropins are gone after the restart"
plugins list
[ -z "$(lines)" ] || fail "still listed after removing them from dropins: $(lines)"
ok "removed from dropins/, gone after a restart"

echo "p2-install: all $PASSED checks passed"
