#!/usr/bin/env bash
# Declares every undeclared public symbol (RS0016) of a shipped project in its PublicAPI.Unshipped.txt, by building it once
# with a SARIF log (which carries the analyzer's exact API names) instead of clicking the code fix per symbol in an editor.
# Read the diff before committing: every new line is new public API.
#   eng/declare-public-api.sh src/PolicyRules [rules/PolicyRules.Rules.Interpol ...]
set -euo pipefail
cd "$(dirname "$0")/.."
for project in "$@"; do
  sarif=$(mktemp --suffix=.sarif)
  # --no-incremental: an up-to-date project would skip the compiler and report nothing.
  dotnet build "$project" --no-incremental -v q -nologo "-p:ErrorLog=$sarif%2Cversion=2.1" >/dev/null 2>&1 || true
  python3 - "$sarif" "$project/PublicAPI.Unshipped.txt" <<'PY'
import json, sys
sarif, unshipped = sys.argv[1], sys.argv[2]
names = set()
text = open(sarif).read()
for run in (json.loads(text)['runs'] if text.strip() else []):
    for result in run.get('results', []):
        if result.get('ruleId') == 'RS0016':
            names.add(result['properties']['customProperties']['APIName'])
lines = [l for l in open(unshipped).read().splitlines() if l and l != '#nullable enable']
merged = sorted(set(lines) | names, key=lambda s: s.lstrip('~').removeprefix('static ').removeprefix('const ').removeprefix('override ').removeprefix('abstract ').removeprefix('virtual ').lower())
open(unshipped, 'w').write('#nullable enable\n' + ''.join(l + '\n' for l in merged))
print(f'{unshipped}: {len(names)} declared')
PY
  rm -f "$sarif"
done
