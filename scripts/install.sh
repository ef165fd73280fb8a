#!/usr/bin/env bash
# Installs what Showcase needs on a fresh Debian machine: Chromium, CJK fonts and poppler from
# Debian (browser tests, exhibit-board PDFs; never a downloaded browser), then the npm packages.
# fonts-wqy-microhei is a CJK font with TrueType (glyf) outlines: Chromium embeds it in board
# PDFs as a CID font, where Noto Sans CJK (CFF outlines) would become Type 3.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need+=(fonts-noto-cjk)
fc-list 2>/dev/null | grep -qi 'WenQuanYi Micro Hei' || need+=(fonts-wqy-microhei)
command -v pdfinfo >/dev/null 2>&1 || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing from Debian: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

npm ci --no-audit --no-fund
