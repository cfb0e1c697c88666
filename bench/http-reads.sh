#!/usr/bin/env bash
# HTTP reads of a job's top 20 matches under wrk: from the owner's local store, from PostgreSQL, and
# forwarded by a second instance's edge (io.hirehub.bench.edge.HttpReadsBenchmark). Starts its own
# embedded stack (free ports, temporary data dir) plus a second matching + edge in this JVM, seeds
# 10 companies, 40 jobs and N resumes, waits until the pipeline is done with them and a job has 20 matches, then measures each read three times, interleaved
# (a 5 s warm-up before each run).
#
#   bench/http-reads.sh [SECONDS_PER_RUN=20] [CONNECTIONS=16] [RESUMES=400]
#
# Needs wrk (Debian: apt-get install wrk). Prints a Markdown table with the load average before each run.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is not installed (Debian: apt-get install wrk)" >&2; exit 2; }
cp_file=$(mktemp)
trap 'rm -f "$cp_file"' EXIT
mvn -q -B -pl bench -am package -Dmaven.test.skip.exec=true dependency:build-classpath -Dmdep.outputFile="$cp_file"
# The launcher's jar names its bundled lib/ in its manifest: use its classes, so each library is on the
# class path once (embedded PostgreSQL refuses two copies of its binaries).
classpath="bench/target/classes:$(sed 's#[^:]*/launcher/target/hirehub\.jar#launcher/target/classes#' "$cp_file")"
exec java -Xmx3g -cp "$classpath" io.hirehub.bench.edge.HttpReadsBenchmark "${1:-20}" "${2:-16}" "${3:-400}"
