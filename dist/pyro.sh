#!/bin/sh
# pyro launcher: finds its install folder, then runs lib/pyro.jar on the shipped runtime with its
# AOT cache (the fastest start measured, see NATIVE.md), else on $JAVA_HOME or the java on PATH.
self=$0
while [ -L "$self" ]; do
  link=$(readlink "$self")
  case $link in /*) self=$link ;; *) self=$(dirname "$self")/$link ;; esac
done
home=$(cd "$(dirname "$self")/.." && pwd)
# The JVM decodes arguments, environment and file names in the charset of LC_CTYPE: under C/POSIX
# or no locale at all (env -i, minimal Docker images) that is ASCII, and every other character
# would reach the server as U+FFFD. pyro's input is UTF-8 whatever the locale; neither
# -Dsun.jnu.encoding nor -Dfile.encoding changes how arguments are decoded, on JDK 17 or 25.
case ${LC_ALL:-${LC_CTYPE:-${LANG:-}}} in
  *[Uu][Tt][Ff]-8* | *[Uu][Tt][Ff]8*) ;;
  *) if [ -n "${LC_ALL:-}" ]; then export LC_ALL=C.UTF-8; else export LC_CTYPE=C.UTF-8; fi ;;
esac
# Whether Main answers the line without a command model (QuickAnswers): `--version`, or command
# words then --help/-h where picocli would print plain text (stdout not a terminal, no color forced).
# Such a line starts on the small cache made for it: the full one loads every trained class first.
quick_line() {
  if [ $# -eq 1 ] && { [ "$1" = --version ] || [ "$1" = -V ]; }; then return 0; fi
  [ $# -ge 1 ] && [ ! -t 1 ] || return 1
  case ${NO_COLOR+set}:${CLICOLOR_FORCE-0} in set:* | :0) ;; *) return 1 ;; esac
  while [ $# -gt 1 ]; do
    case $1 in -* | '') return 1 ;; esac
    shift
  done
  [ "$1" = --help ] || [ "$1" = -h ]
}
# Help on a terminal: picocli would size it by running stty from a thread it polls every 25 ms;
# the shell asks once, and picocli takes the width (at least its minimum, 55) as given.
width=
help_width() {
  for arg in "$@"; do last=$arg; done
  { [ "${last:-}" = --help ] || [ "${last:-}" = -h ]; } && [ -t 0 ] && [ -t 1 ] || return 0
  cols=$(stty size 2>/dev/null < /dev/tty) || return 0
  cols=${cols#* }
  case $cols in '' | *[!0-9]*) return 0 ;; esac
  [ "$cols" -ge 55 ] || cols=55
  width=-Dpicocli.usage.width=$cols
}
if [ -x "$home/runtime/bin/java" ]; then
  if [ -f "$home/lib/pyro.aot" ]; then
    cache=$home/lib/pyro.aot
    if [ -f "$home/lib/quick.aot" ] && quick_line "$@"; then
      cache=$home/lib/quick.aot
    fi
    help_width "$@"
    # The caches know the jar as /dev/fd/9 (dist/build-dist.sh), a name that resolves wherever
    # pyro is installed and run from; the JVM looks it up for every class the cache maps. A
    # descriptor 9 the caller passes in stays as it is, and the jar goes by its path.
    jar=$home/lib/pyro.jar
    if ! true 2>/dev/null 8<&9 && [ -r "$jar" ]; then
      exec 9<"$jar"
      [ ! -r /dev/fd/9 ] || jar=/dev/fd/9
    fi
    # The class-file API's stack map pass (2,767 bytes of bytecode) runs while the JDK spins method
    # handles at start; when C1 compiled it, in about half the runs, its compiler arena alone took
    # 6 MB of the ~58 MB peak, and the compile a few ms of the second core. It stays interpreted.
    no_jit=-XX:CompileCommand=exclude,jdk.internal.classfile.impl.StackMapGenerator::processBlock
    # shellcheck disable=SC2086 # $width is one word or none
    exec "$home/runtime/bin/java" -XX:AOTCache="$cache" -Xlog:aot=off -Xlog:cds=off \
      -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:CompileCommand=quiet "$no_jit" $width \
      -cp "$jar" ai.pyromind.pyro.Main "$@"
  fi
  exec "$home/runtime/bin/java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$home/lib/pyro.jar" ai.pyromind.pyro.Main "$@"
fi
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  java=$JAVA_HOME/bin/java
else
  java=java
fi
exec "$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -cp "$home/lib/pyro.jar" ai.pyromind.pyro.Main "$@"
