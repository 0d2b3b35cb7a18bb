#!/usr/bin/env bash
# Installs the system packages the benchmarks compare against (po4a and the gettext tools it
# drives), from Debian, when they are missing. Safe to run repeatedly; run as root or with sudo.
# `npm run bench` calls it when po4a is absent.
set -euo pipefail
source "$(dirname "$0")/lib/apt-needs.sh"

need po4a po4a
need msgmerge gettext
need timeout coreutils

install_needed "benchmark dependencies"
