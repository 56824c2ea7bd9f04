#!/usr/bin/env bash
# The two Debian packages as a province and a commune install them: `cpack -G DEB` on the built
# tree makes motcua (the desk) and motcua-server; each holds its own programs and files and not
# the other's, declares its dependencies, carries its maintainer scripts, and the server unpacked
# from its package starts and answers /v1/health.
# Usage: check-debs.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
server_pid=
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 \
  || { cat "$work/cpack.log" >&2; fail "cpack -G DEB failed"; }

desk=$(ls "$work"/out/motcua_*.deb 2>/dev/null | head -1)
server=$(ls "$work"/out/motcua-server_*.deb 2>/dev/null | head -1)
[ -f "$desk" ] || fail "no motcua_*.deb in $(ls "$work/out")"
[ -f "$server" ] || fail "no motcua-server_*.deb in $(ls "$work/out")"

contents() { dpkg-deb -c "$1" | awk '{print $6}' | sed 's|^\./|/|'; }
has() { grep -qx "$2" <<<"$1" || fail "$3 lacks $2"; }
lacks() { ! grep -qx "$2" <<<"$1" || fail "$3 holds $2, which belongs to the other package"; }
field() { dpkg-deb -f "$1" "$2"; }

desk_files=$(contents "$desk")
has "$desk_files" /usr/bin/motcua motcua.deb
has "$desk_files" /usr/bin/motcua-cli motcua.deb
has "$desk_files" /usr/share/applications/motcua.desktop motcua.deb
has "$desk_files" /usr/share/icons/hicolor/scalable/apps/motcua.svg motcua.deb
lacks "$desk_files" /usr/bin/motcua-server motcua.deb
[ "$(field "$desk" Package)" = motcua ] || fail "the desk's package is named $(field "$desk" Package)"
grep -q libqt6sql6-sqlite <<<"$(field "$desk" Depends)" || fail "motcua does not depend on the SQLite driver"

server_files=$(contents "$server")
for file in /usr/bin/motcua-server \
    /usr/lib/systemd/system/motcua-server.service /usr/lib/systemd/system/motcua-server@.service \
    /usr/lib/systemd/system/motcua-server-backup.service /usr/lib/systemd/system/motcua-server-backup.timer \
    /usr/lib/sysusers.d/motcua.conf /usr/lib/tmpfiles.d/motcua.conf \
    /usr/share/doc/motcua-server/examples/nginx/motcua-server.conf \
    /usr/share/doc/motcua-server/server-deploy.md; do
  has "$server_files" "$file" motcua-server.deb
done
for file in /usr/bin/motcua /usr/bin/motcua-cli /usr/share/applications/motcua.desktop; do
  lacks "$server_files" "$file" motcua-server.deb
done
[ "$(field "$server" Package)" = motcua-server ] || fail "the server's package is named $(field "$server" Package)"
depends=$(field "$server" Depends)
for needed in libqt6sql6-sqlite libsodium libqt6network6; do
  grep -q "$needed" <<<"$depends" || fail "motcua-server does not depend on $needed: $depends"
done
grep -q libqt6sql6-psql <<<"$(field "$server" Recommends)" || fail "motcua-server does not recommend the PostgreSQL driver"

# The maintainer scripts: present, executable, valid shell, and the postinst makes the user the
# units run as (the name in the units and in sysusers.d agree).
dpkg-deb -e "$server" "$work/control"
for script in postinst prerm postrm; do
  [ -x "$work/control/$script" ] || fail "motcua-server.deb has no executable $script"
  sh -n "$work/control/$script" || fail "motcua-server.deb's $script is not valid shell"
done
dpkg-deb -x "$server" "$work/root"
grep -q '^u motcua ' "$work/root/usr/lib/sysusers.d/motcua.conf" || fail "sysusers.d does not create motcua"
grep -q 'systemd-sysusers' "$work/control/postinst" || fail "postinst does not create the system user"
for unit in motcua-server.service motcua-server@.service motcua-server-backup.service; do
  grep -q '^User=motcua$' "$work/root/usr/lib/systemd/system/$unit" || fail "$unit does not run as motcua"
  grep -q 'ExecStart=.*/usr/bin/motcua-server ' "$work/root/usr/lib/systemd/system/$unit" \
    || fail "$unit does not start /usr/bin/motcua-server"
done
if command -v systemd-analyze >/dev/null; then
  # The units as systemd reads them, with the unpacked binary where the unit expects it.
  for unit in motcua-server.service motcua-server-backup.service motcua-server-backup.timer; do
    out=$(systemd-analyze verify --root="$work/root" "$work/root/usr/lib/systemd/system/$unit" 2>&1 || true)
    if grep -qiE "unknown (key|section)|invalid|failed to parse|bad" <<<"$out"; then
      fail "systemd-analyze verify $unit: $out"
    fi
  done
fi

# The packaged binary itself, unpacked, serves.
data="$work/data"
mkdir -p "$data"
"$work/root/usr/bin/motcua-server" serve --data "$data" --listen 127.0.0.1:0 >"$work/serve.log" 2>&1 &
server_pid=$!
address=
for _ in $(seq 1 100); do
  address=$(grep -oE 'listening on http://[0-9.]+:[0-9]+' "$work/serve.log" | sed 's|listening on ||' || true)
  [ -n "$address" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/serve.log" >&2; fail "the packaged motcua-server exited"; }
  sleep 0.1
done
[ -n "$address" ] || { cat "$work/serve.log" >&2; fail "the packaged motcua-server never listened"; }
health=$(curl -sS --max-time 10 "$address/v1/health")
grep -q '"status":"ok"' <<<"$health" || fail "/v1/health of the packaged server answered: $health"
mode=$(stat -c %a "$data/motcua-server.sqlite")
[ "$mode" = 600 ] || fail "the packaged server created its store with mode $mode"

echo "motcua: $(basename "$desk"), $(wc -l <<<"$desk_files") entries"
echo "motcua-server: $(basename "$server"), $(wc -l <<<"$server_files") entries, Depends: $depends"
echo "packaged motcua-server answered /v1/health at $address"
