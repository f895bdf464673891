#!/usr/bin/env bash
# Code-shape figures (issue 19): code lines over 100 characters (not
# comments, not lines that begin with a string literal), the largest
# production files, files over 500 lines, integration-test binaries.
# Usage: scripts/code-shape.sh [checkout]
cd "${1:-.}"
long=$(find src app/src server/src -name '*.rs' -print0 | xargs -0 awk 'length($0) > 100 { t=$0; sub(/^[ \t]+/, "", t); if (t !~ /^\/\// && t !~ /^"/ && t !~ /^r#?"/) n++ } END { print n+0 }')
echo "code lines over 100 characters in src/ app/ server/: $long"
echo "largest production files:"
find src app/src server/src -name '*.rs' -print0 | xargs -0 wc -l | grep -v ' total$' | sort -rn | head -10
echo "production files over 500 lines: $(find src app/src server/src -name '*.rs' -print0 | xargs -0 wc -l | grep -v ' total$' | awk '$1 > 500' | wc -l)"
bins=$(( $(ls tests/*.rs 2>/dev/null | wc -l) + $(ls server/tests/*.rs 2>/dev/null | wc -l) + $(ls -d tests/*/main.rs server/tests/*/main.rs 2>/dev/null | wc -l) ))
echo "integration-test binaries: $bins"
