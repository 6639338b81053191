#!/usr/bin/env bash
# The main job on the bundled examples (scripts and notebooks): findings, then the preferred
# fixes as a diff. Checking needs only torchmode's own dependencies (pygls, jedi, pathspec), so a
# fresh .venv gets `pip install -e .` — not the test extra, whose torch is hundreds of MB.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
# scripts/setup.sh's stamp means the full test set-up is there already (a superset).
for stamp in .venv/.torchmode-setup .venv/.torchmode-demo; do
  if [ -f "$stamp" ] && [ ! pyproject.toml -nt "$stamp" ]; then ready=1; fi
done
if [ -z "${ready:-}" ]; then
  .venv/bin/pip install -q -e .
  touch .venv/.torchmode-demo
fi
.venv/bin/torchmode check examples/ || true
echo
echo "--- preferred fixes (torchmode check --diff examples/) ---"
.venv/bin/torchmode check --diff examples/ || true
