"""`make demo`: serve the bundled demo web on loopback, crawl it with the real `scrapy crawl news`
into the archive (ARCHIVE_DATABASE_URL, default data/archive.db), and print what landed."""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from archive import Archive, ArchiveError, database_url
from archive.commands import print_stats
from archive.queries import latest_run
from archive.store import register_source
from crawler.localweb import serve_sites

DEMO_WEB = Path(__file__).resolve().parent / "demo_web"
# One loopback address per site, so each is its own host as on the real web.
# (folder, source name, kind, region) per site; the kinds rank copies when choosing a story's canonical one.
DEMO_SITES = {
    # government original: CMS meta tags, script pagination, PDF, redirect, 404
    "127.0.0.11": ("gov-guangdong", "广东省生态环境厅 (demo)", "government", "广东"),
    # industry portal repost with attribution lines and page furniture
    "127.0.0.12": ("portal-huanbao", "环保产业网 (demo)", "portal", "全国"),
    # hijacked site: casino spam in title, banner and author field
    "127.0.0.13": ("casino-repost", "hijacked site (demo)", None, None),
    # Traditional characters with pinyin after characters
    "127.0.0.14": ("tw-mirror", "资讯网 mirror (demo)", "aggregator", None),
    # essay site cut off by a paywall stub
    "127.0.0.15": ("essay-paywall", "快查范文网 (demo)", "aggregator", None),
    # city news, GBK bytes with no charset declared anywhere
    "127.0.0.16": ("weifang-news", "潍坊新闻网/新派 (demo)", "news_client", "山东"),
    # newspaper with Open Graph meta
    "127.0.0.17": ("qilu-news", "齐鲁晚报·齐鲁壹点 (demo)", "newspaper", "山东"),
}
# A fixed port keeps the demo's URLs, and so its archive rows, the same from run to run.
DEMO_PORT = int(os.environ.get("DEMO_PORT", "18523"))


def main() -> int:
    try:
        archive = Archive.open(database_url())
    except ArchiveError as exc:
        print(f"demo: error: {exc}", file=sys.stderr)
        return 1
    with archive.session() as session:
        for ip, (_folder, name, kind, region) in DEMO_SITES.items():
            register_source(session, ip, name, kind, datetime.now(UTC), region)
    archive.close()
    sites = {ip: DEMO_WEB / folder for ip, (folder, *_described) in DEMO_SITES.items()}
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
