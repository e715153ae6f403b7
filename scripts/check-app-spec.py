#!/usr/bin/env python3
"""Every setting mikro-server reads is in packaging/digitalocean/app.yaml (issue #15 §3), or named
there on purpose as not set; and every key the spec sets is one the server reads. CI runs it."""
import pathlib
import re
import sys

root = pathlib.Path(__file__).resolve().parent.parent
readers = ["app/server/ServerConfig.cpp", "services/store/DatabaseConfig.cpp",
           "services/tm4/Tm4Settings.cpp"]
read = set()
for path in readers:
    read |= set(re.findall(r'u"([A-Z][A-Z0-9_]+)"_s', (root / path).read_text()))
spec = (root / "packaging/digitalocean/app.yaml").read_text()
set_keys = set(re.findall(r"^\s*- key: ([A-Z0-9_]+)", spec, re.M))
# "Not set here, on purpose: …" names the rest; POSTGRES_* stands for the whole set.
unset_block = spec[spec.index("# Not set here, on purpose:"):spec.index("databases:")]
unset = set(re.findall(r"\b([A-Z][A-Z0-9_]{3,})\b", unset_block))
unset |= {name for name in read if name.startswith("POSTGRES_") and "POSTGRES_" in unset_block}
missing = sorted(read - set_keys - unset)
unknown = sorted(set_keys - read)
if missing or unknown:
    if missing:
        print("app.yaml lacks settings the server reads: " + ", ".join(missing))
    if unknown:
        print("app.yaml sets what the server never reads: " + ", ".join(unknown))
    sys.exit(1)
print(f"app.yaml: {len(read)} settings the server reads, {len(set_keys)} set, "
      f"{len(read & unset)} left out on purpose")
