#!/usr/bin/env bash
# The whole test suite: builds every bundle, runs every test (UI and viewer tests in the real workbench under
# Xvfb), checks the layering rules and that the generated EMF code matches its models, and prints one summary.
# Run as root on a fresh Debian machine it first installs the Debian packages the tests need.
#   releng/test.sh [extra Maven arguments]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

"$root/releng/ensure-packages.sh" --required xvfb xauth libgtk-3-0 libvtk9-java fonts-dejavu-core
java -version 2>&1 | head -n 1 | grep -qE '"(1[7-9]|2[0-9])' || { echo "Java 17 or newer is required (java -version)" >&2; exit 1; }

# Fresh result folders, so the summary counts only this run.
find "$root/bundles" "$root/examples" -maxdepth 3 -type d -name surefire-reports -path '*/target/*' -exec rm -rf {} + 2>/dev/null || true

status=0
echo "== build and test (Tycho, under Xvfb)"
xvfb-run -a -s "-screen 0 1600x1000x24" "$root/mvnw" -B -ntp -fae clean verify "$@" || status=$?

echo "== EMF regeneration check"
if git -C "$root" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  "$root/releng/check-emf-regen.sh" || status=1
else
  echo "not a git work tree: skipped"
fi

# One summary over every test report of this run.
read -r tests failures errors skipped < <(cat "$root"/bundles/*/target/surefire-reports/TEST-*.xml \
    "$root"/examples/*/target/surefire-reports/TEST-*.xml 2>/dev/null | python3 -c '
import re,sys
t=f=e=s=0
for m in re.finditer(r"<testsuite [^>]*>", sys.stdin.read()):
    a=dict(re.findall(r"(\w+)=\"([^\"]*)\"", m.group(0)))
    t+=int(a.get("tests",0)); f+=int(a.get("failures",0)); e+=int(a.get("errors",0)); s+=int(a.get("skipped",0))
print(t,f,e,s)')
passed=$((tests - failures - errors - skipped))
echo
echo "radwb: $passed passed, $((failures + errors)) failed, $skipped skipped"
if [ "$status" -ne 0 ] || [ $((failures + errors)) -ne 0 ] || [ "$tests" -eq 0 ]; then
  echo "radwb: TEST SUITE FAILED" >&2
  exit 1
fi
