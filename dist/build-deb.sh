#!/bin/sh
# Packs target/dist/pyro (as build-dist.sh left it) into target/pyro_VERSION-1_amd64.deb: the
# runtime under /usr/lib/pyro, /usr/bin/pyro, completions in the shells' vendor folders, gzipped
# man pages, the Debian changelog and copyright. Only where dpkg-deb and the jlink'd runtime exist.
# Usage: dist/build-deb.sh VERSION   (run from the project root; Maven does it at package)
set -eu
version=$1
dist=target/dist/pyro
if ! command -v dpkg-deb >/dev/null 2>&1 || [ ! -x "$dist/runtime/bin/java" ]; then
  echo "build-deb: no dpkg-deb or no jlink'd runtime: no .deb"
  exit 0
fi
deb_version=$(sed -n '1s/^pyro (\(.*\)) .*/\1/p' dist/debian/changelog)
case $deb_version in
  "$version"-*) ;;
  *) echo "build-deb: dist/debian/changelog is at $deb_version, not $version-N: add an entry" >&2; exit 1 ;;
esac

root=target/deb/pyro
rm -rf target/deb target/pyro_*.deb
mkdir -p "$root/DEBIAN" "$root/usr/lib/pyro" "$root/usr/bin" "$root/usr/share/doc/pyro" \
  "$root/usr/share/man/man1" "$root/usr/share/bash-completion/completions" \
  "$root/usr/share/zsh/vendor-completions" "$root/usr/share/fish/vendor_completions.d" \
  "$root/usr/share/lintian/overrides"
# -p keeps the modification times: the AOT cache is only used with the very jar it was made from.
cp -Rp "$dist/bin" "$dist/lib" "$dist/runtime" "$root/usr/lib/pyro/"
rm -f "$root/usr/lib/pyro/runtime/.modules"
ln -s ../lib/pyro/bin/pyro "$root/usr/bin/pyro"
# sourced, never run: no #! line (lintian: bash-completion-with-hashbang)
sed '1{/^#!/d}' completions/pyro.bash > "$root/usr/share/bash-completion/completions/pyro"
cp completions/pyro.zsh "$root/usr/share/zsh/vendor-completions/_pyro"
cp completions/pyro.fish "$root/usr/share/fish/vendor_completions.d/pyro.fish"
for page in "$dist"/man/man1/*.1; do
  gzip -9n < "$page" > "$root/usr/share/man/man1/${page##*/}.gz"
done
gzip -9n < dist/debian/changelog > "$root/usr/share/doc/pyro/changelog.Debian.gz"
cp dist/debian/copyright "$root/usr/share/doc/pyro/copyright"
cp dist/debian/lintian-overrides "$root/usr/share/lintian/overrides/pyro"

find "$root" -type d -exec chmod 755 {} +
find "$root/usr" -type f ! -perm -u+x -exec chmod 644 {} +
find "$root/usr" -type f -perm -u+x -exec chmod 755 {} +
(cd "$root" && find usr -type f -exec md5sum {} + | LC_ALL=C sort -k2 > DEBIAN/md5sums)
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
# Depends: the runtime's native code needs glibc 2.17 and nothing else (objdump -p, -T).
cat > "$root/DEBIAN/control" <<EOF
Package: pyro
Version: $deb_version
Architecture: amd64
Maintainer: PyroMind <pyro@pyromind.ai>
Installed-Size: $size
Depends: libc6 (>= 2.17)
Section: utils
Priority: optional
Homepage: https://pyromind.ai
Description: command-line client of PyroMind, reinforcement learning as a service
 pyro drives the platform's sandboxes, instances, inference jobs and training
 jobs from a terminal, from shell scripts and from CI, and carries a local
 emulator of the whole API (pyro emulator) for trying it without an account.
 It brings its own Java runtime.
EOF
dpkg-deb --root-owner-group -Zxz --build "$root" "target/pyro_${deb_version}_amd64.deb" > /dev/null
echo "build-deb: target/pyro_${deb_version}_amd64.deb"
