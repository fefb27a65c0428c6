#!/usr/bin/env bash
# Makes sure the system-level test prerequisites exist before the suites run:
# Chromium (the WebCrypto conformance run in a real browser) and python3 with moto (the IAM server).
# Installs Chromium with apt-get when we are root on Debian; otherwise says exactly what is missing.
set -euo pipefail

chromium_bin="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium_bin" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "test-prereqs: installing Debian's chromium (needed for the browser conformance run)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "test-prereqs: Chromium not found at $chromium_bin. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH." >&2
    exit 1
  fi
fi

# The generated code records the botocore release it came from, and the drift tests compare against it.
botocore_pin=1.43.11
moto_pin=5.2.1
python_ready() {
  python3 -c 'import moto, botocore, sys; sys.exit(botocore.__version__ != sys.argv[1])' "$botocore_pin" >/dev/null 2>&1
}
if ! python_ready; then
  # Where PyPI is reachable (not on CI machines, which come with both), install the pinned pair for this user.
  echo "test-prereqs: installing moto $moto_pin and botocore $botocore_pin with pip (user site)"
  python3 -m pip install --quiet --retries 1 --timeout 15 --user "moto[server]==$moto_pin" "botocore==$botocore_pin" >&2 ||
    python3 -m pip install --quiet --retries 1 --timeout 15 --user --break-system-packages "moto[server]==$moto_pin" "botocore==$botocore_pin" >&2 ||
    true
fi
if ! python_ready; then
  have=$(python3 -c 'import botocore; print(botocore.__version__)' 2>/dev/null || echo none)
  echo "test-prereqs: python3 needs moto $moto_pin and botocore $botocore_pin (botocore found: $have; the generated code and its drift tests record $botocore_pin): pip install 'moto[server]==$moto_pin' 'botocore==$botocore_pin'" >&2
  exit 1
fi
