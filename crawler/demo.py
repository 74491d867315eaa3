"""`make demo`: serve the bundled demo web on loopback, crawl it with the real `scrapy crawl news`
into the archive (ARCHIVE_DATABASE_URL, default data/archive.db), and print what landed."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from archive import Archive, ArchiveError, database_url
from archive.__main__ import print_stats
from archive.queries import latest_run
from crawler.localweb import serve_sites

DEMO_WEB = Path(__file__).resolve().parent / "demo_web"
# One loopback address per site, so each is its own host as on the real web.
DEMO_SITES = {
    "127.0.0.11": "gov-guangdong",  # government original: CMS meta tags, script pagination, PDF, redirect, 404
    "127.0.0.12": "portal-huanbao",  # industry portal repost with attribution lines and page furniture
    "127.0.0.13": "casino-repost",  # hijacked site: casino spam in title, banner and author field
    "127.0.0.14": "tw-mirror",  # Traditional characters with pinyin after characters
    "127.0.0.15": "essay-paywall",  # essay site cut off by a paywall stub
    "127.0.0.16": "weifang-news",  # city news, GBK bytes with no charset declared anywhere
    "127.0.0.17": "qilu-news",  # newspaper with Open Graph meta
}
# A fixed port keeps the demo's URLs, and so its archive rows, the same from run to run.
DEMO_PORT = int(os.environ.get("DEMO_PORT", "18523"))


def main() -> int:
    try:
        Archive.open(database_url()).close()
    except ArchiveError as exc:
        print(f"demo: error: {exc}", file=sys.stderr)
        return 1
    sites = {ip: DEMO_WEB / name for ip, name in DEMO_SITES.items()}
    with serve_sites(sites, DEMO_PORT) as base_urls:
        command = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", "start_urls=" + ",".join(base_urls.values()),
                   "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=WARNING"]
        print("demo: crawling", " ".join(base_urls.values()), flush=True)
        crawl = subprocess.run(command, cwd=Path(__file__).resolve().parent.parent, env=os.environ)
    archive = Archive.open(database_url(), migrate=False)
    try:
        with archive.session() as session:
            run = latest_run(session)
        if run is not None:
            print(f"\nthis run (crawl_runs.id {run.id}, {run.status}): pages fetched {run.pages_fetched}, "
                  f"new articles {run.articles_new}, duplicates {run.duplicates}, errors {run.errors} {run.errors_by_kind}")
        print("\nthe archive now holds:")
        print_stats(archive)
    finally:
        archive.close()
    return crawl.returncode


if __name__ == "__main__":
    sys.exit(main())
