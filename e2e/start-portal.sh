#!/usr/bin/env bash
# Starts the portal for the browser tests on a fresh demo database of its own, so a run never
# touches the demo data of `npm run demo`.
set -euo pipefail

export E2E_DATA_DIR=${E2E_DATA_DIR:-./data/e2e}
rm -rf "$E2E_DATA_DIR"
mkdir -p "$E2E_DATA_DIR"

export DATA_DIR=$E2E_DATA_DIR
export DATABASE_URL="file:$E2E_DATA_DIR/portal.db"
export DEMO_OUTPUT="$E2E_DATA_DIR/demo.json"
export NEXT_TELEMETRY_DISABLED=1
export OUTBOX_INTERVAL_MS=500

exec npm run --silent demo
