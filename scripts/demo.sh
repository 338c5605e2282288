#!/usr/bin/env bash
# Installs what the project needs, builds it and opens the shell in demo mode: simulated devices,
# the bundled plugins, a local SQLite lane database under build/demo/data, and a pos-server on
# 127.0.0.1 (port 8080, or POS_DEMO_SERVER_PORT) with its SQLite file under build/demo/server.
# Without a display (a server, CI), it runs the shell under Xvfb and saves a screenshot instead.
# POS_DEMO_MODE=self-checkout opens a self-checkout lane instead of the counter, with the SMS
# gateway simulator on 127.0.0.1 (port 8025, or POS_DEMO_SMS_PORT) writing receipts sent by SMS
# to build/demo/sms/<n>.json.
# POS_DEMO_MODE=exit opens the weighing exit lane (app/pos/demo/exit-lane.json) on a simulated
# Mettler Toledo scale, with a handheld enrolled to make paid orders whose QR the lane checks.
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
  counter|self-checkout|exit) ;;
  *) echo "demo: POS_DEMO_MODE must be counter, self-checkout or exit, not '$mode'" >&2; exit 2 ;;
esac
settings="$build_dir/demo/pos.json"
lane_id=L01
if [ "$mode" = self-checkout ]; then
  sms_port="${POS_DEMO_SMS_PORT:-8025}"
  mkdir -p "$build_dir/demo/sms"
  sed -i "s#\"url\": \"http://127.0.0.1:[0-9]*/send\"#\"url\": \"http://127.0.0.1:$sms_port/send\"#" "$build_dir/demo/pos.json"
  "$build_dir/bin/pos-sms-sim" --listen "127.0.0.1:$sms_port" --dir "$build_dir/demo/sms" --token demo-token \
    >"$build_dir/demo/sms.log" 2>&1 &
  helpers+=($!)
  echo "demo: SMS gateway simulator on 127.0.0.1:$sms_port, messages in $build_dir/demo/sms (log: $build_dir/demo/sms.log)"
fi

if [ "$mode" = exit ]; then
  # The exit lane's settings, copied afresh each run: its scale port, its control pipe and the
  # spoken prompts (WAV files) all live under build/demo.
  demo_dir="$(cd "$build_dir/demo" && pwd)"
  settings="$build_dir/demo/exit-lane.json"
  lane_id=X01
  scale_link="$demo_dir/exit-scale"
  scale_control="$demo_dir/exit-scale.ctl"
  mkdir -p "$demo_dir/prompts"
  sed -e "s#/tmp/pos-exit-scale#$scale_link#g" -e "s#\"dir\": \"prompts\"#\"dir\": \"$demo_dir/prompts\"#" \
    app/pos/demo/exit-lane.json >"$settings"
  # The simulator reads its control lines ("weight 1210") from a pipe this script holds open, so
  # it never sees the end of its input while the demo runs.
  rm -f "$scale_control"
  mkfifo "$scale_control"
  exec 7<>"$scale_control"
  "$build_dir/bin/pos-weighing-toledo-sim" --link "$scale_link" <"$scale_control" >"$build_dir/demo/exit-scale.log" 2>&1 &
  helpers+=($!)
  for _ in $(seq 50); do [ -e "$scale_link" ] && break; sleep 0.1; done
  if [ ! -e "$scale_link" ]; then
    echo "demo: the scale simulator did not start; see $build_dir/demo/exit-scale.log" >&2
    exit 1
  fi
  echo "demo: Mettler Toledo 8217 scale simulated on $scale_link (log: $build_dir/demo/exit-scale.log)"
fi

# The store server. The lane's settings name it at 127.0.0.1:8080; another port is written into
# the lane's settings (the build copies build/demo/pos.json back when it changes).
port="${POS_DEMO_SERVER_PORT:-8080}"
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
  code=$("$build_dir/bin/pos-server" enrol-code --db "$server_db" --role lane --store S001 --lane "$lane_id" 2>/dev/null)
  "${posctl[@]}" server enrol "$code"
fi
# A new server database gets the demo catalog, so handheld orders (pos-weighing-handheld) find its
# items; the admin code is spent by the publish, whose credential is revoked when it is done.
if [ "$new_server" = 1 ]; then
  admin_code=$("$build_dir/bin/pos-server" enrol-code --db "$server_db" --role admin --store S001 2>/dev/null)
  "${posctl[@]}" server publish-catalog "$build_dir/demo/catalog.csv" --admin-code "$admin_code"
fi
lane=("$build_dir/bin/pos" --demo --mode "$mode")
if [ "$mode" = exit ]; then
  # The handheld (a kiosk device) enrols once per server database; its token stays in a file.
  handheld=("$build_dir/bin/pos-weighing-handheld" --server "http://127.0.0.1:$port" --credential "$build_dir/demo/handheld.credential")
  if [ "$new_server" = 1 ] || [ ! -s "$build_dir/demo/handheld.credential" ]; then
    kiosk_code=$("$build_dir/bin/pos-server" enrol-code --db "$server_db" --role kiosk --store S001 2>/dev/null)
    "${handheld[@]}" enrol "$kiosk_code"
  fi
  cat <<EOF
demo: the exit lane. Make a paid order on the handheld (two cans of cola and a peach water):
  ${handheld[*]} shop --item 6921270000016x2 --item 6921270000153 --pay --qr-png $build_dir/demo/pass.png
then type or paste the payload of its last line (QR WO1....) into the lane's QR field and press
Enter. Put the bag on the scale: the catalog's weights make this order 2 x 350 g + 510 g:
  echo "weight 1210" > $scale_control
("weight 1560" adds an unpaid can and sounds the alarm; "weight 0" empties the scale.)
Spoken prompts are written to $demo_dir/prompts.
EOF
  lane=("$build_dir/bin/pos" --config "$settings")
fi
if [ -n "${DISPLAY:-}" ]; then
  "${lane[@]}" "$@"
  exit
fi
shot="$build_dir/demo/screenshot.png"
echo "demo: no DISPLAY; running the shell under Xvfb and saving $shot"
xvfb-run -a -s "-screen 0 1280x800x24" "${lane[@]}" --screenshot "$shot" "$@"
echo "demo: screenshot saved to $shot"
