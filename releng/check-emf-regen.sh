#!/usr/bin/env bash
# Regenerates every EMF model's code and fails if the committed generated code differs from it,
# so src-gen/ can never drift from its .ecore/.genmodel. Needs a git work tree.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root/releng/org.radwb.codegen"
"$root/mvnw" -q -B compile exec:java -Dexec.args="$root" >/tmp/radwb-codegen.log 2>&1 || { cat /tmp/radwb-codegen.log; exit 1; }
cd "$root"
paths=()
for d in bundles/*/model examples/*/model; do
  [ -d "$d" ] || continue
  b=${d%/model}
  paths+=("$d")
  for p in "$b/src-gen" "$b/plugin.xml" "$b/plugin.properties" "${b}.edit/src-gen" "${b}.edit/plugin.xml" "${b}.edit/plugin.properties"; do
    [ -e "$p" ] && paths+=("$p")
  done
done
changes=$(git status --porcelain -- "${paths[@]}")
if [ -n "$changes" ]; then
  echo "EMF regeneration check FAILED: generated code differs from the committed code:"
  echo "$changes"
  git --no-pager diff --stat -- "${paths[@]}"
  exit 1
fi
echo "EMF regeneration check: ${#paths[@]} paths match their models"
