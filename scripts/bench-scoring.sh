#!/usr/bin/env bash
# Rule compilation (classic DRL and executable model) and warm scoring time; not part of the test suite.
# Every scoring figure comes with its ratio to parsing the same answers (measured in alternating batches), and the
# two compilations with their ratio to each other. The quick scan's own steps without HTTP (checking the answers,
# scoring, building and writing the answer) come as ratios to reading its request body.
# Usage: scripts/bench-scoring.sh   (from anywhere; targets: scoring median <= 50 µs, compilation <= 2 s)
#        SMOKE=1 scripts/bench-scoring.sh  (or --smoke): scoring only, a few hundred calls, to show it still runs
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${1:-}" = --smoke ] && SMOKE=1
SMOKE=${SMOKE:-0}

if [[ ! -f target/test-classes/nl/vptscan/bench/ScoringBench.class \
      || src/test/java/nl/vptscan/bench/ScoringBench.java -nt target/test-classes/nl/vptscan/bench/ScoringBench.class ]]; then
  ./mvnw -q -DskipTests test-compile
fi
if [[ ! -f target/bench.cp || pom.xml -nt target/bench.cp ]]; then
  ./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench.cp
fi

classpath="target/test-classes:target/classes:$(cat target/bench.cp)"
bench() {
  java -Xms1g -Xmx1g -Dlogback.configurationFile=src/test/resources/logback-test.xml \
    -Dvptscan.bench.smoke="$([ "${SMOKE}" = 1 ] && echo true || echo false)" \
    -cp "$classpath" nl.vptscan.bench.ScoringBench "$1"
}

echo "# $(java -version 2>&1 | head -1), $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
if [ "${SMOKE}" = 1 ]; then
  bench score
  exit 0
fi
classic=$(bench classic); echo "$classic"
if model=$(bench model); then
  echo "$model"
  # each compilation against the other, measured in the same run: the executable model over classic DRL
  awk -v c="$classic" -v m="$model" 'BEGIN {
    split(c, a, "median of [0-9]+ more *"); split(a[2], ca, " "); split(m, b, "median of [0-9]+ more *"); split(b[2], mb, " ")
    printf "compile executable model / classic DRL (medians of the repeats): %.2f\n", mb[1] / ca[1] }'
else
  echo "compile executable model: skipped, it does not build (see the error above)"
fi
bench score
