#!/bin/sh
# Installs pyro: from this checkout (building it if needed), or from a release archive whose
# SHA-256 is checked against SHA256SUMS first.
#
#   ./install.sh [--prefix DIR] [--archive FILE|URL] [--uninstall]
#
# --prefix DIR  where to install (default ~/.local): DIR/lib/pyro, the link DIR/bin/pyro,
#               completions under DIR/share/{bash-completion,zsh,fish}, man pages in
#               DIR/share/man/man1, the API description in DIR/share/doc/pyro
# --archive X   a pyro-VERSION-linux-x86_64.tar.gz file or URL; SHA256SUMS must sit beside it
# --uninstall   remove exactly what an earlier install put under the prefix
set -eu

prefix="${HOME}/.local"
archive=""
uninstall=false
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix=${2:?--prefix needs a directory}; shift 2 ;;
    --prefix=*) prefix=${1#--prefix=}; shift ;;
    --archive) archive=${2:?--archive needs a file or URL}; shift 2 ;;
    --archive=*) archive=${1#--archive=}; shift ;;
    --uninstall) uninstall=true; shift ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done

home="$prefix/lib/pyro"
manifest="$home/.installed"

say() { printf '%s\n' "$*"; }
die() { printf 'install.sh: %s\n' "$*" >&2; exit 1; }

remove_installed() {
  [ -f "$manifest" ] || return 0
  while IFS= read -r path; do
    case "$path" in
      "$prefix"/*) rm -f "$path" ;;
    esac
  done < "$manifest"
  rm -rf "$home"
}

if [ "$uninstall" = true ]; then
  [ -f "$manifest" ] || die "pyro is not installed under $prefix"
  remove_installed
  say "removed pyro from $prefix"
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

sha256() {
  if command -v sha256sum >/dev/null 2>&1; then sha256sum "$1" | cut -d' ' -f1
  else shasum -a 256 "$1" | cut -d' ' -f1; fi
}

if [ -n "$archive" ]; then
  name=$(basename "$archive")
  case "$archive" in
    http://*|https://*)
      base=${archive%/*}
      curl -fsSL "$archive" -o "$work/$name" || die "cannot download $archive"
      curl -fsSL "$base/SHA256SUMS" -o "$work/SHA256SUMS" || die "cannot download $base/SHA256SUMS"
      ;;
    *)
      [ -f "$archive" ] || die "no such archive: $archive"
      cp "$archive" "$work/$name"
      sums="$(dirname "$archive")/SHA256SUMS"
      [ -f "$sums" ] || die "no SHA256SUMS beside $archive"
      cp "$sums" "$work/SHA256SUMS"
      ;;
  esac
  expected=$(awk -v n="$name" '$2 == n || $2 == "*" n {print $1}' "$work/SHA256SUMS")
  [ -n "$expected" ] || die "SHA256SUMS lists no $name"
  actual=$(sha256 "$work/$name")
  [ "$actual" = "$expected" ] || die "checksum mismatch for $name: expected $expected, got $actual; nothing installed"
  mkdir "$work/unpacked"
  tar -xzf "$work/$name" -C "$work/unpacked"
  source_dir=$(find "$work/unpacked" -mindepth 1 -maxdepth 1 -type d | head -n 1)
  [ -x "$source_dir/bin/pyro" ] || die "$name does not hold a pyro distribution"
else
  here=$(cd "$(dirname "$0")" && pwd)
  source_dir="$here/target/dist/pyro"
  if [ ! -x "$source_dir/bin/pyro" ]; then
    command -v mvn >/dev/null 2>&1 || die "no build in target/dist and no Maven to make one"
    say "building pyro…"
    (cd "$here" && mvn -B -q -DskipTests package) || die "the build failed"
  fi
fi

# Copy first, then swap, so a failure leaves any earlier install as it was.
mkdir -p "$prefix/lib" "$prefix/bin"
rm -rf "$home.new"
cp -R "$source_dir" "$home.new"
remove_installed
mv "$home.new" "$home"

installed=""
place() { # source, target
  mkdir -p "$(dirname "$2")"
  cp "$1" "$2"
  installed="$installed$2
"
}
ln -sf "$home/bin/pyro" "$prefix/bin/pyro"
installed="$prefix/bin/pyro
"
place "$home/completions/pyro.bash" "$prefix/share/bash-completion/completions/pyro"
place "$home/completions/pyro.zsh" "$prefix/share/zsh/site-functions/_pyro"
place "$home/completions/pyro.fish" "$prefix/share/fish/vendor_completions.d/pyro.fish"
for doc in "$home"/docs/*; do
  [ -f "$doc" ] && place "$doc" "$prefix/share/doc/pyro/$(basename "$doc")"
done
for page in "$home"/man/man1/*.1; do
  [ -f "$page" ] && place "$page" "$prefix/share/man/man1/$(basename "$page")"
done
printf '%s' "$installed" > "$manifest"

say "installed pyro in $home ($("$prefix/bin/pyro" --version | head -n 1))"
case ":${PATH}:" in
  *":$prefix/bin:"*) ;;
  *) say "add it to your PATH: export PATH=\"$prefix/bin:\$PATH\"" ;;
esac
