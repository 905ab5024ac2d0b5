#!/bin/sh
# pyro launcher: finds its install folder, then runs lib/pyro.jar on the shipped runtime with its
# AOT cache (the fastest start measured, see NATIVE.md), else on $JAVA_HOME or the java on PATH.
self=$0
while [ -L "$self" ]; do
  link=$(readlink "$self")
  case $link in /*) self=$link ;; *) self=$(dirname "$self")/$link ;; esac
done
home=$(cd "$(dirname "$self")/.." && pwd)
if [ -x "$home/runtime/bin/java" ]; then
  if [ -f "$home/lib/pyro.aot" ]; then
    exec "$home/runtime/bin/java" -XX:AOTCache="$home/lib/pyro.aot" -Xlog:aot=off -Xlog:cds=off \
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
