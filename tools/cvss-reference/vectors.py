#!/usr/bin/env python3
"""Prints CVSS v4.0 vectors for the reference scores (see generate.sh).

Usage: vectors.py sample [OSV_DIR]   every distinct CVSS_V4 vector in the OSV zips, then a seeded
                                     random sample: base-only vectors and vectors with threat and
                                     environmental metrics
       vectors.py all-base           all 104,976 base-only vectors
Standard library only; the choice is seeded, so the same inputs give the same vectors.
"""
import glob
import itertools
import json
import os
import random
import sys
import zipfile

BASE = [("AV", "NALP"), ("AC", "LH"), ("AT", "NP"), ("PR", "NLH"), ("UI", "NPA"),
        ("VC", "HLN"), ("VI", "HLN"), ("VA", "HLN"), ("SC", "HLN"), ("SI", "HLN"), ("SA", "HLN")]
OPTIONAL = [("E", "XAPU"), ("CR", "XHML"), ("IR", "XHML"), ("AR", "XHML"), ("MAV", "XNALP"),
            ("MAC", "XLH"), ("MAT", "XNP"), ("MPR", "XNLH"), ("MUI", "XNPA"), ("MVC", "XHLN"),
            ("MVI", "XHLN"), ("MVA", "XHLN"), ("MSC", "XHLN"), ("MSI", "XSHLN"), ("MSA", "XSHLN")]
SAMPLE_BASE = 600
SAMPLE_FULL = 600


def vector(parts):
    return "CVSS:4.0/" + "/".join("%s:%s" % p for p in parts)


def osv_vectors(osv_dir):
    found = set()
    for path in sorted(glob.glob(os.path.join(osv_dir, "*", "all.zip"))):
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                record = json.loads(z.read(name))
                severities = list(record.get("severity") or [])
                for affected in record.get("affected") or []:
                    severities.extend(affected.get("severity") or [])
                found.update(s["score"] for s in severities if s.get("type") == "CVSS_V4")
    return sorted(found)


def sample(osv_dir):
    out = osv_vectors(osv_dir)
    r = random.Random(40)
    for _ in range(SAMPLE_BASE):
        out.append(vector((m, r.choice(v)) for m, v in BASE))
    for _ in range(SAMPLE_FULL):
        parts = [(m, r.choice(v)) for m, v in BASE]
        parts += [(m, r.choice(v)) for m, v in OPTIONAL if r.random() < 0.5]
        out.append(vector(parts))
    return out


def main():
    if sys.argv[1] == "all-base":
        for combo in itertools.product(*[v for _, v in BASE]):
            print(vector(zip([m for m, _ in BASE], combo)))
        return
    here = os.path.dirname(os.path.abspath(__file__))
    osv_dir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
        here, "..", "..", "..", "shared", "advisories", "osv")
    seen = set()
    for v in sample(osv_dir):
        if v not in seen:
            seen.add(v)
            print(v)


if __name__ == "__main__":
    main()
