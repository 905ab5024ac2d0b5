#!/bin/sh
# Finishes target/dist/pyro after Maven has built lib/pyro.jar: a jlink'd Temurin 25 runtime and
# a JDK 25 AOT cache made by a training run on that runtime (both only where Temurin 25 is
# installed; elsewhere the launcher runs the default JDK), the docs (with docs/openapi.yaml, the
# API pyro drives), completions and man pages,
# then the release archive and its checksum.
# Usage: dist/build-dist.sh VERSION   (run from the project root; Maven does it at package)
set -eu
version=$1
dist=target/dist/pyro
jdk25=${PYRO_JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
modules=$(cat dist/jlink-modules.txt)
# The runtime's layout, measured in bench/RESULTS.md ("Smaller to ship"): no default CDS archives
# (the AOT cache replaces them), constant strings shared in lib/modules (--compress=1: deprecated,
# but zip-6 makes lib/modules 4.7 MB smaller and the archive 4.3 MB larger, past its 35 MB), no
# debug symbols, no Unicode character names (Character.getName, regex \N{...}: pyro uses neither).
jlink_options="--strip-debug --no-man-pages --no-header-files --compress=1 --exclude-resources=/java.base/java/lang/uniName.dat"
# What only a JDK's tools read: the class list default CDS archives are dumped from, the jrt file
# system for other JDKs, keytool and jwebserver, jexec, signal chaining (libjsig), the foreign
# linker's library lookup; and the SIMD sort, which only C2 calls (the launcher stops at C1; without
# the library the JVM skips those stubs silently).
unused="lib/classlist lib/jrt-fs.jar bin/keytool bin/jwebserver lib/jexec lib/libjsig.so
  lib/server/libjsig.so lib/libsyslookup.so lib/libsimdsort.so"

if [ -x "$jdk25/bin/jlink" ]; then
  stamp="$dist/runtime/.modules"
  if [ ! -x "$dist/runtime/bin/java" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$modules $jlink_options $unused" ]; then
    rm -rf "$dist/runtime"
    # shellcheck disable=SC2086 # the options are words
    "$jdk25/bin/jlink" --add-modules "$modules" $jlink_options --output "$dist/runtime" 2>&1 \
      | grep -v 'argument for --compress is deprecated' || true
    [ -x "$dist/runtime/bin/java" ] || { echo "build-dist: jlink failed" >&2; exit 1; }
    if command -v strip >/dev/null 2>&1; then
      find "$dist/runtime" -type f \( -name '*.so' -o -perm -u+x \) \
        -exec strip --strip-unneeded --remove-section=.comment {} +
    fi
    for file in $unused; do rm -f "$dist/runtime/$file"; done
    printf '%s' "$modules $jlink_options $unused" > "$stamp"
  fi
  rm -f "$dist/lib/pyro.aot" "$dist/lib/version.aot" "$dist/lib/quick.aot"
  train_dir=$(mktemp -d)
  PYRO_EMULATOR_TOKEN=training PYRO_CONFIG="$train_dir/config.yaml" \
    "$dist/runtime/bin/java" -cp "$dist/lib/pyro.jar" ai.pyromind.pyro.Main emulator start --port 0 \
    --speed 1000 --data "$train_dir" > "$train_dir/emulator.out" 2>&1 &
  emulator=$!
  trap 'kill "$emulator" 2>/dev/null || true; rm -rf "$train_dir"' EXIT
  i=0
  until [ -s "$train_dir/emulator.url" ] || [ $i -ge 300 ]; do sleep 0.1; i=$((i + 1)); done
  # The cache must be made by the runtime that ships, with the flags the launcher uses. Without
  # the training run's method profiles (AOTRecordTraining): they serve C2 alone, and the launcher
  # stops at C1; the caches are 0.7 MB smaller and start-up is faster (bench/RESULTS.md, stop 19).
  no_profiles="-XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining"
  # Each cache names the jar as the launcher passes it, /dev/fd/9 (dist/pyro.sh). A cache records
  # its class path, and the JVM looks that path up as the code source of every class it maps: a
  # path that does not resolve where pyro runs (this folder, once installed elsewhere, or a
  # relative one from another directory) costs an exception per class, ~550 per start (stop 21).
  # -XX:AOTCacheOutput would assemble in a child JVM, which has no descriptor 9: so two steps.
  aot_cache() { # CACHE MAIN-CLASS: trains MAIN-CLASS and writes CACHE
    # shellcheck disable=SC2086 # the options are words
    "$dist/runtime/bin/java" $no_profiles -XX:AOTMode=record -XX:AOTConfiguration="$train_dir/aot.conf" \
      -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:aot=error -Xlog:cds=error \
      -cp /dev/fd/9 "$2" 9<"$dist/lib/pyro.jar" > /dev/null
    # shellcheck disable=SC2086
    "$dist/runtime/bin/java" $no_profiles -XX:AOTMode=create -XX:AOTConfiguration="$train_dir/aot.conf" \
      -XX:AOTCache="$1" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:aot=error -Xlog:cds=error \
      -cp /dev/fd/9 9<"$dist/lib/pyro.jar" > /dev/null
    rm -f "$train_dir/aot.conf"
  }
  (
    PYRO_API_URL=$(cat "$train_dir/emulator.url") && export PYRO_API_URL PYRO_TOKEN=training
    aot_cache "$dist/lib/pyro.aot" ai.pyromind.pyro.aot.TrainingRun
  )
  # `pyro --version` and stored help pages, the commonest probes, load a tenth of those classes:
  # their own small cache starts them ~2x faster than the full one, which maps every trained class
  # (bench/RESULTS.md). Its training prints them as Main does, into nothing.
  aot_cache "$dist/lib/quick.aot" ai.pyromind.pyro.aot.QuickTraining
  kill "$emulator" 2>/dev/null || true
else
  rm -rf "$dist/runtime" "$dist/lib/pyro.aot" "$dist/lib/quick.aot"
  echo "build-dist: no Temurin 25 at $jdk25: the launcher will run the default JDK (no jlink runtime, no AOT cache)"
fi

# Asciidoctor's manpage preamble has a groff-only block (www.tmac, LINKSTYLE) that mandoc
# reports as errors; the pages have no links, so it goes.
for page in target/man/man1/*.1; do
  [ -f "$page" ] || continue
  awk '/^\.if \\n\[\.g\] \\\{\\$/ {skip = 1} !skip {print} skip && /^\.\\}$/ {skip = 0}' "$page" > "$page.tmp"
  mv "$page.tmp" "$page"
done

cp README.md LICENSE "$dist/"
rm -rf "$dist/completions" "$dist/man" "$dist/docs"
mkdir -p "$dist/docs"
cp docs/openapi.yaml "$dist/docs/"
cp -R completions "$dist/completions"
if [ -d target/man ]; then cp -R target/man "$dist/man"; fi

archive="pyro-$version-linux-x86_64.tar.gz"
rm -rf "target/pyro-$version"
cp -R "$dist" "target/pyro-$version"
tar -C target -czf "target/$archive" "pyro-$version"
rm -rf "target/pyro-$version"
echo "build-dist: target/$archive"
sh dist/build-deb.sh "$version"
(
  cd target
  set -- "$archive"
  for deb in pyro_*.deb; do [ -f "$deb" ] && set -- "$@" "$deb"; done
  sha256sum "$@" > SHA256SUMS
)
