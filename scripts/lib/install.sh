# Installs what the test suite and the local tools need, idempotently. Sourced by scripts/test.

apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "installing Debian packages: ${missing[*]}"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}") >/dev/null
  fi
}

install_test_dependencies() {
  install_cosmos_emulator
  install_browser
}

# The browser tests drive Debian's chromium through Playwright (Playwright's own browser download fails here).
install_browser() {
  if [ ! -x /usr/bin/chromium ]; then
    apt_install chromium
  fi
}

# The Cosmos DB tests start @vercel/cosmosdb-server (tests/cosmos-emulator) themselves; it needs node and npm.
# npm ci runs only when the lock file changed since the last install (a stamp beside node_modules).
install_cosmos_emulator() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    apt_install nodejs npm
  fi
  local dir=tests/cosmos-emulator
  if ! cmp -s "$dir/package-lock.json" "$dir/node_modules/.installed-package-lock.json"; then
    echo "installing the Cosmos DB emulator (npm ci in $dir)"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    cp "$dir/package-lock.json" "$dir/node_modules/.installed-package-lock.json"
  fi
}
