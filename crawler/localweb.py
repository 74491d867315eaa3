"""Static web sites served on loopback addresses, for the demo and the tests.

Each site is a directory served as one host (127.0.0.11, 127.0.0.12, ...) on one shared port.
A site may hold `_redirects.txt` with lines `PATH TARGET`, answered with 301.
"""
from __future__ import annotations

import functools
import http.server
import socket
import threading
from collections.abc import Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

REDIRECTS_FILE = "_redirects.txt"


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *args, redirects: Mapping[str, str], **kwargs):
        self.redirects = redirects
        super().__init__(*args, **kwargs)

    def send_head(self):
        target = self.redirects.get(self.path)
        if target is not None:
            self.send_response(301)
            self.send_header("Location", target)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        if self.path.lstrip("/") == REDIRECTS_FILE:
            self.send_error(404)
            return None
        return super().send_head()

    def list_directory(self, path):
        # Real sites do not list their folders; a listing would show up as an extra list page.
        self.send_error(404)
        return None

    def log_message(self, format, *args):
        pass


def _read_redirects(root: Path) -> dict[str, str]:
    path = root / REDIRECTS_FILE
    if not path.exists():
        return {}
    pairs = (line.split() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {source: target for source, target in pairs}


def free_port(host: str) -> int:
    with socket.socket() as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


@contextmanager
def serve_sites(sites: Mapping[str, Path], port: int | None = None) -> Iterator[dict[str, str]]:
    """Serve {ip: directory}; yields {ip: base URL} and stops the servers on exit."""
    port = port or free_port(next(iter(sites)))
    servers = []
    try:
        for ip, root in sites.items():
            handler = functools.partial(SiteHandler, directory=str(root), redirects=_read_redirects(Path(root)))
            server = http.server.ThreadingHTTPServer((ip, port), handler)
            server.daemon_threads = True
            threading.Thread(target=server.serve_forever, daemon=True).start()
            servers.append(server)
        yield {ip: f"http://{ip}:{port}/" for ip in sites}
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()
