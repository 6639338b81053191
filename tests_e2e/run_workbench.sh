#!/usr/bin/env bash
# End-to-end test of the built .vsix in the real VS Code workbench: code-server (pinned, from npm) in
# headless Debian Chromium driven by playwright-core. Installs what is missing (tests_e2e/install_tools.sh)
# and fails when it cannot. Screenshots and logs go to test-artifacts/workbench/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
version=$(node -p "require('./package.json').version")
vsix="$root/torchmode-$version.vsix"
test -f "$vsix" || { echo "workbench: $vsix not built" >&2; exit 1; }
# importStrategy fromEnvironment is tried with the project's own environment (scripts/setup.sh makes it).
venv_python="$root/.venv/bin/python"
test -x "$venv_python" || { echo "workbench: $venv_python missing (run scripts/setup.sh)" >&2; exit 1; }

eval "$(bash tests_e2e/install_tools.sh)"
art="$root/test-artifacts/workbench"
rm -rf "$art"; mkdir -p "$art"

scratch=$(mktemp -d /tmp/tm-workbench.XXXXXX)
ws="$scratch/workspace"
mkdir -p "$ws" "$scratch/data/User" "$scratch/extensions" "$scratch/xdg-config" "$scratch/xdg-data"
cp tests_e2e/fixtures/workspace/*.py "$ws/"
# Quiet workbench: no welcome page, tips, trust prompt, update checks or AI side panels in the screenshots.
cat > "$scratch/data/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "security.workspace.trust.enabled": false,
  "extensions.ignoreRecommendations": true,
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "telemetry.telemetryLevel": "off",
  "chat.disableAIFeatures": true,
  "window.restoreWindows": "none",
  "files.autoSave": "off",
  "editor.minimap.enabled": false,
  "torchmode.trace.server": "messages"
}
JSON

export XDG_CONFIG_HOME="$scratch/xdg-config" XDG_DATA_HOME="$scratch/xdg-data"
node_bin=$(dirname "$NODE24")
cs() { PATH="$node_bin:$PATH" "$CODE_SERVER" --user-data-dir "$scratch/data" --extensions-dir "$scratch/extensions" "$@"; }

t0=$(date +%s)
cs --install-extension "$vsix" > "$art/install-extension.log" 2>&1 || { cat "$art/install-extension.log" >&2; exit 1; }
ls "$scratch/extensions" | grep -q "^torchmode.torchmode-$version" || { echo "workbench: the .vsix did not install" >&2; exit 1; }

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# Own session and process group, so the extension host and the server it starts end with it.
setsid bash -c 'exec "$@"' _ env PATH="$node_bin:$PATH" "$CODE_SERVER" --auth none --bind-addr "127.0.0.1:$port" \
  --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override \
  --user-data-dir "$scratch/data" --extensions-dir "$scratch/extensions" "$ws" > "$art/code-server.log" 2>&1 &
cs_pid=$!
cleanup() {
  kill -- "-$cs_pid" 2>/dev/null || true
  sleep 1
  kill -9 -- "-$cs_pid" 2>/dev/null || true
  # The workbench's logs, with the extension's output channel (…/output_logging_*/N-torchmode.log).
  cp -r "$scratch/data/logs" "$art/logs" 2>/dev/null || true
  rm -rf "$scratch"
}
trap cleanup EXIT
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  kill -0 "$cs_pid" 2>/dev/null || { cat "$art/code-server.log" >&2; echo "workbench: code-server exited" >&2; exit 1; }
  sleep 0.5
done
echo "   code-server $port up after $(( $(date +%s) - t0 )) s"

WORKBENCH_URL="http://127.0.0.1:$port/?folder=$ws" WORKSPACE="$ws" ARTIFACTS="$art" LOGS_DIR="$scratch/data/logs" VENV_PYTHON="$venv_python" \
PLAYWRIGHT_CORE="$PLAYWRIGHT_CORE" CHROMIUM="$CHROMIUM" \
  "$NODE24" tests_e2e/workbench.mjs
