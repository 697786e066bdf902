#!/usr/bin/env bash
# Runs every test of the solution, against SQLite and against a throwaway PostgreSQL cluster,
# with Debian's Chromium for the browser tests. This is the README's test command and what CI runs.
#
# As root it installs what is missing (chromium, chromium-driver, fonts-noto-cjk, postgresql)
# through apt-get. The PostgreSQL cluster lives in a temp folder on 127.0.0.1 and is removed at exit.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
ls /usr/share/fonts/opentype/noto/NotoSansCJK* >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "缺少软件包：${missing[*]}。请以 root 运行本脚本，或先执行：sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
  echo "Installing ${missing[*]} ..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pgdir=$(mktemp -d /tmp/rmi-pg.XXXXXX)
port=$(( 20000 + RANDOM % 20000 ))
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" -eq 0 ]; then chown postgres "$pgdir"; fi

stop_cluster() {
  as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pgdir"
}
trap stop_cluster EXIT

as_pg "$pgbin/initdb" -D "$pgdir/data" -A trust -U rmi -E UTF8 --locale=C.UTF-8 >/dev/null
# Durability is irrelevant for a throwaway test cluster: turn it off for speed.
as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w \
  -o "-p $port -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
  start >/dev/null
echo "PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"

export RMI_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=rmi;Database=postgres;Pooling=true;Maximum Pool Size=100"
export RMI_REQUIRE_POSTGRES=1
if [ -n "${RMI_TEST_SQLSERVER:-}" ]; then
  echo "SQL Server: every database test also runs on the server in RMI_TEST_SQLSERVER"
else
  echo "SQL Server: skipped. RMI_TEST_SQLSERVER is not set and no SQL Server can run on this machine; set it to a connection string (a login that may CREATE DATABASE) to run every database test on SQL Server too."
fi
export RMI_CHROMIUM=/usr/bin/chromium
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log="$pgdir/test.log"
set +e
dotnet test "$root/ResidentMedicalInsurance.sln" --nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line over every test project ("Passed!  - Failed: 0, Passed: 42, ...").
awk '/(Passed|Failed)! +- +Failed: +[0-9]+, Passed: +[0-9]+/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) } }
     END { printf "Total: %d passed, %d failed\n", p, f }' "$log"
exit "$status"
