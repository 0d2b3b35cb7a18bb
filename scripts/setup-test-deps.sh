#!/usr/bin/env bash
# Installs the system packages the test suite uses, from Debian, when they are missing.
# Safe to run repeatedly; run as root (CI and these machines are) or with sudo available.
set -euo pipefail

packages=()
need() { command -v "$1" >/dev/null 2>&1 || packages+=("$2"); }

# (Later issues add: gettext, translate-toolkit, libxml2-utils, chromium, po4a.)
need git git
# Review files (issue 5): msgfmt --check, translate-toolkit conversions and pofilter, xmllint.
need msgfmt gettext
need po2xliff translate-toolkit
need xmllint libxml2-utils
# Viewer end-to-end tests (issue 6): Debian's Chromium, driven by playwright-core (no browser download).
need chromium chromium

if [ ${#packages[@]} -eq 0 ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "installing test dependencies: ${packages[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${packages[@]}"
