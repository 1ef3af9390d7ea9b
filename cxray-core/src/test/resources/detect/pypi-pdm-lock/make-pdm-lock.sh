#!/bin/sh
# Regenerates the pdm.lock of a pypi-pdm-lock golden case with the real PDM, offline: PyPI is not
# reachable here, so make_wheels.py builds metadata-only stand-ins of the locked releases into
# /tmp/cxray-pdm-wheels, and the case's pyproject.toml names that folder as its only source (a
# find_links source named "pypi" replaces the default index). The folder's path ends up in the
# lock's file URLs, so it is fixed. Needs Debian's python3-pdm (PDM 2.2.1, writes lock_version 4.0).
# Run from this directory: sh make-pdm-lock.sh v4.0-extras-metadata-files
set -eu
CASE=${1:?case directory}
HERE=$(cd "$(dirname "$0")" && pwd)
WHEELS=/tmp/cxray-pdm-wheels
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
rm -rf "$WHEELS"
python3 "$HERE/make_wheels.py" "$WHEELS"
cp "$HERE/$CASE/pyproject.toml" "$WORK/"
# A throw-away home: no user configuration, no update check against PyPI.
(cd "$WORK" && HOME="$WORK/home" PDM_CHECK_UPDATE=false pdm lock)
cp "$WORK/pdm.lock" "$HERE/$CASE/pdm.lock"
pdm --version
