#!/usr/bin/env bash
# Builds the product if needed and starts the Radiomics Workbench on the bundled example review.
# Run as root on a fresh Debian machine it first installs the Debian packages the workbench needs.
#   releng/run.sh [radwb arguments]     (default: --review example)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
product="$root/releng/org.radwb.product/target/products/org.radwb.product/linux/gtk/x86_64/radwb"

"$root/releng/ensure-packages.sh" libgtk-3-0 libvtk9-java fonts-dejavu-core

# Rebuild when there is no product yet or any source is newer than it.
stamp="$product/radwb"
if [ ! -x "$stamp" ] || [ -n "$(find bundles features releng/org.radwb.product target-platform pom.xml \
      -newer "$stamp" -type f ! -path '*/target/*' -print -quit 2>/dev/null)" ]; then
  echo "== building the workbench (first time: a few minutes, downloads from Maven Central)"
  "$root/mvnw" -B -ntp -q verify -DskipTests -pl releng/org.radwb.product -am
  touch "$stamp"
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display: the workbench needs one. Headless commands work without: $product/radwb --help" >&2
  exit 1
fi
if [ $# -eq 0 ]; then
  set -- --review example
fi
exec "$product/radwb" "$@"
