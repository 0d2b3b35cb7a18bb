# Sourced by the setup scripts: collect the Debian packages whose command is missing with
# `need <command> <debian-package>`, then `install_needed <what for>` installs them (nothing when
# all are there). Run as root (CI and these machines are) or with sudo available.
packages=()
need() { command -v "$1" >/dev/null 2>&1 || packages+=("$2"); }

install_needed() {
  [ ${#packages[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "installing $1: ${packages[*]}"
  $sudo apt-get -o DPkg::Lock::Timeout=300 update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${packages[@]}"
}
