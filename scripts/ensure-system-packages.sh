#!/usr/bin/env bash
# Installs what `make test` needs from the system when absent: the servers the test session
# starts (throwaway PostgreSQL and Redis; it never uses servers already running on the
# standard ports) and a C compiler with Python's headers, for the compiled enrichment engine
# (setup.py; FOYER_PURE_PYTHON=1 skips it).
set -euo pipefail
PYTHON="${PYTHON:-python3}"
missing=()
if [ -z "${FOYER_TEST_POSTGRES_URL:-}" ] || [ -z "${FOYER_TEST_REDIS_URL:-}" ]; then
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
  command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
fi
if [ -z "${FOYER_PURE_PYTHON:-}" ]; then
  command -v cc >/dev/null 2>&1 || missing+=(gcc libc6-dev)
  headers=$("$PYTHON" -c 'import sysconfig; print(sysconfig.get_paths()["include"])')
  [ -f "$headers/Python.h" ] || missing+=(python3-dev)
fi
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing ${missing[*]} for the test session" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
