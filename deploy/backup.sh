#!/usr/bin/env bash
# Nightly backup of the portal database. PostgreSQL: pg_dump in custom format; SQLite: the online
# backup API through sqlite3 (safe while the portal runs in WAL mode). Keeps 30 days.
# Usage: backup.sh postgres "<libpq connection uri>" /var/backups/rmi
#        backup.sh sqlite /opt/rmi/web/data/rmi.db /var/backups/rmi
set -euo pipefail
kind=$1 source=$2 target=$3
mkdir -p "$target"
stamp=$(date +%Y%m%d-%H%M%S)
case "$kind" in
  postgres) pg_dump --format=custom --file="$target/rmi-$stamp.dump" "$source" ;;
  sqlite)   sqlite3 "$source" ".backup '$target/rmi-$stamp.db'" ;;
  *) echo "unknown kind: $kind (postgres|sqlite)" >&2; exit 2 ;;
esac
find "$target" -name 'rmi-*' -mtime +30 -delete
echo "backup written: $target/rmi-$stamp"
