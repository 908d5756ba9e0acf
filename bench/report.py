#!/usr/bin/env python3
"""Numbers and reports for bench/run.sh, which only orchestrates (builds, servers, timing).

Each subcommand reads its arguments (and JSON on stdin where it says so) and prints one line or
one file; see `report.py --help`. Python's standard library only.
"""
import argparse
import json
import subprocess
import os
import sys
import urllib.request


def scaled(args):
    print(max(1, int(args.n * args.scale)))


def stat(args):
    """A field of the simulator's /__admin/stats (stdin): requests, or the busiest second."""
    stats = json.load(sys.stdin)
    if args.field == "member_requests":
        print(stats["by_action"].get("ListChatGroupParticipants", 0))
    elif args.field == "throttled":
        print(stats["by_code"].get("Throttling.User", 0))
    elif args.field == "max_per_second":
        per_key = stats["max_per_second"]
        print(max(per_key.values()) if per_key else 0)
    else:
        print(stats[args.field])


def tag(args):
    """A JSON line (stdin) with its scenario set: `--from-key step` renames that key's value."""
    row = json.loads(sys.stdin.read())
    row["scenario"] = args.prefix + (row.pop(args.from_key) if args.from_key else "")
    print(json.dumps(row))


def peak_rss_mb(time_file):
    """Peak RSS from `/usr/bin/time -v` output, in MB."""
    for line in open(time_file):
        if "Maximum resident set size (kbytes):" in line:
            return round(int(line.rsplit(":", 1)[1]) / 1024, 1)
    raise SystemExit(f"report.py: no peak RSS in {time_file}")


def timed_row(scenario, groups, t0, t1):
    seconds = float(t1) - float(t0)
    return {"scenario": scenario, "groups": groups, "seconds": round(seconds, 3),
            "groups_per_s": round(groups / seconds)}


def daemon_row(args):
    """One daemon run: time, RSS, requests, and the table statistics before/after ("a b c d e")."""
    row = timed_row(args.scenario, args.groups, args.t0, args.t1)
    before = list(map(int, args.before.split()))
    after = list(map(int, args.after.split()))
    row.update({"peak_rss_mb": peak_rss_mb(args.time_file),
                "requests": args.requests_after - args.requests_before,
                "max_requests_in_1s": args.max_qps,
                "chat_groups_inserted": after[0] - before[0],
                "chat_groups_updated": after[1] - before[1],
                "chat_groups_deleted": after[2] - before[2],
                "changes_inserted": after[3] - before[3],
                "wal_bytes": after[4] - before[4],
                "member_rows_written": after[5] - before[5],
                "member_checks_written": after[6] - before[6],
                "member_requests": args.member_requests_after - args.member_requests_before})
    print(json.dumps(row))


def peer_row(args):
    row = timed_row("peer_initial_10x", args.groups, args.t0, args.t1)
    row.update({"peak_rss_mb": peak_rss_mb(args.time_file),
                "requests": args.requests_after - args.requests_before})
    print(json.dumps(row))


def row(args):
    """A JSON line from a scenario name and key=value pairs (numbers where they parse)."""
    out = {"scenario": args.scenario}
    for pair in args.pairs:
        key, value = pair.split("=", 1)
        try:
            out[key] = int(value)
        except ValueError:
            try:
                out[key] = round(float(value), 3)
            except ValueError:
                out[key] = value
    print(json.dumps(out))


def discovery_row(args):
    """One discovery --once: the cams-sim request log on stdin, the pass's discovery_runs row."""
    log = json.load(sys.stdin)
    entries = log["entries"] if isinstance(log, dict) else log
    sent = sorted(e["ts_ms"] for e in entries if e["action"] == "QueryChatappPhoneNumbers")
    busiest, j = 0, 0
    for i, t in enumerate(sent):
        while t - sent[j] >= 1000:
            j += 1
        busiest = max(busiest, i - j + 1)
    throttled = sum(1 for e in entries if e["code"].startswith("Throttling"))
    run = subprocess.run(
        ["psql", args.url, "-Atq", "-F", " ", "-c",
         f"SELECT status, extract(epoch FROM finished_at - started_at), spaces, numbers, added, "
         f"updated, removed, restored, requests FROM {args.schema}.discovery_runs "
         f"ORDER BY started_at DESC LIMIT 1"], capture_output=True, text=True, check=True)
    status, seconds, spaces, numbers, added, updated, removed, restored, requests = \
        run.stdout.split()
    print(json.dumps({
        "scenario": args.scenario, "status": status, "discovery_seconds": round(float(seconds), 3),
        "spaces": int(spaces), "numbers": int(numbers), "phone_requests": len(sent),
        "phone_requests_max_in_1s": busiest, "throttled": throttled,
        "changes": int(added) + int(updated) + int(removed) + int(restored),
        "inventory_rows_written": args.rows_written, "requests": int(requests),
        "peak_rss_mb": peak_rss_mb(args.time_file)}))


def discovery_lines(by):
    out = []
    for name in ("discovery_first", "discovery_noop"):
        r = by.get(name)
        if r:
            out.append(
                f"- {name}: {r['spaces']} spaces, {r['numbers']} numbers listed in "
                f"{r['discovery_seconds']} s ({r['status']}); {r['phone_requests']} "
                f"QueryChatappPhoneNumbers requests, at most {r['phone_requests_max_in_1s']} in any "
                f"second, {r['throttled']} throttled; {r['changes']} changes, "
                f"{r['inventory_rows_written']} inventory rows written; peak RSS "
                f"{r['peak_rss_mb']} MB (the --once that also synced every discovered account)")
    return out


def webhook_row(args):
    """One --once that drained a backlog: the sink's counts since it was reset (JSON), the
    deliveries left undelivered."""
    stats = json.loads(args.stats)
    seconds = (stats["last_ms"] - stats["first_ms"]) / 1000  # the sink's clock: first to last
    print(json.dumps({
        "scenario": args.scenario, "backlog": args.backlog, "events": stats["events"],
        "deliveries": stats["requests"], "drain_seconds": round(seconds, 3),
        "events_per_s": round(stats["events"] / seconds) if seconds > 0 else None,
        "undelivered": int(args.undelivered), "peak_rss_mb": peak_rss_mb(args.time_file)}))


def webhook_lines(by):
    out = []
    limit = by.get("webhook_receiver_limit")
    for name, r in sorted(by.items()):
        if not name.startswith("webhooks_"):
            continue
        line = (f"- backlog of {r['backlog']} events: {r['events']} delivered in {r['deliveries']} "
                f"deliveries over {r['drain_seconds']} s = {r['events_per_s']} events/s; "
                f"{r['undelivered']} deliveries left undelivered; peak RSS {r['peak_rss_mb']} MB "
                f"(the --once that drained it, syncing nothing)")
        if limit and r["events_per_s"]:
            line += f"; {r['events_per_s'] / limit['events_per_s']:.2f} of the receiver's own limit"
        out.append(line)
    if limit:
        out.append(f"- the receiver's own limit: one keep-alive client (the daemon's) posting a "
                   f"saved {limit['events_per_request']}-event delivery back to back: "
                   f"{limit['requests_per_s']} requests/s = {limit['events_per_s']} events/s")
    return out


def elapsed_ms(args):
    print(round((float(args.t1) - float(args.t0)) * 1000, 1))


def copy_floor_row(args):
    print(json.dumps(timed_row("copy_floor", args.groups, args.t0, args.t1)))


def median(_args):
    """JSON lines (stdin) -> the one with the median "seconds", every trial's seconds added."""
    rows = sorted((json.loads(l) for l in sys.stdin if l.strip()), key=lambda r: r["seconds"])
    m = dict(rows[len(rows) // 2])
    m["trials_seconds"] = [r["seconds"] for r in rows]
    print(json.dumps(m))


def accounts(args):
    """The simulator's generated accounts 1..N as the peer takes them."""
    print(json.dumps([{"cust_space_id": "cams-sim-%04d" % i, "business_number": "86138%08d" % i}
                      for i in range(1, args.n + 1)]))


def change_one_percent(args):
    """Through the admin API: per account, a quarter percent each renamed, suspended, deleted, added."""
    admin = f"http://127.0.0.1:{args.port}/__admin"
    data = json.load(urllib.request.urlopen(admin + "/dataset"))
    for a in data["accounts"]:
        ids = [g["GroupId"] for g in a["groups"]]
        q = max(1, len(ids) // 400)
        ops = [{"op": "update", "group_id": i, "set": {"Subject": "renamed"}} for i in ids[:q]]
        ops += [{"op": "update", "group_id": i, "set": {"GroupStatus": "SUSPENDED"}}
                for i in ids[q:2 * q]]
        ops += [{"op": "delete", "group_id": i} for i in ids[2 * q:3 * q]]
        ops += [{"op": "add", "group": {"GroupId": f"NEW-{a['cust_space_id']}-{k}", "Subject": "new"}}
                for k in range(q)]
        body = json.dumps({"cust_space_id": a["cust_space_id"],
                           "business_number": a["business_number"], "ops": ops}).encode()
        urllib.request.urlopen(urllib.request.Request(admin + "/mutate", data=body, method="POST"))


def change_members(args):
    """Through the admin API: one group in a hundred per account gains a member (its count moves)."""
    admin = f"http://127.0.0.1:{args.port}/__admin"
    data = json.load(urllib.request.urlopen(admin + "/dataset"))
    changed = 0
    for a in data["accounts"]:
        ids = [g["GroupId"] for g in a["groups"]][::100]
        ops = [{"op": "join", "group_id": i, "numbers": [f"8619{k:09d}"]} for k, i in enumerate(ids)]
        body = json.dumps({"cust_space_id": a["cust_space_id"],
                           "business_number": a["business_number"], "ops": ops}).encode()
        urllib.request.urlopen(urllib.request.Request(admin + "/mutate", data=body, method="POST"))
        changed += len(ids)
    print(changed)


def member_lines(by, qps, changed):
    out = []
    for name in ("members_initial_10x", "members_noop_10x", "members_one_percent_10x"):
        if name not in by:
            continue
        r = by[name]
        floor = r["requests"] / qps
        out.append(f"- {name}: {r['member_requests']} member requests ({r['requests']} in all) in "
                   f"{r['seconds']} s = {r['requests'] / r['seconds']:.0f} requests/s against a limit "
                   f"of {qps}; floor {floor:.1f} s ({r['seconds'] / floor:.2f}x); busiest second "
                   f"{r['max_requests_in_1s']}; member rows written {r['member_rows_written']}, "
                   f"check rows {r['member_checks_written']}, history rows {r['changes_inserted']}, "
                   f"chat_groups written {r['chat_groups_inserted'] + r['chat_groups_updated']}"
                   if floor > 0 else
                   f"- {name}: {r['member_requests']} member requests, {r['requests']} in all, "
                   f"{r['seconds']} s")
    if changed is not None:
        out.append(f"- groups whose membership changed before members_one_percent_10x: {changed}")
    return out


def ratio_lines(by):
    out = []
    if "initial_1x" in by and "initial_10x" in by:
        a, b = by["initial_1x"], by["initial_10x"]
        out.append(f"- peak RSS, 1 x {a['groups']} vs 10 x {b['groups'] // 10}: {a['peak_rss_mb']} MB"
                   f" vs {b['peak_rss_mb']} MB (ratio {a['peak_rss_mb'] / b['peak_rss_mb']:.2f})")
    if "peer_initial_10x" in by and "initial_10x" in by:
        p, d = by["peer_initial_10x"], by["initial_10x"]
        out.append(f"- initial sync of 10 accounts, peer / daemon: {p['seconds'] / d['seconds']:.1f}x"
                   f" (daemon {d['groups_per_s']} groups/s, peer {p['groups_per_s']} groups/s)")
    if "copy_floor" in by and "initial_10x" in by:
        out.append("- initial sync of 10 accounts / PostgreSQL COPY floor of the same rows: "
                   f"{by['initial_10x']['seconds'] / by['copy_floor']['seconds']:.2f}x")
    if "noop_10x" in by and "initial_10x" in by:
        noop = by["noop_10x"]
        floor = noop["requests"] / 1000  # the bench's api.qps
        out.append("- no-op resync / initial sync (10 accounts): "
                   f"{noop['seconds'] / by['initial_10x']['seconds']:.2f}; the no-op against its "
                   f"quota floor ({noop['requests']} pages at 1000/s = {floor:.1f} s): "
                   f"{noop['seconds'] / floor:.2f}x")
    if "noop_10x_unpaced" in by and "initial_10x_unpaced" in by:
        i, n = by["initial_10x_unpaced"], by["noop_10x_unpaced"]
        out.append("- with the quota out of the way (api.qps 10000): no-op / initial sync "
                   f"{n['seconds'] / i['seconds']:.2f} ({n['seconds']} s vs {i['seconds']} s, "
                   "medians of 3)")
    if "initial_mid" in by and "initial_10x" in by:
        mid, big = by["initial_mid"], by["initial_10x"]
        out.append(f"- many mid-sized accounts: 20 x {mid['groups'] // 20} groups at "
                   f"{mid['groups_per_s']} groups/s (median of 5), 10 x {big['groups'] // 10} at "
                   f"{big['groups_per_s']} groups/s: {mid['groups_per_s'] / big['groups_per_s']:.2f}")
    if "latency_bound" in by:
        lat = by["latency_bound"]
        floor = lat["groups"] / 100 / 10
        out.append(f"- latency-bound: {lat['seconds']} s against a floor of {floor:.1f} s "
                   f"({lat['seconds'] / floor:.2f}x); busiest second at the simulator: "
                   f"{lat['max_requests_in_1s']} requests (limit 10)")
    return out


def replica_lines(by):
    out = []
    one = by.get("replicas_1")
    for n in (1, 2, 3):
        r = by.get(f"replicas_{n}")
        if not r:
            continue
        floor = r["requests"] / r["qps"]
        line = (f"- {n} replica(s): {r['seconds']} s for {r['requests']} requests at a quota of "
                f"{r['qps']} (floor {floor:.1f} s, {r['seconds'] / floor:.2f}x); busiest second at "
                f"the server {r['max_requests_in_1s']} (quota {r['qps']}); throttled "
                f"{r['throttled']}; failed runs {r['failed_runs']}; accounts skipped for another "
                f"replica {r['skipped']}")
        if one and n > 1:
            line += f"; time / 1 replica's: {r['seconds'] / one['seconds']:.2f}"
        out.append(line)
    return out


def scale_lines(by):
    out = []
    i, n, m = by.get("initial_2m"), by.get("noop_2m"), by.get("meta_2m")
    if i and m:
        floor = i["requests"] / m["qps"]
        out.append(f"- initial sync, {m['accounts']} accounts x {m['groups_per_account']} groups "
                   f"({i['groups']} groups), concurrency {m['concurrency']}: {i['seconds']} s, "
                   f"{i['requests']} requests, quota floor {floor:.1f} s ({i['seconds'] / floor:.2f}x)"
                   f"; peak RSS {i['peak_rss_mb']} MB; busiest second {i['max_requests_in_1s']}")
    if n and m:
        floor = n["requests"] / m["qps"]
        out.append(f"- no-op cycle: {n['seconds']} s ({n['seconds'] / floor:.2f}x the quota floor "
                   f"{floor:.1f} s); chat_groups written {n['chat_groups_inserted'] + n['chat_groups_updated'] + n['chat_groups_deleted']}"
                   f", history rows {n['changes_inserted']}, WAL {n['wal_bytes'] / 1e6:.1f} MB "
                   f"({n['wal_bytes'] / n['groups']:.1f} bytes per group); peak RSS {n['peak_rss_mb']} MB")
    if m:
        out.append(f"- PostgreSQL on disk: {m['db_bytes'] / 1e9:.2f} GB for {m['mirror_groups']} groups "
                   f"and {m['history_rows']} history rows = {m['db_bytes'] / m['mirror_groups'] * 1e6 / 1e9:.2f}"
                   f" GB per million groups (chat_groups {m['chat_groups_bytes'] / 1e9:.2f} GB, "
                   f"chat_group_changes {m['changes_bytes'] / 1e9:.2f} GB)")
        out.append(f"- `--status` with {m['accounts']} accounts: {m['status_ms']} ms (the process, "
                   f"start to exit); metrics endpoint: {m['metrics_ms_max']} ms at most of "
                   f"{m['metrics_samples']} scrapes ({m['metrics_bytes']} bytes) after a full cycle of the "
                   f"daemon; the daemon's peak RSS through that cycle {m['daemon_rss_mb']} MB; "
                   f"{m['connections']} database sessions for concurrency {m['concurrency']}")
    p = by.get("prune_2m")
    if p:
        out.append(f"- pruning {p['rows']} history rows: {p['seconds']} s in {p['batches']} batches, "
                   f"the longest {p['longest_batch_ms']} ms (each batch is the only transaction "
                   f"holding a lock on chat_group_changes); a no-op sync of {p['sync_accounts']} "
                   f"accounts took {p['sync_alone_s']} s alone and {p['sync_during_s']} s while "
                   f"pruning ran (delay {p['sync_during_s'] - p['sync_alone_s']:.2f} s)")
    return out


def summary(args):
    """results.jsonl -> <date>.json and the <date>.md table with its ratios (also printed)."""
    rows = [json.loads(l) for l in open(args.results) if l.strip()]
    with open(args.json_out, "w") as f:
        json.dump({"scale": float(args.scale), "cpus": os.cpu_count(), "results": rows}, f, indent=1)
    by = {r["scenario"]: r for r in rows}
    name = os.path.basename(args.md_out)[:-3]
    out = [f"# Benchmark results ({name}, scale {args.scale}, {os.cpu_count()} cores)"]
    for r in rows:
        if r["scenario"] in ("sim_throughput", "members_meta", "meta_2m", "prune_2m", "queries",
                             "webhook_receiver_limit") or \
                r["scenario"].startswith(("replicas_", "discovery_", "webhooks_")):
            continue
        if len(out) == 1:
            out += ["", "| scenario | groups | seconds | groups/s | peak RSS MB | requests "
                    "| max req in 1 s | chat_groups ins/upd/del | history rows | WAL bytes |",
                    "|---|---|---|---|---|---|---|---|---|---|"]
        out.append("| {} | {} | {} | {} | {} | {} | {} | {}/{}/{} | {} | {} |".format(
            r["scenario"], r.get("groups"), r.get("seconds"), r.get("groups_per_s"),
            r.get("peak_rss_mb", "-"), r.get("requests", "-"), r.get("max_requests_in_1s", "-"),
            r.get("chat_groups_inserted"), r.get("chat_groups_updated"),
            r.get("chat_groups_deleted"), r.get("changes_inserted"), r.get("wal_bytes")))
    s = by.get("sim_throughput")
    if s:
        out += ["", f"cams-sim: {s['pages_per_s']} pages/s of 100 groups ({s['groups_per_s']} "
                f"groups/s) with {s['threads']} keep-alive client threads on the same machine."]
    ratios = ratio_lines(by)
    if ratios:
        out += ["", "Ratios:"] + ratios
    for title, lines in (("Replicas sharing one credential set's quota:", replica_lines(by)),
                         ("Two million groups:", scale_lines(by)),
                         ("Discovery (QueryChatappPhoneNumbers at its own 10/s):",
                          discovery_lines(by)),
                         ("Webhooks (max_batch 500, a receiver answering 200 at once):",
                          webhook_lines(by))):
        if lines:
            out += ["", title] + lines
    meta = by.get("members_meta")
    members = member_lines(by, meta["qps"], meta.get("changed")) if meta else []
    if members:
        out += ["", "Members (ListChatGroupParticipants):"] + members
    queries = by.get("queries")
    if queries:  # bench/queries.py wrote its own report: its table and plans come last
        out += ["", "#" + open(queries["report"]).read().rstrip()]
    with open(args.md_out, "w") as f:
        f.write("\n".join(out) + "\n")
    print("\n".join(out))


def main():
    p = argparse.ArgumentParser(description=__doc__)
    sub = p.add_subparsers(required=True)

    def cmd(name, fn, help_text):
        c = sub.add_parser(name, help=help_text)
        c.set_defaults(fn=fn)
        return c

    c = cmd("scaled", scaled, "N times the scale, at least 1")
    c.add_argument("n", type=int)
    c.add_argument("scale", type=float)
    c = cmd("stat", stat, "a field of /__admin/stats on stdin")
    c.add_argument("field", choices=["requests", "max_per_second", "member_requests", "throttled"])
    c = cmd("row", row, "a JSON line from key=value pairs")
    c.add_argument("scenario")
    c.add_argument("pairs", nargs="*")
    c = cmd("discovery-row", discovery_row, "one discovery pass as a JSON line")
    for name in ("scenario", "url", "schema", "time_file"):
        c.add_argument(name)
    c.add_argument("rows_written", type=int)
    c = cmd("webhook-row", webhook_row, "one webhook drain as a JSON line")
    for a in ("scenario", "backlog", "time_file", "stats", "undelivered"):
        c.add_argument(a)
    c = cmd("elapsed-ms", elapsed_ms, "milliseconds between two `date +%s.%N` readings")
    c.add_argument("t0")
    c.add_argument("t1")
    c = cmd("tag", tag, "set a JSON line's scenario")
    c.add_argument("prefix")
    c.add_argument("--from-key")
    c = cmd("daemon-row", daemon_row, "one daemon run as a JSON line")
    for name in ("scenario", "t0", "t1", "time_file", "before", "after"):
        c.add_argument(name)
    for name in ("--groups", "--requests-before", "--requests-after", "--max-qps"):
        c.add_argument(name, type=int, required=True)
    for name in ("--member-requests-before", "--member-requests-after"):
        c.add_argument(name, type=int, default=0)
    c = cmd("peer-row", peer_row, "the peer's run as a JSON line")
    for name in ("t0", "t1", "time_file"):
        c.add_argument(name)
    for name in ("--groups", "--requests-before", "--requests-after"):
        c.add_argument(name, type=int, required=True)
    c = cmd("copy-floor-row", copy_floor_row, "one COPY trial as a JSON line")
    c.add_argument("t0")
    c.add_argument("t1")
    c.add_argument("--groups", type=int, required=True)
    cmd("median", median, "the median trial of JSON lines on stdin")
    c = cmd("accounts", accounts, "generated accounts 1..N as JSON")
    c.add_argument("n", type=int)
    c = cmd("change-one-percent", change_one_percent, "mutate the simulator's dataset")
    c.add_argument("port")
    c = cmd("change-members", change_members, "members join one group in a hundred")
    c.add_argument("port")
    c = cmd("summary", summary, "write the results JSON and Markdown")
    c.add_argument("results")
    c.add_argument("json_out")
    c.add_argument("md_out")
    c.add_argument("scale")
    args = p.parse_args()
    args.fn(args)


if __name__ == "__main__":
    main()
