#!/usr/bin/env bash
# Makes sure the real browsers the end-to-end tests drive are installed: Debian's chromium
# (with its interface languages, chromium-l10n) and firefox-esr. Installs them with apt when
# this user may; otherwise says what to run.
set -euo pipefail
wanted=("$@")
[ ${#wanted[@]} -gt 0 ] || wanted=(chromium firefox-esr)
missing=()
for pkg in "${wanted[@]}"; do
  case "$pkg" in
    chromium) bin="${CHROMIUM_PATH:-/usr/bin/chromium}" ;;
    firefox-esr) bin="${FIREFOX_PATH:-/usr/bin/firefox-esr}" ;;
    *) echo "ensure-browsers: unknown browser $pkg" >&2; exit 2 ;;
  esac
  [ -x "$bin" ] || missing+=("$pkg")
  # Debian ships Chromium's interface languages apart; the Spanish e2e test needs them.
  if [ "$pkg" = chromium ] && [ -z "${CHROMIUM_PATH:-}" ] && [ ! -e /usr/lib/chromium/locales/es.pak ]; then
    missing+=(chromium-l10n)
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-browsers: missing ${missing[*]}; install them with your package manager (Debian: apt-get install -y ${missing[*]})," >&2
  echo "or point CHROMIUM_PATH / FIREFOX_PATH at existing binaries." >&2
  exit 1
fi
if [ "$(id -u)" -eq 0 ]; then
  sudo_cmd=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo_cmd=(sudo -n)
else
  echo "ensure-browsers: missing ${missing[*]}. Run: sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "ensure-browsers: installing ${missing[*]} with apt-get" >&2
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
