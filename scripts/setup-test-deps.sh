#!/usr/bin/env bash
# Installs the system packages the test suite uses, from Debian, when they are missing.
# Safe to run repeatedly; run as root (CI and these machines are) or with sudo available.
set -euo pipefail
source "$(dirname "$0")/lib/apt-needs.sh"

need git git
# Review files (issue 5): msgfmt --check, translate-toolkit conversions and pofilter, xmllint.
need msgfmt gettext
need po2xliff translate-toolkit
need xmllint libxml2-utils
# Viewer end-to-end tests (issue 6): Debian's Chromium, driven by playwright-core (no browser download).
need chromium chromium

install_needed "test dependencies"
