#!/usr/bin/env bash
# System packages the tests need that npm cannot install (Debian/Ubuntu): native Postgres 15 with
# pgTAP and pg_prove for the SQL tests (scripts/pgtap.sh), and Chromium for end-to-end tests.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q postgresql-15 postgresql-15-pgtap libtap-parser-sourcehandler-pgtap-perl chromium
