"""Static web sites served on loopback addresses, for the demo and the tests.

Each site is a directory served as one host (127.0.0.11, 127.0.0.12, ...) on one shared port.
A site may hold `_redirects.txt` with lines `PATH TARGET`, answered with 301, and
`_content_types.txt` with lines `PATH CONTENT-TYPE` (e.g. a charset, or none at all; a path without
its query stands for each of its answers). A request with a query is answered from the file named
with it, when there is one.
"""
from __future__ import annotations

import functools
import http.server
import os
import socket
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

REDIRECTS_FILE = "_redirects.txt"
CONTENT_TYPES_FILE = "_content_types.txt"


@dataclass(frozen=True)
class Visit:
    """One request as the site saw it: when it arrived and when its answer began (monotonic). Not
    when the answer was sent: the client may have read it, and sent its next request, before the
    server's thread runs again to note the time."""
    path: str
    arrived: float
    answered: float


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *args, redirects: Mapping[str, str], content_types: Mapping[str, str], delay: float = 0.0,
                 visits: list[Visit] | None = None, **kwargs):
        self.redirects = redirects
        self.content_types = content_types
        self.delay = delay
        self.visits = visits
        super().__init__(*args, **kwargs)

    def do_GET(self):
        arrived = self.answering = time.monotonic()
        super().do_GET()
        if self.visits is not None:
            self.visits.append(Visit(self.path, arrived, self.answering))

    def translate_path(self, path):
        # A dynamic page's answers are stored as wget stores them, one file for each query, named
        # with it (a slash in it as %2F): dataproxy.jsp?page=2&path=%2F.
        stored = super().translate_path(path)
        query = urlsplit(path).query
        answer = f"{stored}?{query.replace('/', '%2F')}"
        return answer if query and os.path.isfile(answer) else stored

    def guess_type(self, path):
        served = "/" + os.path.relpath(path, self.directory).replace(os.sep, "/")
        return (self.content_types.get(served) or self.content_types.get(served.partition("?")[0])
                or super().guess_type(path))

    def send_head(self):
        if self.delay:
            time.sleep(self.delay)  # a slow site, for tests that need a crawl to take a while
        self.answering = time.monotonic()
        target = self.redirects.get(self.path)
        if target is not None:
            self.send_response(301)
            self.send_header("Location", target)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        if self.path.lstrip("/") in (REDIRECTS_FILE, CONTENT_TYPES_FILE):
            self.send_error(404)
            return None
        return super().send_head()

    def list_directory(self, path):
        # Real sites do not list their folders; a listing would show up as an extra list page.
        self.send_error(404)
        return None

    def log_message(self, format, *args):
        pass


def _read_pairs(path: Path) -> dict[str, str]:
    """Lines `PATH VALUE` (the value may contain spaces)."""
    if not path.exists():
        return {}
    pairs = (line.split(maxsplit=1) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {key: value.strip() for key, value in pairs}


def free_port(host: str) -> int:
    with socket.socket() as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


@contextmanager
def serve_sites(sites: Mapping[str, Path], port: int | None = None, delay: float = 0.0,
                visits: list[Visit] | None = None) -> Iterator[dict[str, str]]:
    """Serve {ip: directory}; yields {ip: base URL} and stops the servers on exit. Every GET is
    appended to `visits` when it is given (the tests of politeness read it)."""
    port = port or free_port(next(iter(sites)))
    servers = []
    try:
        for ip, root in sites.items():
            handler = functools.partial(SiteHandler, directory=str(root), redirects=_read_pairs(Path(root) / REDIRECTS_FILE),
                                        content_types=_read_pairs(Path(root) / CONTENT_TYPES_FILE), delay=delay,
                                        visits=visits)
            server = http.server.ThreadingHTTPServer((ip, port), handler)
            server.daemon_threads = True
            threading.Thread(target=server.serve_forever, daemon=True).start()
            servers.append(server)
        yield {ip: f"http://{ip}:{port}/" for ip in sites}
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()
