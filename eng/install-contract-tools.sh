#!/usr/bin/env bash
# Installs the third-party tools the contract tests run against the server, pinned: Redocly CLI (npm, by
# eng/contract-tools/package-lock.json) lints the OpenAPI document; Kiota (.NET tool, by .config/dotnet-tools.json)
# generates a C# client from it. Called by .ci/run, and by the tests themselves when a tool is missing. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v npm >/dev/null || { echo "install-contract-tools: npm is not on PATH; install Node.js 20.19 or later with npm (Debian: apt-get install nodejs npm)." >&2; exit 2; }
command -v dotnet >/dev/null || { echo "install-contract-tools: dotnet is not on PATH; install the .NET 10 SDK." >&2; exit 2; }

# Test projects run in parallel and may each ask for the tools: one installs, the others wait.
exec 9>"${TMPDIR:-/tmp}/policyrules-contract-tools.lock"
flock 9

tools=eng/contract-tools
wanted=$(node -p "require('./$tools/package-lock.json').packages['node_modules/@redocly/cli'].version")
installed=$(node -p "try { require('./$tools/node_modules/@redocly/cli/package.json').version } catch { '' }")
if [ "$installed" != "$wanted" ] || [ ! -x "$tools/node_modules/.bin/redocly" ]; then
  echo "install-contract-tools: installing Redocly CLI $wanted" >&2
  npm ci --prefix "$tools" --no-audit --no-fund --loglevel=error >&2
fi

dotnet tool restore >&2
