#!/usr/bin/env bash
# Lifeline's set-up on a fresh machine that has only Swift.
#   ./setup.sh report   install what is missing, build, and write the report to Output/
#   ./setup.sh test     install what is missing, run every test, and check that Output/ is current
# System packages: libcmark (the Markdown library Lifeline links) and librsvg's rsvg-convert (PNG charts);
# the tests also use pandoc (to check that report.md converts to a Word document with real tables).
# Debian/Ubuntu: installed with apt-get (through sudo when not root). macOS: `brew install cmark librsvg`.
set -euo pipefail
cd "$(dirname "$0")"

install_system_packages() {
  if [ "$(uname)" = "Darwin" ]; then
    command -v brew >/dev/null || { echo "setup.sh: Homebrew is needed on macOS (https://brew.sh)" >&2; exit 1; }
    if [ "${1:-}" = test ]; then command -v pandoc >/dev/null || brew install pandoc; fi
    brew list cmark >/dev/null 2>&1 || brew install cmark
    command -v rsvg-convert >/dev/null || brew install librsvg
    return
  fi
  local missing=()
  pkg-config --exists libcmark 2>/dev/null && [ -f /usr/include/cmark.h ] || missing+=(libcmark-dev)
  command -v pkg-config >/dev/null || missing+=(pkg-config)
  command -v rsvg-convert >/dev/null || missing+=(librsvg2-bin)
  if [ "${1:-}" = test ]; then command -v pandoc >/dev/null || missing+=(pandoc); fi
  [ ${#missing[@]} -eq 0 ] && return
  echo "setup.sh: installing ${missing[*]}" >&2
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

case "${1:-}" in
  report)
    install_system_packages "$1"
    swift build -c release --product lifeline
    .build/release/lifeline build --out Output
    ;;
  test)
    install_system_packages "$1"
    swift build --product lifeline
    swift test
    .build/debug/lifeline build --check --out Output
    ;;
  *)
    echo "usage: ./setup.sh report | ./setup.sh test" >&2
    exit 64
    ;;
esac
