#!/bin/bash
# Re-label every entry (guard + plain python) and print a compact report.
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
for e in $(grep -rl --include=*.py --include=*.ipynb "expect: \(crash\|clean\)" . | grep -v _tools | sed 's|^\./||' | sort); do
  "$ROOT/_tools/label.sh" "$e"
done
find "$ROOT" -name __pycache__ -prune -exec rm -rf {} \;
