#!/usr/bin/env bash
# Layering check: a headless bundle's manifest must not require SWT, JFace, org.eclipse.ui*, org.eclipse.e4.ui*
# or VTK. UI bundles (*.ui, *.app), the VTK bundles (*.vtk) and test fragments are exempt. Run by the build
# (releng/pom.xml) and by hand: releng/check-layering.sh [repository root]
set -uo pipefail
root=${1:-$(cd "$(dirname "$0")/.." && pwd)}
failed=0; checked=0
for mf in "$root"/bundles/*/META-INF/MANIFEST.MF "$root"/examples/*/META-INF/MANIFEST.MF; do
  [ -f "$mf" ] || continue
  b=$(basename "$(dirname "$(dirname "$mf")")")
  case "$b" in *.ui|*.ui.*|*.app|*.vtk|*.vtk.*|*.tests) continue ;; esac
  checked=$((checked + 1))
  # unfold continuation lines, keep only the dependency headers
  deps=$(sed -e ':a' -e 'N' -e '$!ba' -e 's/\r//g' -e 's/\n //g' "$mf" | grep -E '^(Require-Bundle|Import-Package|Fragment-Host):' || true)
  bad=$(printf '%s\n' "$deps" | tr ',' '\n' | sed 's/^[A-Za-z-]*: *//; s/^ *//; s/;.*//' \
        | grep -E '^(org\.eclipse\.swt|org\.eclipse\.jface|org\.eclipse\.ui|org\.eclipse\.e4\.ui|vtk|org\.radwb\.vtk|org\.radwb\.viewer\.vtk)(\.|$)' || true)
  if [ -n "$bad" ]; then
    echo "LAYERING VIOLATION: headless bundle $b requires: $(echo $bad)"
    failed=1
  fi
done
if [ $failed -ne 0 ]; then exit 1; fi
echo "layering check: $checked headless bundles free of SWT/JFace/UI/VTK"
