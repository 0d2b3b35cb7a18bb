#!/usr/bin/env bash
# Installs the system packages the benchmarks compare against (po4a and the gettext tools it
# drives), from Debian, when they are missing. Safe to run repeatedly; run as root or with sudo.
# `npm run bench` calls it when po4a is absent.
set -euo pipefail

packages=()
need() { command -v "$1" >/dev/null 2>&1 || packages+=("$2"); }

need po4a po4a
need msgmerge gettext
need timeout coreutils

if [ ${#packages[@]} -eq 0 ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "installing benchmark dependencies: ${packages[*]}"
$SUDO apt-get -o DPkg::Lock::Timeout=300 update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${packages[@]}"
