#!/usr/bin/env python3
"""Checks that the Grafana dashboard and the Prometheus rules only name metrics the daemon exports.

    check_metric_refs.py SCRAPE DASHBOARD_JSON RULES_YML

SCRAPE is a real /metrics answer of the daemon. The dashboard must be valid JSON with panels that
each have an id, a grid position and at least one query; every cams_groupsync_* name in a query or
rule must be a family the scrape declares (# TYPE), histogram series included (_bucket, _sum,
_count). Prints what is wrong and exits 1, or prints a summary and exits 0.
"""
import json
import re
import sys

NAME = re.compile(r"\bcams_groupsync_[a-z0-9_]+\b")


def families(scrape):
    out = {}
    for line in scrape.splitlines():
        if line.startswith("# TYPE "):
            _, _, name, kind = line.split(" ", 3)
            out[name] = kind
    return out


def known(name, fams):
    if name in fams:
        return True
    for suffix in ("_bucket", "_sum", "_count"):
        base = name[: -len(suffix)] if name.endswith(suffix) else None
        if base and fams.get(base) == "histogram":
            return True
    return False


def main():
    scrape_path, dashboard_path, rules_path = sys.argv[1:4]
    fams = families(open(scrape_path).read())
    problems = []
    try:
        dashboard = json.load(open(dashboard_path))
    except json.JSONDecodeError as e:
        print(f"{dashboard_path}: not valid JSON: {e}")
        return 1
    ids = set()
    names = set()
    for panel in dashboard.get("panels", []):
        where = f"panel {panel.get('id')} ({panel.get('title')!r})"
        if panel.get("id") in ids:
            problems.append(f"{where}: duplicate id")
        ids.add(panel.get("id"))
        if not {"x", "y", "w", "h"} <= set(panel.get("gridPos", {})):
            problems.append(f"{where}: no gridPos")
        targets = panel.get("targets", [])
        if not targets:
            problems.append(f"{where}: no query")
        for t in targets:
            for name in NAME.findall(t.get("expr", "")):
                names.add(name)
                if not known(name, fams):
                    problems.append(f"{where}: {name} is not a metric the daemon exports")
    for var in dashboard.get("templating", {}).get("list", []):
        for name in NAME.findall(str(var.get("query", ""))):
            if not known(name, fams):
                problems.append(f"variable {var.get('name')}: {name} is not exported")
    rule_names = set()
    for number, line in enumerate(open(rules_path), 1):
        code = line.split("#", 1)[0]
        if code.strip().startswith(("summary:", "runbook:")):
            continue
        for name in NAME.findall(code):
            rule_names.add(name)
            if not known(name, fams):
                problems.append(f"{rules_path}:{number}: {name} is not a metric the daemon exports")
    for p in problems:
        print(p)
    if problems:
        return 1
    print(f"ok: {len(dashboard['panels'])} panels and the rules name {len(names | rule_names)} "
          f"metrics, all among the {len(fams)} families of the scrape")
    return 0


if __name__ == "__main__":
    sys.exit(main())
