#!/usr/bin/env bash
# The whole test suite: Python engine/CLI/guard/LSP/editor tests, then the VS Code extension.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
status=0
.venv/bin/python -m pytest -q -p no:cacheprovider "$@" || status=$?
if [ -f scripts/test_extension.sh ] && [ $# -eq 0 ]; then
  bash scripts/test_extension.sh || status=$?
fi
exit $status
