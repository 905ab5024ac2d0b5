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
if [ -x "$home/runtime/bin/java" ]; then
  if [ -f "$home/lib/pyro.aot" ]; then
    cache=$home/lib/pyro.aot
    # `--version` alone has a small cache of its own: the full one maps every trained class
    if [ $# -eq 1 ] && { [ "$1" = --version ] || [ "$1" = -V ]; } && [ -f "$home/lib/version.aot" ]; then
      cache=$home/lib/version.aot
    fi
    exec "$home/runtime/bin/java" -XX:AOTCache="$cache" -Xlog:aot=off -Xlog:cds=off \
      -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$home/lib/pyro.jar" ai.pyromind.pyro.Main "$@"
  fi
  exec "$home/runtime/bin/java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$home/lib/pyro.jar" ai.pyromind.pyro.Main "$@"
fi
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  java=$JAVA_HOME/bin/java
else
  java=java
fi
exec "$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -cp "$home/lib/pyro.jar" ai.pyromind.pyro.Main "$@"
