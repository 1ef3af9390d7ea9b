#!/usr/bin/env python3
"""Turns a hand-written ordering (handwritten/SCHEME.order) into the test's TSV format.

Usage: expand_handwritten.py [scheme...]   (default: every handwritten/*.order)

An .order file lists versions in ascending order, one line per group of equal versions
(TAB-separated), plus "invalid<TAB>v" lines; "#" lines are carried into the TSV header.
Every pair of listed versions becomes one TSV line, its expected sign given by the groups'
positions. Nothing here consults CXRay's own code.
"""
import glob
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
out_dir = os.path.join(here, "..", "..", "cxray-core", "src", "test", "resources", "version-reference")


def expand(scheme):
    header, groups, invalid = [], [], []
    with open(os.path.join(here, "handwritten", scheme + ".order"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("#"):
                header.append(line)
            elif line.startswith("invalid\t"):
                invalid.append(line)
            elif line:
                groups.append(line.split("\t"))
    flat = [(rank, v) for rank, group in enumerate(groups) for v in group]
    with open(os.path.join(out_dir, scheme + ".tsv"), "w", encoding="utf-8") as f:
        for h in header:
            f.write(h + "\n")
        f.write("# Expanded by tools/version-reference/expand_handwritten.py from handwritten/%s.order;"
                " edit that file, not this one.\n" % scheme)
        f.write("# a<TAB>b<TAB>sign of compare(a, b); 'invalid<TAB>v': not a version.\n")
        for line in invalid:
            f.write(line + "\n")
        for i, (ra, a) in enumerate(flat):
            for rb, b in flat[i + 1:]:
                f.write("%s\t%s\t%s\n" % (a, b, "<" if ra < rb else ">" if ra > rb else "="))
    print("%s: %d versions, %d pairs" % (scheme, len(flat), len(flat) * (len(flat) - 1) // 2))


for scheme in sys.argv[1:] or sorted(
        os.path.basename(p)[:-6] for p in glob.glob(os.path.join(here, "handwritten", "*.order"))):
    expand(scheme)
