#!/usr/bin/env bash
# Builds torchmode-<version>.vsix at the repo root. vsce walks the whole folder it packages before it
# applies .vscodeignore, which here means .venv/ (torch) and .cache/ (code-server): minutes. So the files
# that ship are staged into out/vsix/ first and packaged from there (seconds). Offline.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(node -p "require('./package.json').version")
stage=out/vsix
test -f dist/extension.js || { echo "package: dist/extension.js missing (npm run build)" >&2; exit 1; }
test -f bundled/libs/torchmode/__init__.py || { echo "package: bundled/libs missing (scripts/bundle_libs.sh)" >&2; exit 1; }
rm -rf "$stage"
mkdir -p "$stage/dist" "$stage/images" "$stage/bundled"
cp package.json README.md LICENSE .vscodeignore "$stage/"
cp dist/extension.js "$stage/dist/"
cp images/icon.png "$stage/images/"
cp -r bundled/tool bundled/libs "$stage/bundled/"
find "$stage/bundled" -name __pycache__ -type d -prune -exec rm -rf {} +
# --allow-package-all-secrets/--allow-package-env-file skip vsce 3.x's secret scan: it reads all ~5,800 files
# (mostly jedi's typeshed stubs, third-party wheels from PyPI) and takes minutes; our own files are
# the bundle and the manifest. Its "consists of N files" warning is about those same stubs.
# README images are relative links; vsce rewrites them to the repository.
(cd "$stage" && "$OLDPWD/node_modules/.bin/vsce" package --no-dependencies --allow-package-all-secrets --allow-package-env-file --out "$OLDPWD/torchmode-$version.vsix") \
  2> >(grep -v "This extension consists of" >&2) | grep -v '^ *[│├└]'
