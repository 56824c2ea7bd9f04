#!/usr/bin/env bash
# The main job: installs what is missing, builds, and walks through a day at the desk with
# motcua-cli on a temporary data folder (import the catalog, search it, receive a dossier, read
# its due date, move it along).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh >/dev/null
cli="$PWD/build/app/cli/motcua-cli"
data=$(mktemp -d /tmp/motcua-demo-XXXXXX)
export MOTCUA_DATA="$data" MOTCUA_ACTOR="Nguyễn Thị Lan (tiếp nhận)"
step() { printf '\n\033[1m== %s\033[0m\n$ %s\n' "$1" "${*:2}"; "${@:2}"; }

step "Set this desk's commune code" "$cli" device --commune 01234
step "Import the seed catalog of commune procedures" "$cli" catalog import resources/catalog/commune-procedures.json
step "Search as an officer types it, without diacritics" "$cli" catalog search "dang ky khai s" --limit 3
step "A legacy procedure code still finds its procedure" "$cli" catalog search 1.001640 --limit 1
step "Check the citizen's ID number" "$cli" citizen-id "001 190 012 345"
step "Receive a marriage-status certificate request on a Friday afternoon" \
  "$cli" dossier receive --procedure 1.004873 --applicant-name "Trần Văn Bình" \
  --citizen-id 001190012345 --phone 0912345678 --address "Thôn Nà Hang, xã Minh Quang" \
  --received-at 2026-04-24T16:10 --json
code=$("$cli" dossier list --json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["code"])')
echo "(due after the 30/4 and 1/5 holidays and the weekend: working days only)"
step "Hand it to the handling officer" "$cli" dossier move "$code" in_process --at 2026-04-28T08:30
step "Ask once, completely, for a missing paper (the clock pauses)" \
  "$cli" dossier move "$code" supplement_requested --note "Thiếu giấy xác nhận cư trú" --at 2026-04-28T09:00
step "The citizen brings it after the holidays (the paused working days are added back)" \
  "$cli" dossier move "$code" in_process --at 2026-05-05T10:00
step "The dossier and its process-control record" "$cli" dossier show "$code"
step "Lunar dates and the 2027 holidays" "$cli" calendar lunar 2027-02-06 2026-04-26
"$cli" calendar holidays 2027
echo
echo "Demo data is in $data (remove it when done)."
