#!/usr/bin/env python3
"""Builds the version pairs that a reference implementation is asked to order.

Usage: collect_pairs.py SCHEME [OSV_DIR]

Writes "a<TAB>b" lines to stdout: every pair of the hand-picked tricky versions in
tricky/SCHEME.txt, then up to REAL_PAIRS pairs of real versions from the OSV zip of the
scheme's ecosystem (neighbours in an affected[].versions list, and introduced/fixed
bounds of one range). The choice is seeded, so the same inputs give the same pairs.
Standard library only.
"""
import json
import os
import random
import sys
import zipfile

REAL_PAIRS = 250
ECOSYSTEM_ZIP = {
    "maven": "Maven",
    "npm": "npm",
    "semver": "crates.io",
    "cargo": "crates.io",
    "pep440": "PyPI",
    "go": "Go",
    "rubygems": "RubyGems",
    "composer": "Packagist",
    "debian": "Debian",
    "alpine": "Alpine",
    "nuget": "NuGet",
    # No Hex records in the snapshot: Elixir is asked about real SemVer versions of Rust crates.
    "hex": "crates.io",
}


def tricky(scheme):
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tricky", scheme + ".txt")
    versions = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                versions.append(line)
    return versions


def real_pairs(zip_path, ecosystem):
    pairs = []
    with zipfile.ZipFile(zip_path) as z:
        for name in sorted(z.namelist()):
            record = json.loads(z.read(name))
            for affected in record.get("affected", []):
                named = (affected.get("package") or {}).get("ecosystem", "")
                if named.split(":")[0] != ecosystem:
                    continue  # a record naming several ecosystems sits in each zip
                listed = [v for v in affected.get("versions", []) if isinstance(v, str)]
                pairs.extend(zip(listed, listed[1:]))
                for r in affected.get("ranges", []):
                    if r.get("type") == "GIT":
                        continue
                    bounds = [v for e in r.get("events", []) for v in e.values()
                              if isinstance(v, str) and v != "0"]
                    pairs.extend((a, b) for i, a in enumerate(bounds) for b in bounds[i + 1:])
    unique = sorted({(a, b) for a, b in pairs if a != b})
    return random.Random(440).sample(unique, min(REAL_PAIRS, len(unique)))


def main():
    scheme = sys.argv[1]
    osv_dir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "advisories", "osv")
    seen = set()
    out = []
    versions = tricky(scheme)
    for i, a in enumerate(versions):
        for b in versions[i + 1:]:
            out.append((a, b))
    zip_name = ECOSYSTEM_ZIP.get(scheme)
    if zip_name:
        out.extend(real_pairs(os.path.join(osv_dir, zip_name, "all.zip"), zip_name))
    for a, b in out:
        if (a, b) not in seen and "\t" not in a + b and "\n" not in a + b:
            seen.add((a, b))
            print(a + "\t" + b)


if __name__ == "__main__":
    main()
