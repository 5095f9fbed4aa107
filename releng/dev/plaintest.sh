#!/usr/bin/env bash
# Fast inner loop for plain-Java bundles (imaging, extraction, modeling, dicom, checklist statistics):
# compiles the named bundles and their .tests fragments with javac and runs JUnit 5 with the console
# launcher, outside OSGi. The real gate is still the Tycho build (./mvnw verify); this is only for speed.
#   releng/dev/plaintest.sh org.radwb.imaging org.radwb.extraction [-- extra console-launcher args]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
m2=${HOME}/.m2/repository
jar() { local p="$m2/$1"; [ -f "$p" ] || mvn -q dependency:get -Dartifact="$2" >/dev/null; echo "$p"; }
console=$(jar org/junit/platform/junit-platform-console-standalone/1.12.2/junit-platform-console-standalone-1.12.2.jar org.junit.platform:junit-platform-console-standalone:1.12.2)
extra=$(jar org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar org.apache.commons:commons-math3:3.6.1):$(jar org/apache/commons/commons-csv/1.14.1/commons-csv-1.14.1.jar org.apache.commons:commons-csv:1.14.1)
bundles=(); launcher=()
while [ $# -gt 0 ]; do [ "$1" = "--" ] && { shift; launcher=("$@"); break; }; bundles+=("$1"); shift; done
out=$(mktemp -d /tmp/plaintest.XXXX); mkdir -p "$out/main" "$out/test"
srcs=(); tsrcs=()
for b in "${bundles[@]}"; do
  while IFS= read -r f; do srcs+=("$f"); done < <(find "$root/bundles/$b/src" -name '*.java')
  if [ -d "$root/bundles/$b.tests/src" ]; then
    while IFS= read -r f; do tsrcs+=("$f"); done < <(find "$root/bundles/$b.tests/src" -name '*.java')
  fi
done
javac -nowarn -encoding UTF-8 --release 17 -d "$out/main" -cp "$extra" "${srcs[@]}"
cp_test="$out/main:$extra:$console"
if [ ${#tsrcs[@]} -gt 0 ]; then
  javac -nowarn -encoding UTF-8 --release 17 -d "$out/test" -cp "$cp_test" "${tsrcs[@]}"
fi
for b in "${bundles[@]}"; do
  for r in "$root/bundles/$b.tests/resources" "$root/bundles/$b.tests/src" "$root/bundles/$b/resources"; do
    [ -d "$r" ] && (cd "$r" && find . -type f ! -name '*.java' -exec cp --parents {} "$out/test/" \;)
  done
done
java -Xmx2g -jar "$console" execute -cp "$out/test:$cp_test" --scan-classpath "$out/test" --details=summary --disable-banner "${launcher[@]}"
