#!/usr/bin/python3
"""Orders version pairs with the packaging library (Debian python3-packaging)."""
import sys

from packaging.version import InvalidVersion, Version

invalid = set()


def parse(v):
    try:
        return Version(v)
    except InvalidVersion:
        if v not in invalid:
            invalid.add(v)
            print("#invalid\t" + v)
        return None


for line in sys.stdin:
    a, b = line.rstrip("\n").split("\t")
    va, vb = parse(a), parse(b)
    if va is not None and vb is not None:
        print(a + "\t" + b + "\t" + ("<" if va < vb else ">" if va > vb else "="))
