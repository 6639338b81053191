#!/usr/bin/env bash
# Fills bundled/libs (git-ignored) with torchmode and its pure-Python dependencies, so the .vsix runs the
# server with any Python >= 3.10 and no pip install. Dependencies are resolved for Python 3.10 (the oldest
# supported), which pulls in the backports 3.10 needs; pure wheels work unchanged on newer Pythons.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-}
if [ -z "$PY" ]; then
  if [ -x .venv/bin/python ]; then PY=.venv/bin/python; else PY=python3; fi
fi
wheels=$(mktemp -d)
trap 'rm -rf "$wheels"' EXIT
rm -rf bundled/libs
# torchmode itself, built as a regular (non-editable) wheel from this checkout.
# The build interpreter's own setuptools when it has one (no isolated build env to set up: faster).
isolation=()
if "$PY" -c 'import setuptools, sys; sys.exit(int(setuptools.__version__.split(".")[0]) < 68)' 2>/dev/null; then
  isolation=(--no-build-isolation)
fi
"$PY" -m pip wheel -q --no-deps "${isolation[@]}" --wheel-dir "$wheels" . 2> >(grep -v "is ignored: it is neither" >&2)
# pip evaluates environment markers against the running interpreter, not --python-version, so the
# backports Python 3.10 needs (cattrs: exceptiongroup; tomllib: tomli) are named explicitly.
"$PY" -m pip install -q --target bundled/libs --no-compile \
  --python-version 3.10 --implementation py --only-binary=:all: "$wheels"/torchmode-*.whl 'exceptiongroup>=1.1.1' 'tomli>=1.1.0' \
  2> >(grep -v "is ignored: it is neither a file nor a directory" >&2)
# Console scripts point at the build interpreter; the extension never uses them.
rm -rf bundled/libs/bin
find bundled/libs -name __pycache__ -type d -prune -exec rm -rf {} +
test -f bundled/libs/torchmode/__init__.py
for dep in pygls lsprotocol jedi parso attrs cattrs; do
  test -d "bundled/libs/$dep" || { echo "bundle_libs: $dep missing from bundled/libs" >&2; exit 1; }
done
echo "bundled/libs: $(ls bundled/libs | grep -vc dist-info) packages, $(du -sh bundled/libs | cut -f1)"
