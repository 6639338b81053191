#!/usr/bin/env bash
# The VS Code extension's part of the test command: build (npm ci, type check, lint, esbuild), client
# unit tests, bundle the Python server, package the .vsix (offline), check the server inside the .vsix
# over LSP, then the end-to-end test in the real VS Code workbench (code-server + Chromium).
# Steps print their wall time; any failure fails the script (nothing is skipped).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { STEP_NAME=$1; STEP_START=$(date +%s%N); echo "== extension: $1"; }
done_step() {
  local ms=$(( ($(date +%s%N) - STEP_START) / 1000000 ))
  printf '== extension: %s ok (%d.%d s)\n' "$STEP_NAME" $((ms / 1000)) $((ms % 1000 / 100))
}

node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 20 ]; then echo "extension: Node >= 20 needed, found $(node --version)" >&2; exit 1; fi

step "npm ci"; npm ci --no-audit --no-fund --loglevel=error; done_step
step "type check (tsc --noEmit)"; npx tsc --noEmit -p .; done_step
step "lint (eslint)"; npx eslint client; done_step
step "bundle client (esbuild)"; node esbuild.mjs --production --tests; done_step
step "client unit tests"; node --test --test-reporter=dot out/test/*.test.js; done_step
step "bundle Python server (bundled/libs)"; bash scripts/bundle_libs.sh; done_step
step "package .vsix (vsce)"; bash client/tools/package.sh >/dev/null
version=$(node -p "require('./package.json').version")
test -f "torchmode-$version.vsix"
python3 -c 'import sys, zipfile; print("\n".join(" " + n for n in zipfile.ZipFile(sys.argv[1]).namelist()))' \
  "torchmode-$version.vsix" > out/vsix-contents.txt
for f in extension/dist/extension.js extension/bundled/tool/launcher.py extension/bundled/libs/torchmode/__main__.py \
         extension/bundled/libs/pygls/__init__.py extension/bundled/libs/jedi/__init__.py extension/images/icon.png; do
  grep -q " $f\$" out/vsix-contents.txt || { echo "extension: $f missing from the .vsix" >&2; exit 1; }
done
if grep -qE " extension/(node_modules|client|server|tests?|\.venv|\.cache)/" out/vsix-contents.txt; then
  echo "extension: the .vsix holds sources or dev files" >&2; exit 1
fi
echo "   torchmode-$version.vsix: $(du -h "torchmode-$version.vsix" | cut -f1)"; done_step
step "server inside the .vsix over LSP"; node --test --test-reporter=dot tests_e2e/vsix_server.test.mjs; done_step
step "workbench end-to-end (code-server + Chromium)"; bash tests_e2e/run_workbench.sh; done_step
