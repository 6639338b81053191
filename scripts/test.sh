#!/usr/bin/env bash
# The whole test suite: Python engine/CLI/guard/LSP/editor tests, then the VS Code extension.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
status=0
if [ $# -eq 0 ]; then
  # The browser tools first (Debian Chromium, node, code-server, playwright-core; cached): the JupyterLab test
  # drives Chromium and would skip without it on a fresh machine; the workbench step below uses them too.
  bash tests_e2e/install_tools.sh >/dev/null || status=$?
fi
.venv/bin/python -m pytest -q -p no:cacheprovider "$@" || status=$?
if [ -f scripts/test_extension.sh ] && [ $# -eq 0 ]; then
  bash scripts/test_extension.sh || status=$?
fi
exit $status
