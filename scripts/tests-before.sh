#!/usr/bin/env bash
# Runs test files of this checkout against an older commit, to show that they fail there:
#   scripts/tests-before.sh <commit> tests/spine/hostile-http.test.ts [more test files...]
# The older code is checked out in a temporary worktree beside this one (so that ../shared resolves the
# same way), with this checkout's node_modules, tests/support and the named test files copied in.
set -euo pipefail
base="$1"; shift
here="$(cd "$(dirname "$0")/.." && pwd)"
wt="$(dirname "$here")/.tests-before-$$"
trap 'git -C "$here" worktree remove --force "$wt" >/dev/null 2>&1 || rm -rf "$wt"' EXIT
git -C "$here" worktree add --detach "$wt" "$base" >/dev/null
ln -s "$here/node_modules" "$wt/node_modules"
[ -d "$here/neo4j/target" ] && cp -r "$here/neo4j/target" "$wt/neo4j/target"
[ -d "$here/client/dist" ] && cp -r "$here/client/dist" "$wt/client/dist"
cp -r "$here/tests/support/." "$wt/tests/support/"
for f in "$@"; do mkdir -p "$wt/$(dirname "$f")"; cp "$here/$f" "$wt/$f"; done
cd "$wt" && npx vitest run "$@"
