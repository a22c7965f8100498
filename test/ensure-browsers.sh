#!/usr/bin/env sh
# The e2e tests drive Debian's Chromium and Firefox ESR; test tools may not download their own browsers here.
set -eu
missing=''
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing="$missing chromium"
[ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || missing="$missing firefox-esr"
if [ -z "$missing" ]; then exit 0; fi
echo "Missing browsers:$missing: installing Debian's packages…"
if [ "$(id -u)" -ne 0 ]; then
  echo "Run as root, or install them yourself: sudo apt-get install$missing" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086 # one word per package
apt-get install -y -qq $missing >/dev/null
