#!/usr/bin/env bash
# Installs the system libraries the build needs, only when they are missing (Debian, as root).
set -euo pipefail
missing=()
pkg-config --exists xlsxwriter 2>/dev/null || missing+=(libxlsxwriter-dev)
# Excel inputs are inflated and checksummed with ISA-L (docs/INPUT.md "Excel workbooks").
pkg-config --exists libisal 2>/dev/null || missing+=(libisal-dev)
# The executable's memory allocator (docs/PERFORMANCE.md "The allocator").
pkg-config --exists jemalloc 2>/dev/null || missing+=(libjemalloc-dev)
[ -f /usr/include/sqlite3.h ] || missing+=(libsqlite3-dev)
command -v pkg-config >/dev/null || missing+=(pkg-config)
# ZIPFoundation (the Word documents) links zlib.
[ -f /usr/include/zlib.h ] || missing+=(zlib1g-dev)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "installing: ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ "${1:-}" = "--test" ]; then
  # The workbook tests read assessment.xlsx back with an independent reader.
  python3 -c 'import openpyxl' 2>/dev/null || python3 -m pip install -q openpyxl
  # The document tests read letters/*.docx and notice.docx back with an independent reader.
  python3 -c 'import docx' 2>/dev/null || python3 -m pip install -q python-docx
fi
