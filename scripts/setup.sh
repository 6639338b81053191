#!/usr/bin/env bash
# Idempotent set-up: .venv/ with torchmode (editable) and the test tools.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.torchmode-setup
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/pip install -q --upgrade pip >/dev/null
  .venv/bin/pip install -q -e '.[test]'
  touch "$stamp"
fi
# Byte-compile our own modules: an editable install is not compiled by pip, and where
# PYTHONDONTWRITEBYTECODE is set (as on CI) every `torchmode` run would compile them again
# (65 ms of each start). Stale files are recompiled here, and Python ignores a stale one anyway.
.venv/bin/python -m compileall -q server/torchmode >/dev/null
