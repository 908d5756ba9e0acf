#!/usr/bin/env python3
"""Makes a pg_dump of a mirror by a release before schema 6 load through libpq:
    pg_dump ... | python3 scripts/lib/restorable-dump.py SCHEMA > fixture.sql

- psql's \\restrict and \\unrestrict lines (newer pg_dump) go: libpq does not know them.
- The session's search_path is the mirror's schema, as it was when that release wrote the mirror:
  before schema 6 (0.3.0 to 0.4.x) cgs_item_bigint and cgs_item_integer call cgs_item_whole by
  its bare name, and CREATE TABLE chat_groups inlines them into its generated columns, which fails
  with pg_dump's empty search_path. This is the broken backup schema 6 fixed; the objects and
  rows are the ones the release wrote.
"""
import re
import sys

schema = sys.argv[1]
text = "".join(line for line in sys.stdin if not re.match(r"\\(un)?restrict ", line))
text = text.replace(
    "SELECT pg_catalog.set_config('search_path', '', false);",
    f"SELECT pg_catalog.set_config('search_path', '{schema}', false);",
)
sys.stdout.write(text)
