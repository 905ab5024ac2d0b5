#!/bin/sh
# pyro launcher: finds its own install folder, then runs lib/pyro.jar on the best runtime there is.
set -e
self=$0
while [ -L "$self" ]; do
  link=$(readlink "$self")
  case $link in /*) self=$link ;; *) self=$(dirname "$self")/$link ;; esac
done
home=$(cd "$(dirname "$self")/.." && pwd)
if [ -x "$home/runtime/bin/java" ]; then
  java="$home/runtime/bin/java"
elif [ -n "$JAVA_HOME" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  java="$JAVA_HOME/bin/java"
else
  java=java
fi
exec "$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -jar "$home/lib/pyro.jar" "$@"
