#!/usr/bin/env bash
# Sets up a fresh Debian machine (as root) and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh --test
swift build --build-tests
swift test --skip-build
