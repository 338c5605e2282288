#!/usr/bin/env bash
# Installs what the project needs, builds it and opens the shell in demo mode: simulated devices,
# the bundled plugins, a local SQLite lane database under build/demo/data, and a pos-server on
# 127.0.0.1 (port 8080, or POS_DEMO_SERVER_PORT) with its SQLite file under build/demo/server.
# Without a display (a server, CI), it runs the shell under Xvfb and saves a screenshot instead.
# POS_DEMO_MODE=self-checkout opens a self-checkout lane instead of the counter, with the SMS
# gateway simulator on 127.0.0.1 (port 8025, or POS_DEMO_SMS_PORT) writing receipts sent by SMS
# to build/demo/sms/<n>.json.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
build_dir="${POS_BUILD_DIR:-build}"
# The helpers started below stop when this script exits.
helpers=()
stop_helpers() {
  for pid in "${helpers[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; done
  true
}
trap stop_helpers EXIT

# The virtual receipt printer takes the demo's receipts on 127.0.0.1:9100 and prints them as
# PNG files into build/demo/receipts/.
vprinter="$build_dir/bin/pos-virtual-printer"
if [ -x "$vprinter" ]; then
  mkdir -p "$build_dir/demo/receipts"
  "$vprinter" --listen 127.0.0.1:9100 --out "$build_dir/demo/receipts" >"$build_dir/demo/printer.log" 2>&1 &
  helpers+=($!)
  echo "demo: virtual receipt printer on 127.0.0.1:9100, receipts in $build_dir/demo/receipts (log: $build_dir/demo/printer.log)"
fi

mode="${POS_DEMO_MODE:-counter}"
case "$mode" in
  counter|self-checkout) ;;
  *) echo "demo: POS_DEMO_MODE must be counter or self-checkout, not '$mode'" >&2; exit 2 ;;
esac
if [ "$mode" = self-checkout ]; then
  sms_port="${POS_DEMO_SMS_PORT:-8025}"
  mkdir -p "$build_dir/demo/sms"
  sed -i "s#\"url\": \"http://127.0.0.1:[0-9]*/send\"#\"url\": \"http://127.0.0.1:$sms_port/send\"#" "$build_dir/demo/pos.json"
  "$build_dir/bin/pos-sms-sim" --listen "127.0.0.1:$sms_port" --dir "$build_dir/demo/sms" --token demo-token \
    >"$build_dir/demo/sms.log" 2>&1 &
  helpers+=($!)
  echo "demo: SMS gateway simulator on 127.0.0.1:$sms_port, messages in $build_dir/demo/sms (log: $build_dir/demo/sms.log)"
fi

# The store server. The lane's settings name it at 127.0.0.1:8080; another port is written into
# build/demo/pos.json (the build copies the original back when it changes).
port="${POS_DEMO_SERVER_PORT:-8080}"
settings="$build_dir/demo/pos.json"
server_dir="$build_dir/demo/server"
server_db="$server_dir/pos-server.db"
mkdir -p "$server_dir"
[ -e "$server_db" ] && new_server=0 || new_server=1
sed -i "s#\"url\": \"http://127.0.0.1:[0-9]*\"#\"url\": \"http://127.0.0.1:$port\"#" "$settings"
"$build_dir/bin/pos-server" --db "$server_db" --listen "127.0.0.1:$port" >"$server_dir/server.log" 2>&1 &
server_pid=$!
helpers+=("$server_pid")
for _ in $(seq 50); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
  kill -0 "$server_pid" 2>/dev/null || break
  sleep 0.2
done
if ! kill -0 "$server_pid" 2>/dev/null; then
  echo "demo: pos-server did not start on 127.0.0.1:$port (is the port taken? set POS_DEMO_SERVER_PORT); see $server_dir/server.log" >&2
  tail -n 5 "$server_dir/server.log" >&2
  exit 1
fi
echo "demo: pos-server on http://127.0.0.1:$port, database $server_db (log: $server_dir/server.log)"

# A lane with no credential, or one from an earlier server database, enrols with a fresh code.
posctl=("$build_dir/bin/posctl" --config "$settings")
lane_status=$("${posctl[@]}" server status 2>&1 || true)
if [ "$new_server" = 1 ] || grep -q '^enrolled: *no' <<<"$lane_status"; then
  code=$("$build_dir/bin/pos-server" enrol-code --db "$server_db" --role lane --store S001 --lane L01 2>/dev/null)
  "${posctl[@]}" server enrol "$code"
fi
# A new server database gets the demo catalog, so handheld orders (pos-weighing-handheld) find its
# items; the admin code is spent by the publish, whose credential is revoked when it is done.
if [ "$new_server" = 1 ]; then
  admin_code=$("$build_dir/bin/pos-server" enrol-code --db "$server_db" --role admin --store S001 2>/dev/null)
  "${posctl[@]}" server publish-catalog "$build_dir/demo/catalog.csv" --admin-code "$admin_code"
fi
if [ -n "${DISPLAY:-}" ]; then
  "$build_dir/bin/pos" --demo --mode "$mode" "$@"
  exit
fi
shot="$build_dir/demo/screenshot.png"
echo "demo: no DISPLAY; running the shell under Xvfb and saving $shot"
xvfb-run -a -s "-screen 0 1280x800x24" "$build_dir/bin/pos" --demo --mode "$mode" --screenshot "$shot" "$@"
echo "demo: screenshot saved to $shot"
