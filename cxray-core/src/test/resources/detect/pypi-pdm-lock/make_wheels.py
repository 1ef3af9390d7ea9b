"""Builds the small wheel index that make-pdm-lock.sh points PDM at (PyPI is not reachable here).

Each wheel is a metadata-only stand-in for a real PyPI release: same name, version, Requires-Python
and Requires-Dist (extras and markers included) as the release's own METADATA, no code. The zip
entries carry a fixed date so the wheels, and the hashes PDM records for them, are the same on
every run. Usage: python3 make_wheels.py OUT_DIR
"""

import base64
import hashlib
import os
import sys
import zipfile

PY3 = ">=2.7, !=3.0.*, !=3.1.*, !=3.2.*, !=3.3.*, !=3.4.*"

# (distribution name, version, wheel tag, Requires-Python, [Provides-Extra], [Requires-Dist])
RELEASES = [
    ("requests", "2.25.1", "py2.py3", PY3, ["security", "socks"], [
        "chardet (<5,>=3.0.2)",
        "idna (<3,>=2.5)",
        "urllib3 (<1.27,>=1.21.1)",
        "certifi (>=2017.4.17)",
        "pyOpenSSL (>=0.14) ; extra == 'security'",
        "cryptography (>=1.3.4) ; extra == 'security'",
        "PySocks (!=1.5.7,>=1.5.6) ; extra == 'socks'",
        "win-inet-pton ; (sys_platform == \"win32\" and python_version == \"2.7\") and extra == 'socks'",
    ]),
    ("chardet", "4.0.0", "py2.py3", PY3, [], []),
    ("idna", "2.10", "py2.py3", ">=2.7, !=3.0.*, !=3.1.*, !=3.2.*, !=3.3.*", [], []),
    ("urllib3", "1.26.4", "py2.py3", PY3 + ", <4", ["brotli", "secure", "socks"], [
        "brotlipy (>=0.6.0) ; extra == 'brotli'",
        "pyOpenSSL (>=0.14) ; extra == 'secure'",
        "PySocks (!=1.5.7,<2.0,>=1.5.6) ; extra == 'socks'",
    ]),
    ("certifi", "2020.12.5", "py2.py3", None, [], []),
    ("PySocks", "1.7.1", "py3", ">=2.7, !=3.0.*, !=3.1.*, !=3.2.*, !=3.3.*", [], []),
    ("Jinja2", "2.11.2", "py2.py3", ">=2.7, !=3.0.*, !=3.1.*, !=3.2.*, !=3.3.*, !=3.4.*", ["i18n"], [
        "MarkupSafe (>=0.23)",
        "Babel (>=0.8) ; extra == 'i18n'",
    ]),
    ("MarkupSafe", "1.1.1", "py3", ">=2.7,!=3.0.*,!=3.1.*,!=3.2.*,!=3.3.*", [], []),
    ("pytest", "6.2.4", "py3", ">=3.6", ["testing"], [
        "attrs (>=19.2.0)",
        "iniconfig",
        "packaging",
        "pluggy (<1.0.0a1,>=0.12)",
        "py (>=1.8.2)",
        "toml",
        "importlib-metadata (>=0.12) ; python_version < \"3.8\"",
        "atomicwrites (>=1.0) ; sys_platform == \"win32\"",
        "colorama ; sys_platform == \"win32\"",
        "xmlschema ; extra == 'testing'",
    ]),
    ("attrs", "21.2.0", "py2.py3", PY3, [], []),
    ("iniconfig", "1.1.1", "py2.py3", None, [], []),
    ("packaging", "20.9", "py2.py3", PY3, [], ["pyparsing (>=2.0.2)"]),
    ("pyparsing", "2.4.7", "py2.py3", ">=2.6, !=3.0.*, !=3.1.*, !=3.2.*", [], []),
    ("pluggy", "0.13.1", "py2.py3", PY3, ["dev"], [
        "importlib-metadata (>=0.12) ; python_version < \"3.8\"",
        "pre-commit ; extra == 'dev'",
        "tox ; extra == 'dev'",
    ]),
    ("py", "1.10.0", "py2.py3", PY3, [], []),
    ("toml", "0.10.2", "py2.py3", ">=2.6, !=3.0.*, !=3.1.*, !=3.2.*", [], []),
    ("atomicwrites", "1.4.0", "py2.py3", PY3, [], []),
    ("colorama", "0.4.4", "py2.py3", PY3, [], []),
]

DATE = (2026, 1, 1, 0, 0, 0)


def record_hash(data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=")
    return "sha256=" + digest.decode()


def build(out, name, version, tag, requires_python, extras, requires):
    stem = name.replace("-", "_")
    info = f"{stem}-{version}.dist-info"
    meta = ["Metadata-Version: 2.1", f"Name: {name}", f"Version: {version}",
            f"Summary: stand-in for {name} {version} (CXRay test data)"]
    if requires_python:
        meta.append(f"Requires-Python: {requires_python}")
    meta += [f"Provides-Extra: {e}" for e in extras]
    meta += [f"Requires-Dist: {r}" for r in requires]
    files = {
        f"{info}/METADATA": ("\n".join(meta) + "\n").encode(),
        f"{info}/WHEEL": (
            "Wheel-Version: 1.0\nGenerator: cxray-make-wheels\nRoot-Is-Purelib: true\n"
            + "".join(f"Tag: {t}-none-any\n" for t in tag.split("."))
        ).encode(),
    }
    record = "".join(f"{p},{record_hash(d)},{len(d)}\n" for p, d in files.items())
    files[f"{info}/RECORD"] = (record + f"{info}/RECORD,,\n").encode()
    path = os.path.join(out, f"{stem}-{version}-{tag}-none-any.whl")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for p, d in files.items():
            entry = zipfile.ZipInfo(p, DATE)
            entry.external_attr = 0o644 << 16
            z.writestr(entry, d, zipfile.ZIP_DEFLATED)


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for release in RELEASES:
        build(out, *release)


if __name__ == "__main__":
    main()
