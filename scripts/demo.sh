#!/usr/bin/env bash
# The main job on the bundled examples: findings, then the preferred fixes as a diff.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/torchmode check examples/ || true
echo
echo "--- preferred fixes (torchmode check --diff examples/) ---"
.venv/bin/torchmode check --diff examples/ || true
