#!/usr/bin/env bash
# Installs the servers the test session starts (throwaway PostgreSQL and Redis) when absent.
# The tests never use servers already running on the standard ports.
set -euo pipefail
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ -n "${FOYER_TEST_POSTGRES_URL:-}" ] && [ -n "${FOYER_TEST_REDIS_URL:-}" ]; then exit 0; fi
echo "installing ${missing[*]} for the test session" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
