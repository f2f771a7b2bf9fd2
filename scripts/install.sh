#!/usr/bin/env bash
# Builds assess (release) and puts it on the PATH with its default templates, so that `assess …` works as
# written from any folder:
#   $PREFIX/lib/assess/bin/assess (+ its resource bundles), $PREFIX/lib/assess/Templates/,
#   $PREFIX/bin/assess → the binary (a symbolic link; the binary finds Templates/ by walking up from its real path).
# PREFIX: /usr/local as root, else ~/.local (make sure ~/.local/bin is on your PATH). Run again to update.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" = 0 ]; then bash scripts/ensure-deps.sh; fi
prefix="${PREFIX:-}"
if [ -z "$prefix" ]; then
  if [ "$(id -u)" = 0 ]; then prefix=/usr/local; else prefix="$HOME/.local"; fi
fi
swift build -c release --product assess
built="$(swift build -c release --show-bin-path)"
home="$prefix/lib/assess"
staging="$prefix/lib/.assess-install-$$"
trap 'rm -rf "$staging"' EXIT
rm -rf "$staging"
mkdir -p "$staging/bin" "$prefix/bin"
cp "$built/assess" "$staging/bin/assess"
for bundle in "$built"/*.resources; do
  [ -e "$bundle" ] && cp -R "$bundle" "$staging/bin/"
done
cp -R Templates "$staging/Templates"
# Replace the installed copy in one step, then point $PREFIX/bin/assess at it.
rm -rf "$home.old"
if [ -e "$home" ]; then mv "$home" "$home.old"; fi
mv "$staging" "$home"
rm -rf "$home.old"
ln -sfn "$home/bin/assess" "$prefix/bin/assess"
echo "assess installed: $prefix/bin/assess (templates: $home/Templates)"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "note: $prefix/bin is not on your PATH; add it, e.g. export PATH=\"$prefix/bin:\$PATH\"" >&2 ;;
esac
