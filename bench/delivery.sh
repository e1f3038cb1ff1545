#!/usr/bin/env bash
# Delivery benchmarks (figures go to docs/benchmarks.md):
#   1. accepted server-mode submissions/s, on the H2 package and on the PostgreSQL package (wrk, loopback);
#   2. outbox drain rate: letters/s from the outbox to a real SMTP server (GreenMail standalone).
# Needs wrk (Debian: apt-get install wrk) and the local PostgreSQL on 127.0.0.1:5432 (user postgres, trust).
set -euo pipefail
cd "$(dirname "$0")/.."

port=18090
smtp_port=3025
duration="${BENCH_DURATION:-20s}"
connections="${BENCH_CONNECTIONS:-32}"
drain_letters="${BENCH_DRAIN_LETTERS:-2000}"
send_concurrency="${BENCH_SEND_CONCURRENCY:-20}"
work="$(mktemp -d)"
app=""
trap '[ -n "$app" ] && kill $app 2>/dev/null; [ -n "${smtp:-}" ] && kill $smtp 2>/dev/null; rm -rf "$work"' EXIT

start_app() { # extra env assignments...
  env QUARKUS_HTTP_PORT=$port ALDERMAIL_CAMPAIGN_WATCH_INTERVAL=off QUARKUS_LOG_LEVEL=WARN "$@" \
    java -Xmx1g -jar target/quarkus-app/quarkus-run.jar > "$work/app.log" 2>&1 &
  app=$!
  for _ in $(seq 1 90); do
    curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null && return 0
    kill -0 $app 2>/dev/null || { cat "$work/app.log"; exit 1; }
    sleep 1
  done
  echo "app did not become ready"; cat "$work/app.log"; exit 1
}

stop_app() {
  kill $app; wait $app 2>/dev/null || true; app=""
}

submissions() { # label
  echo "== accepted submissions/s: $1 (wrk -t2 -c$connections -d$duration, warm-up 5s first)"
  BENCH_RUN="warm$RANDOM" wrk -t2 -c"$connections" -d5s -s bench/submit.lua "http://127.0.0.1:$port/api/v1/campaigns/o2023-0004222/letters" > /dev/null
  BENCH_RUN="run$RANDOM" wrk -t2 -c"$connections" -d"$duration" --latency -s bench/submit.lua \
    "http://127.0.0.1:$port/api/v1/campaigns/o2023-0004222/letters" | tee "$work/wrk.txt"
}

only="${BENCH_ONLY:-all}"   # all | submissions | drain
pg_env=(QUARKUS_PROFILE=pg QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/aldermail_bench QUARKUS_DATASOURCE_USERNAME=postgres)

if [ "$only" != drain ]; then
  echo "== building the H2 package"
  ./mvnw -B -q package -DskipTests
  start_app QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:$work/h2/aldermail" ALDERMAIL_DELIVERY_DISPATCHER_ENABLED=false
  submissions "H2 (embedded file database)"
  stop_app
fi

echo "== building the PostgreSQL package"
./mvnw -B -q package -Ppostgresql -DskipTests
if [ "$only" != drain ]; then
  psql -q -h 127.0.0.1 -U postgres -d test -c "DROP DATABASE IF EXISTS aldermail_bench" -c "CREATE DATABASE aldermail_bench"
  start_app "${pg_env[@]}" ALDERMAIL_DELIVERY_DISPATCHER_ENABLED=false
  submissions "PostgreSQL 15 (local)"
  stop_app
fi
[ "$only" = submissions ] && exit 0

echo "== outbox drain to SMTP: $drain_letters letters, PostgreSQL package, GreenMail standalone on :$smtp_port, $send_concurrency sends at once"
./mvnw -B -q dependency:copy -Dartifact=com.icegreen:greenmail-standalone:2.1.3 -DoutputDirectory="$work" > /dev/null
java -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port=$smtp_port -Dgreenmail.verbose=false \
  -jar "$work/greenmail-standalone-2.1.3.jar" > "$work/greenmail.log" 2>&1 &
smtp=$!
psql -q -h 127.0.0.1 -U postgres -d test -c "DROP DATABASE IF EXISTS aldermail_bench" -c "CREATE DATABASE aldermail_bench"
start_app "${pg_env[@]}" ALDERMAIL_DELIVERY_DISPATCHER_ENABLED=false ALDERMAIL_DELIVERY_CONFIRM_SENDER=false
for i in $(seq 1 "$drain_letters"); do
  printf '{"name":"Drain %d","email":"drain-%d@example.org","address":"2650 W 51st St","language":"en","mode":"server"}\n' "$i" "$i"
done | xargs -P 8 -d '\n' -I{} curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{}' \
  "http://127.0.0.1:$port/api/v1/campaigns/o2023-0004222/letters"
stop_app
queued=$(psql -tA -h 127.0.0.1 -U postgres -d aldermail_bench -c "select count(*) from outbox_message where status = 'PENDING'")
echo "queued before the dispatcher starts: $queued"
start=$(date +%s.%N)
start_app "${pg_env[@]}" QUARKUS_MAILER_MOCK=false QUARKUS_MAILER_HOST=127.0.0.1 QUARKUS_MAILER_PORT=$smtp_port \
  QUARKUS_MAILER_START_TLS=DISABLED ALDERMAIL_DELIVERY_DISPATCH_INTERVAL=1s \
  ALDERMAIL_DELIVERY_SEND_CONCURRENCY="$send_concurrency" QUARKUS_MAILER_MAX_POOL_SIZE="$send_concurrency"
ready=$(date +%s.%N)
while :; do
  left=$(psql -tA -h 127.0.0.1 -U postgres -d aldermail_bench -c "select count(*) from outbox_message where status <> 'SENT'")
  [ "$left" -eq 0 ] && break
  sleep 0.2
done
done_at=$(date +%s.%N)
stop_app
python3 -c "q=$queued; r=$ready; d=$done_at; s=$start; print(f'drained {q} letters in {d-r:.1f} s after ready ({q/(d-r):.0f} letters/s; {d-s:.1f} s including startup)')"
