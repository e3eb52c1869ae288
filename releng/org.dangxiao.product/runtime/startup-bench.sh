#!/usr/bin/env bash
# startup-bench.sh PRODUCT_DIR [ROUNDS]
#
# Time from start to a visible window: the workbench against a bare SWT shell, both on the Java
# runtime inside the product (PRODUCT_DIR/jre, see add-runtime.sh), on the same X display, in one run.
# After one warm-up round that is not counted, ROUNDS times (default 5) in turn:
#   bare     BareShell (bundles/org.dangxiao.bench/startup: a Display and an empty Shell) on PRODUCT_DIR/jre
#   fresh    the product's start script on a new, empty workspace seeded with the demo (it creates the
#            H2 database and imports the demo: 486 organizations, 4,763 people)
#   reopen   the product again on the workspace `fresh` just made (the everyday start)
# Each start is timed from just before the process is spawned until X reports its top-level window
# mapped (xwininfo: IsViewable, polled every 20 ms; ./dx run polls every 50 ms); then the process
# is ended. The CPU time the process had used by that moment is noted too: on a shared machine it
# moves less with other people's load than wall time does. Prints the medians and the ratios to the
# bare shell, and the load average around the run.
#
# It works on a copy of PRODUCT_DIR in a temporary folder (a start writes the OSGi cache into
# configuration/), with HOME pointed there too. Without DISPLAY it starts a private Xvfb.
# BareShell is compiled with the build JDK's javac (the linked runtime has none) against the
# product's own SWT jar. BENCH_KEEP=1 keeps the temporary folder and its logs.
set -euo pipefail

say() { printf '[startup-bench] %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

[ $# -ge 1 ] || die "usage: startup-bench.sh PRODUCT_DIR [ROUNDS]"
PRODUCT_DIR="$1"; ROUNDS="${2:-5}"
case "$ROUNDS" in ''|*[!0-9]*|0) die "ROUNDS must be a whole number of at least 1, not '$ROUNDS'." ;; esac
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
SOURCE="$ROOT/bundles/org.dangxiao.bench/startup/BareShell.java"
SEED="${DANGXIAO_SEED:-$ROOT/seeds/demo}"
[ -x "$PRODUCT_DIR/dangxiao" ] || die "$PRODUCT_DIR is not a Linux product folder: it has no start script 'dangxiao'."
[ -x "$PRODUCT_DIR/jre/bin/java" ] || die "$PRODUCT_DIR has no runtime jre/bin/java: run add-runtime.sh $PRODUCT_DIR linux first."
[ -f "$SOURCE" ] || die "BareShell.java not found at $SOURCE."
[ -d "$SEED" ] || die "the demo seed $SEED is missing (set DANGXIAO_SEED)."
for tool in xwininfo:x11-utils Xvfb:xvfb; do
  command -v "${tool%%:*}" >/dev/null || die "${tool%%:*} is missing: apt-get install ${tool#*:}"
done

# the build JDK, only to compile BareShell
java_major() { "$1" -version 2>&1 | sed -n 's/.* version "\([0-9]*\).*/\1/p' | head -n 1; }
JDK=""
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 21 ] 2>/dev/null; then
  JDK="$JAVA_HOME"
else
  for j in /usr/lib/jvm/*/bin/javac; do
    [ -x "$j" ] || continue; m=$(java_major "${j%/bin/javac}/bin/java")
    if [ -n "$m" ] && [ "$m" -ge 21 ]; then JDK="${j%/bin/javac}"; fi
  done
fi
[ -n "$JDK" ] || die "no JDK 21+ with javac to compile BareShell (JAVA_HOME or /usr/lib/jvm)."

WORK="$(mktemp -d /tmp/dangxiao-startup.XXXXXX)"
APP_PID=""; XVFB_PID=""; MS=0; CPU=0
cleanup() {
  if [ -n "$APP_PID" ]; then kill -9 "$APP_PID" 2>/dev/null || true; fi
  if [ -n "$XVFB_PID" ]; then kill "$XVFB_PID" 2>/dev/null || true; fi
  if [ "${BENCH_KEEP:-}" = 1 ]; then say "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

cp -a "$PRODUCT_DIR" "$WORK/product"
PRODUCT="$WORK/product"
JAVA="$PRODUCT/jre/bin/java"
export HOME="$WORK/home"; mkdir -p "$HOME"
unset JAVA_HOME DANGXIAO_WORKSPACE
SWT_JAR=$(ls "$PRODUCT"/plugins/org.eclipse.swt.gtk.linux.x86_64_*.jar | head -n 1)
"$JDK/bin/javac" --release 21 -nowarn -d "$WORK/bareshell" -cp "$SWT_JAR" "$SOURCE" \
  || die "BareShell does not compile against $SWT_JAR."

if [ -z "${DISPLAY:-}" ]; then
  # -displayfd: Xvfb takes a free display number itself, so a parallel ./dx test cannot race for it
  Xvfb -displayfd 9 -screen 0 1440x900x24 -nolisten tcp 9>"$WORK/display" >"$WORK/xvfb.log" 2>&1 &
  XVFB_PID=$!
  for _ in $(seq 100); do [ -s "$WORK/display" ] && break; sleep 0.1; done
  [ -s "$WORK/display" ] && kill -0 "$XVFB_PID" 2>/dev/null || die "Xvfb did not start (see $WORK/xvfb.log)."
  export DISPLAY=":$(head -n 1 "$WORK/display")"
fi

# wait_window TITLE_REGEX START_NS LOG: sets MS to the milliseconds from START_NS until a top-level
# window whose title matches is mapped, and CPU to the process's CPU milliseconds at that moment;
# stops if the process exits or 60 s pass
wait_window() {
  local id
  for _ in $(seq 3000); do
    id=$(xwininfo -root -tree 2>/dev/null | grep -E "$1" | awk '{print $1}' | head -n 1 || true)
    if [ -n "$id" ] && xwininfo -id "$id" 2>/dev/null | grep -q IsViewable; then
      MS=$(( ($(date +%s%N) - $2) / 1000000 ))
      # CPU time the process (all its threads) has used by then: steadier than wall time on a busy machine
      CPU=$(sed 's/.*) //' "/proc/$APP_PID/stat" | awk -v hz="$(getconf CLK_TCK)" '{print int(($12 + $13) * 1000 / hz)}')
      return 0
    fi
    kill -0 "$APP_PID" 2>/dev/null || { tail -n 20 "$3" >&2; die "the process exited before its window showed (log above)."; }
    sleep 0.02
  done
  die "no window after 60 s (log: $3)"
}

# stop: end the started process as a user closing it would (TERM runs the shutdown hooks, so H2
# closes the workspace cleanly for the reopen run), KILL after 15 s
stop() {
  kill "$APP_PID" 2>/dev/null || true
  for _ in $(seq 150); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$APP_PID" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
  if [ -n "${SCRIPT_PID:-}" ]; then wait "$SCRIPT_PID" 2>/dev/null || true; SCRIPT_PID=""; fi
  APP_PID=""
}

# the same runtime for both: refuse to report if the start script picked another java
check_runtime() {
  local exe; exe=$(readlink -f "/proc/$APP_PID/exe" 2>/dev/null || true)
  [ "$exe" = "$(readlink -f "$JAVA")" ] || die "the product ran on '$exe', not on $JAVA: the start script did not use the product's runtime."
}

bare() { # LOG; sets MS
  local t0; t0=$(date +%s%N)
  "$JAVA" -Xms128m --enable-native-access=ALL-UNNAMED -cp "$WORK/bareshell:$SWT_JAR" org.dangxiao.bench.BareShell "BareShell startup reference" 120 >"$1" 2>&1 &
  APP_PID=$!
  wait_window 'BareShell startup reference' "$t0" "$1"
  stop
}

workbench() { # WORKSPACE LOG; sets MS
  local t0; t0=$(date +%s%N)
  # the start script prefers the runtime in $DIR/jre; check_runtime verifies it did
  "$PRODUCT/dangxiao" --workspace "$1" --seed "$SEED" --lang zh_CN >"$2" 2>&1 &
  APP_PID=$!
  # the start script runs java as its child (it starts it again after 立即重启): time and stop that
  local child=""
  for _ in $(seq 500); do
    child=$(pgrep -P "$APP_PID" 2>/dev/null | head -n 1 || true)
    [ -n "$child" ] && break
    sleep 0.01
  done
  if [ -n "$child" ]; then SCRIPT_PID=$APP_PID; APP_PID=$child; fi
  wait_window '党校学习培训工作台|Dangxiao Workbench' "$t0" "$2"
  check_runtime
  stop
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
secs() { awk -v ms="$1" 'BEGIN {printf "%.2f s", ms/1000}'; }

say "runtime: $JAVA ($("$JAVA" -version 2>&1 | head -n 1)); display $DISPLAY; load average $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
say "warm-up round (not counted): OSGi cache, SWT's native libraries, file cache"
bare "$WORK/bare-0.log"
workbench "$WORK/ws-0" "$WORK/fresh-0.log"
workbench "$WORK/ws-0" "$WORK/reopen-0.log"

: >"$WORK/bare.ms"; : >"$WORK/fresh.ms"; : >"$WORK/reopen.ms"
: >"$WORK/bare.cpu"; : >"$WORK/fresh.cpu"; : >"$WORK/reopen.cpu"
LOAD0=$(cut -d' ' -f1 /proc/loadavg)
for i in $(seq "$ROUNDS"); do
  bare "$WORK/bare-$i.log"; b=$MS; echo "$MS" >>"$WORK/bare.ms"; echo "$CPU" >>"$WORK/bare.cpu"
  workbench "$WORK/ws-$i" "$WORK/fresh-$i.log"; f=$MS; echo "$MS" >>"$WORK/fresh.ms"; echo "$CPU" >>"$WORK/fresh.cpu"
  workbench "$WORK/ws-$i" "$WORK/reopen-$i.log"; r=$MS; echo "$MS" >>"$WORK/reopen.ms"; echo "$CPU" >>"$WORK/reopen.cpu"
  say "round $i/$ROUNDS: bare shell $(secs "$b"), workbench fresh $(secs "$f"), reopened $(secs "$r") (load $(cut -d' ' -f1 /proc/loadavg))"
  rm -rf "$WORK/ws-$i"
done
LOAD1=$(cut -d' ' -f1 /proc/loadavg)

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f×", a/b}'; }
B=$(median <"$WORK/bare.ms"); F=$(median <"$WORK/fresh.ms"); R=$(median <"$WORK/reopen.ms")
BC=$(median <"$WORK/bare.cpu"); FC=$(median <"$WORK/fresh.cpu"); RC=$(median <"$WORK/reopen.cpu")
printf '\nStart to visible window, median of %s, same runtime (%s), same display %s, one run\n' "$ROUNDS" "$("$JAVA" -version 2>&1 | head -n 1)" "$DISPLAY"
printf '(load average %s at the first round, %s after the last, on %s cores):\n' "$LOAD0" "$LOAD1" "$(nproc)"
printf '  %-48s %9s %9s   %s\n' "" "wall" "CPU" "wall / CPU against the bare shell"
printf '  %-48s %9s %9s\n' "bare SWT shell (BareShell)" "$(secs "$B")" "$(secs "$BC")"
printf '  %-48s %9s %9s   %s / %s\n' "workbench, new demo workspace (creates, imports)" "$(secs "$F")" "$(secs "$FC")" "$(ratio "$F" "$B")" "$(ratio "$FC" "$BC")"
printf '  %-48s %9s %9s   %s / %s\n' "workbench, reopening that workspace" "$(secs "$R")" "$(secs "$RC")" "$(ratio "$R" "$B")" "$(ratio "$RC" "$BC")"
printf '  (wall ms: bare %s; fresh %s; reopen %s)\n' "$(tr '\n' ' ' <"$WORK/bare.ms")" "$(tr '\n' ' ' <"$WORK/fresh.ms")" "$(tr '\n' ' ' <"$WORK/reopen.ms")"
