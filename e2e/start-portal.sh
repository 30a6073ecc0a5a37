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

# Every browser test comes from one address, so the limits per address are raised for the run;
# the limits themselves are tested in Jest.
export RATE_LIMIT_UNKNOWN_LINKS_PER_IP=${RATE_LIMIT_UNKNOWN_LINKS_PER_IP:-1000/15m}
export RATE_LIMIT_SIGN_IN_PER_IP=${RATE_LIMIT_SIGN_IN_PER_IP:-500/15m}

# The server's request log, and everything it writes to standard error, go to files that
# e2e/global-teardown.ts scans for the run's tokens, keys and passwords when the run ends.
export PORTAL_LOG_FILE="$E2E_DATA_DIR/portal.log"

exec npm run --silent demo 2> >(tee -a "$E2E_DATA_DIR/portal-errors.log" >&2)
