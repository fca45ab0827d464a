#!/usr/bin/env bash
# Render a cnevents HTML report in headless Chromium and save a screenshot, to check by
# eye that the self-contained report shows its counts, plots and tables offline.
#
#   benchmarks/check_report.sh [OUT_DIR] [SCREENSHOT.png]
#
# Defaults: OUT_DIR=outputs, screenshot OUT_DIR/report.png.  Writes OUT_DIR/report.html
# first (`cnevents report`; the report itself never needs a browser).  Chromium runs with
# networking features off, no host resolving and a throwaway profile; its net log must
# show no request made by the page (the report must load nothing from outside), and the
# screenshot must not be blank.  Needs Chromium (Debian: apt-get install -y chromium;
# add fonts-noto-cjk or fonts-wqy-microhei for the Chinese text).
# Exit codes: 0 ok, 1 check failed, 2 Chromium not installed.
set -euo pipefail

OUT_DIR="${1:-outputs}"
SHOT="${2:-$OUT_DIR/report.png}"
HERE="$(cd "$(dirname "$0")/.." && pwd)"
# The Python that has cnevents: $PYTHON, else the active venv, else make's .venv, else python3.
if [ -n "${PYTHON:-}" ]; then PY="$PYTHON"
elif [ -n "${VIRTUAL_ENV:-}" ]; then PY="$VIRTUAL_ENV/bin/python"
elif [ -x "$HERE/.venv/bin/python" ]; then PY="$HERE/.venv/bin/python"
else PY="$(command -v python3)"; fi

BROWSER="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$BROWSER" ]; then
  echo "chromium not installed (apt-get install -y chromium); skipping the render check" >&2
  exit 2
fi

# Not `python -m pipeline.cli`: run as __main__, cli.py would get a second `app` without
# the commands of cli_explore.
"$PY" -c 'from pipeline.cli import app; app()' report "$OUT_DIR" --out "$OUT_DIR/report.html"
REPORT="$(cd "$OUT_DIR" && pwd)/report.html"

# Static check: every src/href stays inside the file (data: URIs or #anchors).
if grep -Eo '(src|href)="[^"]*"' "$REPORT" | grep -Ev '="(#|data:)'; then
  echo "FAIL: the report references something outside itself" >&2
  exit 1
fi

PROFILE="$(mktemp -d)"
LOG="$(mktemp)"
NETLOG="$(mktemp)"
trap 'rm -rf "$PROFILE" "$LOG" "$NETLOG"' EXIT
mkdir -p "$(dirname "$SHOT")"
SHOT_ABS="$(cd "$(dirname "$SHOT")" && pwd)/$(basename "$SHOT")"
# No host resolves (nothing can leave the machine), and the net log records every
# request, so a page that tries to load something is caught below.
timeout 120 "$BROWSER" --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --user-data-dir="$PROFILE" \
  --host-resolver-rules="MAP * ~NOTFOUND" --log-net-log="$NETLOG" \
  --hide-scrollbars --window-size=1280,2400 --screenshot="$SHOT_ABS" \
  "file://$REPORT" >"$LOG" 2>&1 || {
  cat "$LOG" >&2
  echo "FAIL: chromium exited with an error" >&2
  exit 1
}
if [ ! -s "$SHOT_ABS" ]; then
  cat "$LOG" >&2
  echo "FAIL: no screenshot written" >&2
  exit 1
fi

"$PY" - "$SHOT_ABS" "$NETLOG" <<'PYEOF'
import json
import sys

from matplotlib import image

shot, netlog = sys.argv[1], sys.argv[2]
img = image.imread(shot)
h, w = img.shape[:2]
# A blank page is one colour; a rendered report has text, cards and plots.
sample = (img[::16, ::16, :3].reshape(-1, 3) * 255).astype(int).tolist()
distinct = len({tuple(px) for px in sample})
print(f"screenshot {shot}: {w}x{h}, {distinct} distinct colours")
# Requests made by the page carry its (file://) origin as initiator; Chromium's own
# background requests (update checks…) carry none and are not the report's doing.
text = open(netlog, encoding="utf-8").read()
try:
    events = json.loads(text).get("events", [])
except ValueError:  # a net log cut short at exit lacks its closing brackets
    events = json.loads(text.rstrip().rstrip(",") + "]}").get("events", [])
page_requests = sorted({
    p["url"] for p in (e.get("params", {}) for e in events)
    if str(p.get("url", "")).startswith(("http:", "https:", "ws:", "wss:", "ftp:"))
    and p.get("initiator", "not an origin") != "not an origin"
})
for url in page_requests:
    print(f"FAIL: the page requested {url}", file=sys.stderr)
if distinct <= 20:
    print("FAIL: the screenshot is blank", file=sys.stderr)
sys.exit(0 if distinct > 20 and not page_requests else 1)
PYEOF
echo "ok: $REPORT renders in $(basename "$BROWSER") → $SHOT_ABS"
