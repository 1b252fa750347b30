#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (Playwright's own download does not
# work here) and read the PDFs it prints with poppler's pdftotext. Install what
# is missing when we may; otherwise say how.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's ${missing[*]} for the browser tests…" >&2
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "The browser tests need ${missing[*]}: run 'sudo apt-get install -y ${missing[*]}'." >&2
exit 1
