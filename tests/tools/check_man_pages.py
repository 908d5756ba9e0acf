#!/usr/bin/env python3
"""The man pages render without warnings and say what the program and the example config say.

    check_man_pages.py BINARY SOURCE_DIR

- cams-groupsync(8), cams-groupsync-admin(8) and cams-groupsync.yaml(5) render with
  `man --warnings` and no warning;
- every long option of `BINARY --help` is in cams-groupsync(8)'s OPTIONS, and the reverse;
- every key of config/example.yaml (shown or commented) is in cams-groupsync.yaml(5), and the
  reverse (credential set names, which are the user's, are not keys);
- every page's footer carries the version `BINARY --version` prints;
- README.md's configuration table has a row for each section of config/example.yaml, and the
  README names the newest migration in migrations/.
Prints each difference and exits 1, or a summary and exits 0.
"""
import os
import re
import subprocess
import sys

binary, source = sys.argv[1], sys.argv[2]
man8 = os.path.join(source, "docs/man/cams-groupsync.8")
man5 = os.path.join(source, "docs/man/cams-groupsync.yaml.5")
admin8 = os.path.join(source, "docs/man/cams-groupsync-admin.8")
example = os.path.join(source, "config/example.yaml")
problems = []

for page in (man8, man5, admin8):
    r = subprocess.run(["man", "--warnings", "-E", "UTF-8", "-l", page], capture_output=True,
                       text=True, env=dict(os.environ, MANWIDTH="80", LC_ALL="C.UTF-8"))
    if r.returncode != 0 or r.stderr.strip():
        problems.append(f"{page}: man reports: {r.stderr.strip() or r.returncode}")
    if "SYNOPSIS" not in r.stdout:
        problems.append(f"{page}: rendered without a SYNOPSIS")

help_text = subprocess.run([binary, "--help"], capture_output=True, text=True).stdout
help_options = set(re.findall(r"(?<![\w-])--([a-z][a-z-]*)", help_text))
roff8 = open(man8).read()
options_section = roff8.split(".SH OPTIONS", 1)[1].split(".SH ", 1)[0]
man_options = set()
for line in options_section.splitlines():
    if line.startswith((".B ", ".BI ", ".BR ")):
        man_options |= {o.replace("\\-", "-") for o in re.findall(r"\\-\\-([a-z\\-]+)", line)}
man_options = {o.replace("\\", "") for o in man_options}
for o in sorted(help_options - man_options):
    problems.append(f"--{o} is in --help but not in cams-groupsync(8)")
for o in sorted(man_options - help_options):
    problems.append(f"--{o} is in cams-groupsync(8) but not in --help")

set_names = set()
example_keys = set()
section = None
for line in open(example):
    m = re.match(r"^(\s*)(?:#\s*)*(?:-\s+)?([a-z][a-z0-9_]*):(\s|$)", line)
    if not m:
        continue
    if not m.group(1) and not line.startswith("#"):
        section = m.group(2)
    # a credential set is named by the user: a key right under credentials:
    if section == "credentials" and re.match(r"^\s{2}(#\s{1,3})?[a-z][a-z0-9_-]*:\s*(#.*)?$", line):
        set_names.add(m.group(2))
        continue
    example_keys.add(m.group(2))
man_keys = set()
for line in open(man5):
    # key lines: ".B section.key", or ".BR section.key ", " other_key ..." listing siblings
    if line.startswith((".B ", ".BR ")) and re.search(r"[a-z_\]]\.[A-Za-z_]", line):
        for token in re.findall(r"[a-z_\[\]]+(?:\.[A-Za-z_\[\]]+)+|(?<=\s)[a-z][a-z0-9_]*(?=\s|$)", line):
            for part in token.split("."):
                part = part.replace("[]", "")
                if part and part != "NAME" and re.fullmatch(r"[a-z][a-z0-9_]*", part):
                    man_keys.add(part)
for k in sorted(example_keys - man_keys):
    problems.append(f"key {k} is in config/example.yaml but not in cams-groupsync.yaml(5)")
for k in sorted(man_keys - example_keys):
    problems.append(f"key {k} is in cams-groupsync.yaml(5) but not in config/example.yaml")

version = subprocess.run([binary, "--version"], capture_output=True, text=True).stdout.split()[-1]
for page in (man8, man5, admin8):
    th = next(l for l in open(page) if l.startswith(".TH "))
    if f'"cams-groupsync {version}"' not in th:
        problems.append(f"{page}: the footer says {th.strip()!r}, --version says {version}")

readme = open(os.path.join(source, "README.md")).read()
# a section shown, or commented out whole ("# discovery:" at the left margin)
sections = {m.group(1) for m in re.finditer(r"^(?:# )?([a-z_]+):\s*$|^([a-z_]+):", open(example).read(), re.M) if m.group(1)}
sections |= {m.group(1) for m in re.finditer(r"^([a-z_]+):", open(example).read(), re.M)}
table = readme.split("## Configuration", 1)[1].split("\n## ", 1)[0]
rows = set(re.findall(r"^\| `([a-z_]+)` \|", table, re.M))
for k in sorted(sections - rows):
    problems.append(f"section {k} of config/example.yaml has no row in README's configuration table")
for k in sorted(rows - sections):
    problems.append(f"README's configuration table has a row {k} that config/example.yaml lacks")
newest = sorted(f for f in os.listdir(os.path.join(source, "migrations")) if f.endswith(".sql"))[-1]
if newest not in readme:
    problems.append(f"README does not name the newest migration, {newest}")

for p in problems:
    print(p)
if problems:
    sys.exit(1)
print(f"ok: {len(help_options)} options, {len(example_keys)} keys, {len(sections)} sections, "
      f"version {version} and migration {newest} agree; both pages render without warnings (credential set names in the example: {', '.join(sorted(set_names))})")
