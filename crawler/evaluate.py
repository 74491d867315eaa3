"""Score extraction on labelled pages crawled for real: `python -m crawler.evaluate DIR [--verbose]`.

The pages of DIR (as `python -m pipelines.evaluate` reads them) are served on 127.0.0.41 with the
headers their JSON records, linked from one index page, crawled with the real `scrapy crawl news`
into a scratch archive, and scored from what the archive holds.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from archive import Archive
from archive.models import Article, Page
from crawler.localweb import CONTENT_TYPES_FILE, serve_sites
from pipelines.evaluate import TEXT_FIELDS, Found, Labelled, labelled_pages, report


def found_by_crawling(items: list[Labelled]) -> dict[str, Found]:
    """Serve every page on one loopback host, crawl it for real, read the archive back."""
    scratch = Path(tempfile.mkdtemp(prefix="evaluate-"))
    try:
        site = scratch / "site"
        site.mkdir()
        links, types = [], []
        for item in items:
            shutil.copyfile(item.page, site / f"{item.name}.html")
            links.append(f'<li><a href="/{item.name}.html">{item.name}</a></li>')
            types.append(f"/{item.name}.html {item.headers.get('Content-Type', 'text/html')}")
        (site / "index.html").write_text(f"<html><body><ul>{''.join(links)}</ul></body></html>", encoding="utf-8")
        (site / CONTENT_TYPES_FILE).write_text("\n".join(types), encoding="utf-8")
        database_url = f"sqlite:///{scratch / 'archive.db'}"
        with serve_sites({"127.0.0.41": site}) as urls:
            base = urls["127.0.0.41"]
            subprocess.run([sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"start_urls={base}",
                            "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=WARNING",
                            "-s", "DEPTH_LIMIT=1"],
                           env=dict(os.environ, ARCHIVE_DATABASE_URL=database_url), check=True)
        archive = Archive.open(database_url, migrate=False)
        found = {}
        with archive.reading() as session:
            for page in session.query(Page).all():
                article = session.get(Article, page.article_id) if page.article_id else None
                name = page.url.rsplit("/", 1)[-1].removesuffix(".html")
                found[name] = Found(page.kind, article.body if article else None,
                                    {n: getattr(article or page, n) for n in TEXT_FIELDS},
                                    article.published_at if article else page.published_at)
        archive.close()
        return found
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    loaded = labelled_pages("python -m crawler.evaluate", argv)
    if loaded is None:
        return 1
    items, verbose = loaded
    report(items, found_by_crawling(items), f"pages: {len(items)} (crawled)", verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
