"""A real OOAPI endpoint on 127.0.0.1 for the fetch tests: paged v6 courses, learning outcomes and
course offerings (written from the specification's field definitions by ``bench.ooapi``), and its
faults — a timeout, a 500 then success, truncated JSON, a redirect to plain http, an oversized page,
a page that never ends — over https (a throw-away certificate authority) or plain http."""

from __future__ import annotations

import json
import ssl
import threading
import time
import urllib.parse
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from bench.ooapi import pages, v6_data

#: 200 courses: 20 pages of courses, 20 of learning outcomes, 20 of course offerings
COURSES, SIZES = 200, {"courses": 10, "learning-outcomes": 20, "course-offerings": 20}


@dataclass
class Endpoint:
    """What the server serves and what it saw."""

    base: str = ""
    plain_base: str = ""  # the same server's plain-http twin (for the redirect)
    pages: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    hits: Counter[str] = field(default_factory=Counter)
    headers: list[dict[str, str]] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)


def _handler(ep: Endpoint) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:  # quiet
            return

        def _send(self, status: int, body: bytes, length: int | None = None, **headers: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body) if length is None else length))
            for k, v in headers.items():
                self.send_header(k.replace("_", "-"), v)
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
            url = urllib.parse.urlsplit(self.path)
            query = dict(urllib.parse.parse_qsl(url.query))
            name = url.path.strip("/")
            ep.hits[name] += 1
            ep.headers.append(dict(self.headers.items()))
            number = int(query.get("pageNumber", "1"))
            if name in ep.pages:
                book = ep.pages[name]
                body = json.dumps(book[number - 1] if 1 <= number <= len(book) else {"items": []}).encode()
                self._send(200, body)
            elif name == "slow":
                ep.stop.wait(5)
                self._send(200, b'{"items": []}')
            elif name == "flaky":  # 500 the first time, then a page of courses
                if ep.hits[name] == 1:
                    self._send(500, b'{"title": "Internal Server Error"}')
                else:
                    self._send(200, json.dumps(ep.pages["courses"][-1]).encode())
            elif name == "busy":  # 429 with Retry-After, then the page
                if ep.hits[name] == 1:
                    self._send(429, b"{}", Retry_After="0")
                else:
                    self._send(200, json.dumps(ep.pages["courses"][-1]).encode())
            elif name == "truncated":
                body = json.dumps(ep.pages["courses"][0]).encode()
                self._send(200, body[: len(body) // 2])
            elif name == "to-http":
                self.send_response(302)
                self.send_header("Location", f"{ep.plain_base}/courses")
                self.send_header("Content-Length", "0")
                self.end_headers()
            elif name == "huge":
                self._send(200, b"[" + b" " * (3 * 1024 * 1024) + b"]")
            elif name == "endless":  # a chunk every 50 ms, never the end
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(b'{"items": [')
                while not ep.stop.is_set():
                    try:
                        self.wfile.write(b" ")
                        self.wfile.flush()
                    except OSError:
                        return
                    time.sleep(0.05)
            else:
                self._send(404, b'{"title": "Not Found"}')

    return Handler


class _Server(ThreadingHTTPServer):
    """The faults the tests ask for break connections on purpose: no traceback for each one."""

    def handle_error(self, request: object, client_address: object) -> None:
        pass


@contextmanager
def serve(tmp: Path) -> Iterator[tuple[Endpoint, Path]]:
    """An https endpoint and its plain-http twin on 127.0.0.1; yields it and the CA file to trust."""
    import trustme

    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1")
    ca_file = tmp / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    ep = Endpoint()
    data = v6_data(COURSES, seed=1)
    ep.pages = {name: pages(items, SIZES[name]) for name, items in data.items()}
    handler = _handler(ep)
    secure = _Server(("127.0.0.1", 0), handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    cert.configure_cert(context)
    secure.socket = context.wrap_socket(secure.socket, server_side=True)
    plain = _Server(("127.0.0.1", 0), handler)
    secure.daemon_threads = plain.daemon_threads = True
    ep.base = f"https://127.0.0.1:{secure.server_address[1]}"
    ep.plain_base = f"http://127.0.0.1:{plain.server_address[1]}"
    threads = [threading.Thread(target=s.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
               for s in (secure, plain)]
    for t in threads:
        t.start()
    try:
        yield ep, ca_file
    finally:
        ep.stop.set()
        for s in (secure, plain):
            s.shutdown()
            s.server_close()
