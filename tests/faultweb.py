"""A hostile web on loopback: one URL per fault class a real crawl meets, good pages among them.

`serve_fault_web()` starts the hosts on one port and yields a FaultWeb: the faults host, whose
index page, feeds and sitemaps lead to every case; a host whose robots.txt answers 503; a host with
no server at all; and an "elsewhere" host that redirects point to and that must never be asked for
anything. Every request any of them receives is logged. What each case must leave in the archive
is in tests/fixtures/faultweb/expected.json, keyed by path; the article pages served are the HTML
files beside it, re-encoded or wrapped as the case needs.
"""
from __future__ import annotations

import gzip
import http.server
import io
import json
import socket
import struct
import threading
import time
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import brotli
import opencc

from crawler.localweb import free_port
from tests.pathological import link_list_page

FAULTWEB = Path(__file__).resolve().parent / "fixtures" / "faultweb"
LAYOUTS = Path(__file__).resolve().parent / "fixtures" / "layouts"
EXPECTED = json.loads((FAULTWEB / "expected.json").read_text(encoding="utf-8"))
FAULTS, ROBOTS_503, NO_SERVER, ELSEWHERE = "127.0.0.61", "127.0.0.62", "127.0.0.63", "127.0.0.64"
# The crawl runs with this timeout; a stalled response outlasts it.
DOWNLOAD_TIMEOUT = 2
STALL_SECONDS = DOWNLOAD_TIMEOUT + 2
# A compression bomb far past DOWNLOAD_MAXSIZE (50 MiB), cheap to build.
BOMB_BYTES = 128 * 1024 * 1024
NESTING = 100_000
# Feeds and sitemaps of the faults host, for the registry entry.
FEEDS = ("/rss-billion-laughs.xml", "/rss-xxe.xml")
SITEMAPS = ("/sitemap_index.xml",)


def article_html(name: str) -> str:
    return (FAULTWEB / name).read_text(encoding="utf-8")


def _with_charset(html: str, declared: str | None) -> str:
    return html.replace('<meta charset="utf-8">', f'<meta charset="{declared}">' if declared else "")


@dataclass
class Reply:
    status: int = 200
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})
    body: bytes = b""


def _page(name: str) -> Reply:
    return Reply(body=article_html(name).encode("utf-8"))


def _html(body: bytes, content_type: str = "text/html") -> Reply:
    return Reply(headers={"Content-Type": content_type}, body=body)


def _redirect(location: bytes | str) -> Reply:
    return Reply(302, {"Location": location, "Content-Length": "0"})  # type: ignore[dict-item]


def _index(paths: list[str]) -> bytes:
    links = "".join(f'<li><a href="{path}">第{n}条</a></li>' for n, path in enumerate(paths))
    return (f'<html><head><meta charset="utf-8"><title>故障网站首页</title></head>'
            f"<body><h1>故障网站首页</h1><ul>{links}</ul></body></html>").encode()


def _png() -> bytes:
    raw = b"\x00" + b"\xff\x00\x00" * 4
    chunk = lambda kind, data: struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))  # noqa: E731
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def _zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("通知.txt", "关于开展生态环境保护督察的通知".encode())
    return out.getvalue()


def _feed(items: list[str], doctype: str) -> bytes:
    entries = "".join(f"<item><title>{title}</title><link>{link}</link></item>" for link, title in items)
    return (f'<?xml version="1.0" encoding="utf-8"?>\n{doctype}\n<rss version="2.0"><channel><title>动态</title>'
            f"{entries}</channel></rss>").encode()


BILLION_LAUGHS = "<!DOCTYPE rss [\n <!ENTITY lol \"lol\">\n" + "".join(
    f' <!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 2 else "") + ";") * 10}">\n' for n in range(2, 10)) + "]>"


class FaultWeb:
    def __init__(self, port: int) -> None:
        self.port = port
        self.requests: list[tuple[str, str]] = []  # (host, path) of every request received
        self._lock = threading.Lock()
        self._seen: dict[str, int] = {}
        big5 = opencc.OpenCC("s2t").convert(article_html("big5.html"))
        self.bombs = {"gzip": gzip.compress(bytes(BOMB_BYTES), compresslevel=1),
                      "br": brotli.compress(bytes(BOMB_BYTES), quality=1)}
        self.big5 = _with_charset(big5, None).encode("big5hkscs")

    def url(self, host: str, path: str = "/") -> str:
        return f"http://{host}:{self.port}{path}"

    def times_asked(self, path: str) -> int:
        with self._lock:
            self._seen[path] = self._seen.get(path, 0) + 1
            return self._seen[path]

    def log(self, host: str, path: str) -> None:
        with self._lock:
            self.requests.append((host, path))

    def reply(self, host: str, path: str) -> Reply | Callable[[http.server.BaseHTTPRequestHandler], None]:
        if host == ROBOTS_503:
            return Reply(503, body=b"<html><body>Service Unavailable</body></html>")
        if host != FAULTS:
            return Reply(404)
        replies: dict[str, Callable[[], Reply | Callable]] = {
            "/": lambda: _html(_index([p for p in EXPECTED["cases"] if EXPECTED["cases"][p].get("linked", True)]),
                               "text/html; charset=utf-8"),
            "/robots.txt": lambda: Reply(headers={"Content-Type": "text/plain"}, body=b"User-agent: *\nDisallow: /private/\n"),
            "/good.html": lambda: _page("good.html"),
            "/private/secret.html": lambda: _page("good.html"),
            "/status/500.html": lambda: Reply(500, body=b"Internal Server Error"),
            "/status/503.html": lambda: Reply(503, body=b"Service Unavailable"),
            "/status/404.html": lambda: Reply(404, body=b"Not Found"),
            "/status/429.html": lambda: (Reply(429, {"Retry-After": "0"}) if self.times_asked(path) == 1
                                         else _page("after-429.html")),
            "/net/stall.html": lambda: _stall,
            "/net/reset.html": lambda: _reset,
            "/net/not-http.html": lambda: _not_http,
            "/net/short-body.html": lambda: _short_body,
            "/net/drip.html": lambda: _drip(article_html("drip.html").encode("utf-8")),
            "/size/declared-too-large.html": lambda: _declared_too_large,
            "/size/streamed-too-large.html": lambda: _streamed_too_large,
            "/size/gzip-bomb.html": lambda: Reply(headers={"Content-Type": "text/html", "Content-Encoding": "gzip"},
                                                  body=self.bombs["gzip"]),
            "/size/brotli-bomb.html": lambda: Reply(headers={"Content-Type": "text/html", "Content-Encoding": "br"},
                                                    body=self.bombs["br"]),
            # Compression the server claims and did not apply: an error with its reason, as in a browser.
            "/size/false-gzip.html": lambda: Reply(headers={"Content-Type": "text/html; charset=utf-8",
                                                            "Content-Encoding": "gzip"}, body=article_html("good.html").encode()),
            "/type/png-as-html.html": lambda: _html(_png()),
            "/type/zip-as-html.html": lambda: _html(_zip()),
            "/type/report.pdf": lambda: _html(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n",
                                              "application/octet-stream"),
            "/type/html-as-octet-stream.html": lambda: _html(article_html("octet-stream.html").encode("utf-8"),
                                                             "application/octet-stream"),
            "/type/no-content-type.html": lambda: Reply(headers={},
                                                        body=b"\xef\xbb\xbf" + article_html("no-type.html").encode("utf-8")),
            "/redirect/loop-a.html": lambda: _redirect("/redirect/loop-b.html"),
            "/redirect/loop-b.html": lambda: _redirect("/redirect/loop-a.html"),
            "/redirect/elsewhere.html": lambda: _redirect(self.url(ELSEWHERE, "/stolen.html")),
            "/redirect/file.html": lambda: _redirect("file:///etc/passwd"),
            "/redirect/unparsable.html": lambda: _redirect("http://[fe80::1/x.html"),
            "/redirect/javascript.html": lambda: _redirect("javascript:alert(1)"),
            "/redirect/mailto.html": lambda: _redirect("mailto:office@example.cn"),
            "/redirect/metadata.html": lambda: _redirect("http://169.254.169.254/latest/meta-data/"),
            "/redirect/utf8-location.html": lambda: _redirect("/文章/生态.html".encode()),
            "/%E6%96%87%E7%AB%A0/%E7%94%9F%E6%80%81.html": lambda: _page("utf8-location.html"),
            "/charset/gbk-declared-utf8.html": lambda: _html(article_html("gbk.html").encode("gbk"),
                                                             "text/html; charset=utf-8"),
            # A Java servlet's default: the header says ISO-8859-1, the page's meta gbk.
            "/charset/gbk-declared-iso-8859-1.html": lambda: _html(
                _with_charset(article_html("gbk-as-latin1.html"), "gbk").encode("gbk"), "text/html; charset=ISO-8859-1"),
            "/charset/bom-declared-gbk.html": lambda: _html(
                b"\xef\xbb\xbf" + _with_charset(article_html("bom.html"), "gbk").encode("utf-8")),
            "/charset/utf8-declared-gb2312.html": lambda: _html(
                _with_charset(article_html("utf8-as-gb2312.html"), "gb2312").encode("utf-8"), "text/html; charset=gb2312"),
            "/charset/big5-undeclared.html": lambda: _html(self.big5),
            "/html/deep-nesting.html": lambda: _html(("<html><body><h1>深层嵌套</h1>" + "<div>" * NESTING + "<p>正文</p>"
                                                      + "</div>" * NESTING + "</body></html>").encode("utf-8")),
            # An XHTML template's XML declaration naming the bytes' charset.
            "/html/xml-declaration.html": lambda: _html(article_html("xhtml.html").encode("gbk"), "application/xhtml+xml"),
            "/html/nul-title.html": lambda: _html(article_html("nul-title.html").replace("<title>", "<title>\x00")
                                                  .replace("环境", "环\x00境", 1).encode("utf-8")),
            "/html/fifty-thousand-links.html": lambda: _html(link_list_page(50_000, self.url(ELSEWHERE))),
            "/links.html": lambda: _html(_links_page()),
            # Error pages answered with 200: a server's not-found page and a firewall's block page.
            "/soft/not-found.html": lambda: _html((LAYOUTS / "error_iis_not_found_answered_200.html").read_bytes()),
            "/soft/blocked.html": lambda: _html((LAYOUTS / "error_firewall_block_page.html").read_bytes()),
            # An old government site's home page: a frameset, whose frames alone lead to the text.
            "/frames/index.html": lambda: _html('<html><head><title>肇庆市生态环境局</title></head><frameset rows="100,*">'
                                                '<frame src="top.html" name="top"><frame src="news.html" name="main">'
                                                '</frameset></html>'.encode()),
            "/frames/top.html": lambda: _html('<html><body><img src="logo.gif" alt="肇庆市生态环境局"></body></html>'.encode()),
            "/frames/news.html": lambda: _page("framed.html"),
            # Home pages that forward their visitors with a meta refresh: on the site, and off it.
            "/refresh/home.html": lambda: _html(b'<html><head><meta http-equiv="refresh" content="0; url=portal.html">'
                                                b'</head><body></body></html>'),
            "/refresh/portal.html": lambda: _page("refreshed.html"),
            "/script/home.html": lambda: _html(b"<html><head><script type='text/javascript'>"
                                               b"window.location.href = 'portal.html';</script></head>"
                                               b"<body>\xe9\xa1\xb5\xe9\x9d\xa2\xe8\xb7\xb3\xe8\xbd\xac\xe4\xb8\xad</body></html>"),
            "/script/portal.html": lambda: _page("script-forwarded.html"),
            "/refresh/elsewhere.html": lambda: _html(('<html><head><meta http-equiv="refresh" content="1;url='
                                                      + self.url(ELSEWHERE, "/stolen.html") + '"></head></html>').encode()),
            "/链接 有空格.html": lambda: _page("link-with-space.html"),
            "/%E9%93%BE%E6%8E%A5%20%E6%9C%89%E7%A9%BA%E6%A0%BC.html": lambda: _page("link-with-space.html"),
            "/%E6%96%87%E7%AB%A0/%E4%B8%AD%E6%96%87.html": lambda: _page("link-raw-chinese.html"),
            "/gbk/%D6%D0%CE%C4.html": lambda: _page("link-gbk-encoded.html"),
            "/rss-billion-laughs.xml": lambda: _html(_feed([("/feed/1.html", "第一条"), ("/feed/2.html", "&lol9;"),
                                                            ("/feed/3.html", "第三条")], BILLION_LAUGHS),
                                                     "application/rss+xml"),
            "/rss-xxe.xml": lambda: _html(_feed([("/feed/4.html", "&secret;")],
                                                '<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'),
                                          "application/rss+xml"),
            "/feed/1.html": lambda: _page("feed-1.html"),
            "/feed/2.html": lambda: _page("feed-2.html"),
            "/feed/3.html": lambda: _page("feed-3.html"),
            "/feed/4.html": lambda: _page("feed-4.html"),
            "/sitemap_index.xml": lambda: _html(
                b'<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                b"<sitemap><loc>/sitemap-1.xml.gz</loc></sitemap></sitemapindex>", "application/xml"),
            "/sitemap-1.xml.gz": lambda: _html(gzip.compress(
                b'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                b"<url><loc>/sitemap/1.html</loc></url></urlset>"), "application/x-gzip"),
            "/sitemap/1.html": lambda: _page("sitemap-1.html"),
        }
        chosen = replies.get(path)
        return chosen() if chosen else Reply(404, body=b"Not Found")


def _links_page() -> bytes:
    # Addresses no request can be made for come first: one of them stopped the page's other links and
    # the page itself being recorded.
    hrefs = ["http://[fe80::1/x.html", "http://127.0.0.1:99999/x.html", "http://127.0.0.1:8O80/x.html",
             "/链接 有空格.html", "/文章/中文.html", "/gbk/%D6%D0%CE%C4.html", "javascript:void(0)",
             "mailto:office@example.cn", "data:text/html,<p>x</p>", "/private/secret.html"]
    links = "".join(f'<li><a href="{href}">链接{n}</a></li>' for n, href in enumerate(hrefs))
    return (f'<html><head><meta charset="utf-8"><title>各种链接</title></head><body><h1>各种链接</h1>'
            f"<ul>{links}</ul></body></html>").encode()


def _stall(handler: http.server.BaseHTTPRequestHandler) -> None:
    time.sleep(STALL_SECONDS)


def _reset(handler: http.server.BaseHTTPRequestHandler) -> None:
    handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    handler.close_connection = True


def _not_http(handler: http.server.BaseHTTPRequestHandler) -> None:
    handler.wfile.write(b"SSH-2.0-OpenSSH_8.9\r\n\x00\x01\x02garbage\r\n")
    handler.close_connection = True


def _short_body(handler: http.server.BaseHTTPRequestHandler) -> None:
    handler.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5000\r\n\r\n<html><body><p>")
    handler.close_connection = True


def _declared_too_large(handler: http.server.BaseHTTPRequestHandler) -> None:
    handler.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 62914560\r\n\r\n")
    handler.wfile.write(b"<html>" + b" " * 65536)
    handler.close_connection = True


def _streamed_too_large(handler: http.server.BaseHTTPRequestHandler) -> None:
    handler.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n<html><body>")
    chunk = b"<p>" + b"x" * (1 << 20) + b"</p>"
    try:
        for _ in range(64):  # 64 MiB, without a length: the limit is met while it arrives
            handler.wfile.write(chunk)
    except OSError:
        pass  # the crawler hung up at its limit
    handler.close_connection = True


def _drip(body: bytes) -> Callable[[http.server.BaseHTTPRequestHandler], None]:
    def drip(handler: http.server.BaseHTTPRequestHandler) -> None:
        handler.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                            + f"Content-Length: {len(body)}\r\n\r\n".encode())
        step = len(body) // 8 + 1
        for start in range(0, len(body), step):
            handler.wfile.write(body[start:start + step])
            handler.wfile.flush()
            time.sleep(0.1)
    return drip


def _handler(web: FaultWeb) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            host = self.server.server_address[0]
            web.log(host, self.path)
            reply = web.reply(host, self.path)
            if callable(reply):
                reply(self)
                return
            self.send_response_only(reply.status)
            for name, value in reply.headers.items():
                if isinstance(value, bytes):  # raw bytes, as some servers send them
                    self._headers_buffer.append(name.encode("latin-1") + b": " + value + b"\r\n")
                else:
                    self.send_header(name, value)
            if "Content-Length" not in reply.headers:
                self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            self.wfile.write(reply.body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


class _QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        pass  # the crawler hanging up on a stall or a bomb is the point of those cases


@contextmanager
def serve_fault_web() -> Iterator[FaultWeb]:
    port = free_port(FAULTS)
    web = FaultWeb(port)
    servers = []
    try:
        for host in (FAULTS, ROBOTS_503, ELSEWHERE):
            server = _QuietServer((host, port), _handler(web))
            threading.Thread(target=server.serve_forever, daemon=True).start()
            servers.append(server)
        yield web
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()
