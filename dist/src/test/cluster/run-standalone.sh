#!/usr/bin/env bash
# Runs the cluster jar on a Spark standalone cluster of this machine: a master and one worker bound
# to 127.0.0.1, started from Spark's jars in the local Maven repository (no Spark download), then
# spark-submit of a Cypher script, whose output must equal expected.csv. Master and worker are
# stopped on every exit. The dist module's build runs it with -Pcluster-test; by hand:
#
#   ./mvnw -B -pl dist -am package -DskipTests
#   dist/src/test/cluster/run-standalone.sh dist/target/quiver-*-cluster.jar \
#       dist/target/cluster-test/spark-classpath.txt /tmp/quiver-cluster
#
# Arguments: the cluster jar, a file holding the Spark classpath (':'-separated, as Maven's
# dependency:build-classpath writes it), and a scratch directory (emptied first).
# SPARK_JVM_OPENS holds the JVM flags Spark needs on Java 17 (the parent pom's spark.jvm.opens);
# without it they are read from spark-backend/target/launcher/jvm.args.
set -euo pipefail

if [ $# -ne 3 ]; then
    echo "usage: $0 CLUSTER_JAR SPARK_CLASSPATH_FILE SCRATCH_DIR" >&2
    exit 2
fi
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../../.." && pwd)"
jar="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
classpath="$(cat "$2")"
scratch="$3"

java="java"
[ -n "${JAVA_HOME:-}" ] && java="$JAVA_HOME/bin/java"
opens="${SPARK_JVM_OPENS:-$(cat "$root/spark-backend/target/launcher/jvm.args")}"
read -r -a opens <<< "$opens"

rm -rf "$scratch"
mkdir -p "$scratch/spark-home/jars" "$scratch/work"
scratch="$(cd "$scratch" && pwd)"

# The worker starts executors with SPARK_HOME/jars/* as their classpath, as in a distribution.
IFS=':' read -r -a jars <<< "$classpath"
for j in "${jars[@]}"; do
    ln -s "$j" "$scratch/spark-home/jars/$(basename "$j")"
done
export SPARK_HOME="$scratch/spark-home"
export SPARK_SCALA_VERSION=2.13
export SPARK_LOCAL_IP=127.0.0.1

pids=()
stop_all() {
    for pid in ${pids[@]+"${pids[@]}"}; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in ${pids[@]+"${pids[@]}"}; do
        wait "$pid" 2>/dev/null || true
    done
}
trap stop_all EXIT

# wait_for FILE PATTERN SECONDS NAME: waits until a line of FILE matches PATTERN.
wait_for() {
    local deadline=$((SECONDS + $3))
    until grep -q -E "$2" "$1" 2>/dev/null; do
        if [ "$SECONDS" -ge "$deadline" ]; then
            echo "run-standalone: $4 did not start within $3 s; the end of $1:" >&2
            tail -n 30 "$1" >&2
            exit 1
        fi
        sleep 1
    done
}

started=$SECONDS
# Port 0: the master takes a free port and logs its URL, so runs in parallel do not collide.
"$java" "${opens[@]}" -Xmx256m -cp "$classpath" org.apache.spark.deploy.master.Master \
    --host 127.0.0.1 --port 0 --webui-port 0 >"$scratch/master.log" 2>&1 &
pids+=($!)
wait_for "$scratch/master.log" 'Starting Spark master at spark://' 90 "the master"
master="$(grep -o -m 1 'spark://127\.0\.0\.1:[0-9]*' "$scratch/master.log")"
echo "run-standalone: master at $master" >&2

"$java" "${opens[@]}" -Xmx256m -cp "$classpath" org.apache.spark.deploy.worker.Worker "$master" \
    --host 127.0.0.1 --port 0 --webui-port 0 --cores 1 --memory 1g --work-dir "$scratch/work" \
    >"$scratch/worker.log" 2>&1 &
pids+=($!)
wait_for "$scratch/worker.log" 'Successfully registered with master' 90 "the worker"
echo "run-standalone: worker registered after $((SECONDS - started)) s" >&2

# Client mode: the driver (Quiver's command line) runs in this JVM, the tasks on the worker.
status=0
"$java" "${opens[@]}" -Xmx1g -cp "$classpath" org.apache.spark.deploy.SparkSubmit \
    --master "$master" --deploy-mode client \
    --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 \
    --conf spark.executor.memory=768m --conf spark.sql.shuffle.partitions=2 \
    --conf spark.ui.enabled=false --conf spark.databricks.delta.snapshotPartitions=2 \
    --class org.quiver.cli.Main "$jar" \
    query --graph "$root/examples/social" --catalog "store=$scratch/store" --format csv \
    --file "$here/circles.cypher" >"$scratch/output.csv" 2>"$scratch/submit.log" || status=$?
echo "run-standalone: spark-submit exited with $status after $((SECONDS - started)) s" >&2

if [ "$status" -ne 0 ]; then
    echo "run-standalone: the end of $scratch/submit.log:" >&2
    tail -n 40 "$scratch/submit.log" >&2
    exit 1
fi
if ! diff -u "$here/expected.csv" "$scratch/output.csv" >&2; then
    echo "run-standalone: the output differs from expected.csv (above)" >&2
    exit 1
fi
# The tasks must have run in an executor of the worker, not in the driver.
if ! grep -q -s 'Finished task' "$scratch"/work/app-*/*/stderr; then
    echo "run-standalone: no executor of the worker ran a task (see $scratch/work)" >&2
    exit 1
fi
if [ ! -d "$scratch/store/circles/_versions" ]; then
    echo "run-standalone: the graph was not stored in $scratch/store/circles" >&2
    exit 1
fi
echo "run-standalone: passed in $((SECONDS - started)) s" >&2
