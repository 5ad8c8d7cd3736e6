#!/usr/bin/env bash
# Installs the system packages the tests need that npm cannot (Debian/Ubuntu), as listed in
# scripts/system/requirements.txt. Idempotent: checks first and does nothing when all are present,
# so `npm test` and .ci/run can call it every time. Needs root (or run it with sudo).
#
#   bash scripts/setup-system.sh           # install what is missing
#   bash scripts/setup-system.sh --check   # only list what is missing (exit 1 if anything is)
set -euo pipefail
LIST="${SYSTEM_REQUIREMENTS:-$(dirname "${BASH_SOURCE[0]}")/system/requirements.txt}"

missing=()
while read -r package proof _why; do
  case "$package" in ''|'#'*) continue ;; esac
  if [[ "$proof" == /* ]]; then [ -e "$proof" ] && continue
  else command -v "$proof" >/dev/null && continue
  fi
  missing+=("$package")
done <"$LIST"

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup-system: all system packages present."
  exit 0
fi
if [ "${1:-}" = "--check" ]; then
  printf '%s\n' "${missing[@]}"
  exit 1
fi
if ! command -v apt-get >/dev/null; then
  echo "setup-system: apt-get not found (not Debian/Ubuntu). Install the equivalents of: ${missing[*]}" >&2
  exit 1
fi
SUDO=()
if [ "$(id -u)" -ne 0 ]; then SUDO=(sudo); fi
echo "setup-system: installing ${missing[*]}"
"${SUDO[@]}" apt-get update -q
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
