#!/usr/bin/env bash
# The main job: installs what is missing, builds, starts a local province server (SQLite) and
# walks through a day at the desk on a temporary data folder: import the catalog, search it,
# receive a dossier, read its due date, move it along, and sync it to the server.
# With a display and the desktop app built, it then opens `motcua` enrolled against that server.
set -euo pipefail
cd "$(dirname "$0")/.."
# Only what the demo runs: the desk, the CLI and the server (not the test suite).
bash scripts/build.sh motcua motcua-cli motcua-server >/dev/null
cli="$PWD/build/app/cli/motcua-cli"
server="$PWD/build/sync/server/motcua-server"
desktop="$PWD/build/app/desktop/motcua"
demo=$(mktemp -d /tmp/motcua-demo-XXXXXX)
data="$demo/desk" province="$demo/province"
mkdir -p "$data" "$province"
export MOTCUA_DATA="$data" MOTCUA_ACTOR="Nguyễn Thị Lan (tiếp nhận)"
step() { printf '\n\033[1m== %s\033[0m\n$ %s\n' "$1" "${*:2}"; "${@:2}"; }

# The province server on loopback, on an embedded SQLite database (nothing to install).
"$server" serve --data "$province" --listen 127.0.0.1:0 >"$demo/server.log" 2>&1 &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true' EXIT
url=""
for _ in $(seq 100); do
  url=$(grep -o 'http://[0-9.:]*' "$demo/server.log" | head -1 || true)
  [ -n "$url" ] && break
  sleep 0.1
done
[ -n "$url" ] || { echo "motcua-server did not start:" >&2; cat "$demo/server.log" >&2; exit 1; }
echo "Province server (SQLite, $province) listening on $url"

step "The province publishes the catalog of commune procedures" \
  "$server" publish-catalog --data "$province" resources/catalog/commune-procedures.json
code=$("$server" enroll --data "$province" --commune 01234 --name "Xã Minh Quang" --json |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["code"])')
step "The desk enrolls with the one-time code the administrator gave it" \
  "$cli" enroll --server "$url" --code "$code" --name "Quầy 1 - Xã Minh Quang"
step "The desk's first account is its administrator" \
  env MOTCUA_PASSWORD=quantri2026 "$cli" officer add quantri --name "Lò Văn Quản Trị" --role admin
step "An officer who receives, handles and returns dossiers" \
  env MOTCUA_PASSWORD=motcua2026 "$cli" officer add lan --name "Nguyễn Thị Lan" --role reception,handling,leader,clerk
step "Import the seed catalog of commune procedures" "$cli" catalog import resources/catalog/commune-procedures.json
step "Search as an officer types it, without diacritics" "$cli" catalog search "dang ky khai s" --limit 3
step "A legacy procedure code still finds its procedure" "$cli" catalog search 1.001640 --limit 1
step "Check the citizen's ID number" "$cli" citizen-id "001 190 012 345"
step "Receive a marriage-status certificate request on a Friday afternoon" \
  "$cli" dossier receive --procedure 1.004873 --applicant-name "Trần Văn Bình" \
  --citizen-id 001190012345 --phone 0912345678 --address "Thôn Nà Hang, xã Minh Quang" \
  --received-at 2026-04-24T16:10 --json
dossier=$("$cli" dossier list --json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["code"])')
echo "(due after the 30/4 and 1/5 holidays and the weekend: working days only)"
step "Hand it to the handling officer" "$cli" dossier move "$dossier" in_process --at 2026-04-28T08:30
step "Ask once, completely, for a missing paper (the clock pauses)" \
  "$cli" dossier move "$dossier" supplement_requested --note "Thiếu giấy xác nhận cư trú" --at 2026-04-28T09:00
step "The citizen brings it after the holidays (the paused working days are added back)" \
  "$cli" dossier move "$dossier" in_process --at 2026-05-05T10:00
step "The dossier and its process-control record" "$cli" dossier show "$dossier"
step "What waits for the link" "$cli" status
step "The link is back: one sync cycle" "$cli" sync
step "The province now holds the commune's work" "$server" stats --data "$province"
step "Lunar dates and the 2027 holidays" "$cli" calendar lunar 2027-02-06 2026-04-26
"$cli" calendar holidays 2027

if [ -x "$desktop" ] && [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  printf '\n\033[1m== The desk app, enrolled against the local server (close it to stop the server)\033[0m\n'
  echo "Log in as lan / motcua2026 (or quantri / quantri2026, the administrator). Receive a dossier"
  echo "(Ctrl+N) and watch the status bar: the desk syncs it to $url by itself, F5 syncs at once."
  "$desktop" --data "$data"
elif [ -x "$desktop" ]; then
  echo
  echo "No display here, so the desktop app (build/app/desktop/motcua) was not opened;"
  echo "the command-line demonstration above used the same store and server."
fi
echo
echo "Demo data is in $demo (remove it when done)."
