#!/usr/bin/env bash
# Mutation testing (cargo-mutants) of the pure code that the numbers depend on: the model
# (crates/model), the dataset crate (crates/dataset/src) and the URL and number parsing
# (src/app/query). Not part of ./scripts/test.sh or CI: it builds and tests the workspace once
# per mutant (~900 of them), about 80 minutes on 2 cores. See TESTING.md for the last results.
#
#   scripts/mutants.sh                      # every mutant; results in target/mutants/mutants.out
#   node tools/mutants-summary.mjs --list target/mutants/list.json target/mutants/history/*.json
#                                           # the table again (per file; survivors listed)
#   scripts/mutants.sh --iterate            # only those not caught by the previous run
#   scripts/mutants.sh -F 'parse_number'    # any extra cargo-mutants option, e.g. a name filter
#   scripts/mutants.sh -d /tmp/snapshot     # mutate another checkout (e.g. `git archive HEAD`)
#
# One mutant at a time (MUTANTS_JOBS=2 for two) at low priority, so other builds on the machine keep going; every
# cargo command has a timeout, so a mutant that makes a loop endless ends as "timeout".
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
# Installed here, not by setup.sh: CI never runs mutation tests.
command -v cargo-mutants >/dev/null || cargo install cargo-mutants --locked
mkdir -p target/mutants
# The tests of the whole workspace run for every mutant (crates/dataset is checked by the root
# package's tests/dataset.rs), without doctests (there are none); dependencies are optimised
# (opt-level 2, built once) so the proptests run in half the time, and no debug info is linked.
files=(-f 'crates/model/src/**' -f 'crates/dataset/src/**' -f 'src/app/query/**' -e 'src/app/query/tests.rs')
status=0
# The proptests run 64 cases per mutant instead of thousands (tests/robustness.rs reads
# PROPTEST_CASES): a mutant that any input exposes is still caught, and a mutant costs seconds.
export PROPTEST_CASES="${PROPTEST_CASES:-64}"
nice -n 10 cargo mutants --workspace --test-workspace=true -j "${MUTANTS_JOBS:-1}" \
  --timeout 30 --build-timeout 600 "${files[@]}" \
  -C '--config=profile.dev.package."*".opt-level=2' -C '--config=profile.dev.debug=0' \
  --cargo-test-arg=--tests \
  --output target/mutants "$@" || status=$?
# Caught / missed / unviable / timeout per file and the survivors, for TESTING.md: today's
# mutants, each with its latest outcome in any run kept in target/mutants/history/ (an
# --iterate run leaves out what earlier runs caught).
mkdir -p target/mutants/history
cp target/mutants/mutants.out/outcomes.json "target/mutants/history/$(date +%Y%m%d-%H%M%S).json"
dir=.
for ((i = 1; i <= $#; i++)); do [[ "${!i}" == -d ]] && j=$((i + 1)) && dir="${!j}"; done
cargo mutants --workspace --list --json -d "$dir" "${files[@]}" > target/mutants/list.json
node tools/mutants-summary.mjs --list target/mutants/list.json target/mutants/history/*.json
exit "$status"
