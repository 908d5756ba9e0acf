#!/usr/bin/env python3
"""Makes a pg_dump of a mirror by a release before schema 6 load through libpq:
    pg_dump ... | python3 scripts/lib/restorable-dump.py SCHEMA > fixture.sql

- psql's \\restrict and \\unrestrict lines (newer pg_dump) go: libpq does not know them.
- The session's search_path is the mirror's schema, as it was when that release wrote the mirror:
  before schema 6 the item helpers found each other through it, and pg_dump's empty one fails.
- cgs_item_whole (0.3.0 to 0.4.x) moves before the helpers that call it: pg_dump orders it after
  the CREATE TABLE whose generated columns inline them. This is the broken backup schema 6 fixed;
  the objects and rows are the ones the release wrote.
"""
import re
import sys

schema = sys.argv[1]
text = "".join(line for line in sys.stdin if not re.match(r"\\(un)?restrict ", line))
text = text.replace(
    "SELECT pg_catalog.set_config('search_path', '', false);",
    f"SELECT pg_catalog.set_config('search_path', '{schema}', false);",
)
block = re.search(
    r"--\n-- Name: cgs_item_whole\(.*?\n *\$\$;\n\n\n", text, flags=re.DOTALL
)
if block:
    text = text.replace(block.group(0), "")
    first = text.index("--\n-- Name: cgs_item_")
    text = text[:first] + block.group(0) + text[first:]
sys.stdout.write(text)
