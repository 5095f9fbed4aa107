#!/usr/bin/env bash
# ensure-packages.sh [--required] <package>...: installs missing Debian packages when run as root; otherwise
# prints the apt-get line and, with --required, fails.
required=0
if [ "${1:-}" = "--required" ]; then required=1; shift; fi
missing=()
for p in "$@"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ]; then
  echo "== installing Debian packages: ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  exit $?
fi
echo "these Debian packages are missing: ${missing[*]} — install them with: sudo apt-get install ${missing[*]}" >&2
exit $required
