#!/usr/bin/env python3
"""A cams-groupsync webhook receiver: checks each delivery's signature and age, then prints its
events as JSON lines, each event once (deliveries are at least once: dedupe on event_id, which
never repeats, not on change_id, which can after an asynchronous database failover).
    WEBHOOK_SECRET=... python3 receiver.py [PORT]       (PORT 0 or absent: a free one, printed on stderr)
"""
import hashlib, hmac, http.server, json, os, sys, time

SECRET = os.environ["WEBHOOK_SECRET"].encode()
seen = set()


class Receiver(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        stamp = self.headers.get("X-CAMS-Groupsync-Timestamp", "")
        signature = self.headers.get("X-CAMS-Groupsync-Signature", "")
        expected = "v1=" + hmac.new(SECRET, stamp.encode() + b"." + body, hashlib.sha256).hexdigest()
        fresh = stamp.isdigit() and abs(time.time() - int(stamp)) < 300  # refuse replays
        if not (hmac.compare_digest(signature, expected) and fresh):
            self.send_response(401)  # permanent for the sender: the delivery is marked dead
            self.end_headers()
            return
        for event in json.loads(body)["events"]:
            if event["event_id"] not in seen:
                seen.add(event["event_id"])
                print(json.dumps(event), flush=True)
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


server = http.server.HTTPServer(("127.0.0.1", int(sys.argv[1]) if len(sys.argv) > 1 else 0), Receiver)
print(f"listening on 127.0.0.1:{server.server_address[1]}", file=sys.stderr, flush=True)
server.serve_forever()
