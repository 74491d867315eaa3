"""Exact merge, story clusters and story dates on real texts re-published with defacements.

`python bench/exact_merge.py [--seed N] [--database URL]`

The texts are the labelled main texts of ../shared/corpus (the 53 Chinese magic-html pages and the
69 CWCED pages), their titles from the pages themselves. Each story is published by a government
site with a time to the minute, then re-published by other kinds of site, each copy defaced the way
the seeds (../shared/seeds) show it: a portal repost, a casino-hijacked copy, a Traditional mirror,
pinyin injected after characters, a rewritten headline, punctuation and spacing variants, an
editor's note added, the headline repeated as the first line, curly quotes as C1 controls, a
paragraph added without a mark, a truncated paywall copy. Hard negatives: stories of a daily series that share their opening
paragraphs with another story. Pages arrive shuffled (copies often before the original) and go
through process_page and save_page as a crawl stores them.

Reported: the share of full copies stored as their original's article row, by defacement class;
pairwise precision and recall of the story clusters over all pages; false merges; the share of
stories whose date is right to the minute.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from itertools import combinations
from pathlib import Path

import lxml.html
import opencc
from pypinyin import Style, pinyin
from sqlalchemy import select

from archive import Archive
from archive.models import Article, Page
from archive.store import register_source, save_page
from pipelines.corpus import WRAPPER_CHARSETS, WRAPPER_OPEN
from pipelines.decode import UndecodableError, decode_html
from pipelines.ingest import process_for_archive

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
CHINA = timezone(timedelta(hours=8))
MIN_PARAGRAPHS, MAX_PARAGRAPHS = 2, 12
MIN_STORY_CHARS = 300
SPAM_BANNERS = ("澳门新葡京娱乐场 注册即送88元 官方网站 www.5848vip.com", "威尼斯人电子游戏 真人娱乐 百家乐 首存优惠")
SPAM_TITLE = "_威尼斯(5848vip·WNS认证)电子游戏"
HEADLINE_PREFIXES = ("【转载】", "重磅！", "最新！")
EDITOR_NOTES = ("编者按：这篇文章介绍了当地的最新做法，值得各地借鉴，现转载如下，供读者参考。",
                "【编者按】本文来源于网络，转载此文是出于传递更多信息之目的，观点仅代表作者本人。")
# Unmarked additions: a copy that is not the original's text, but the same story.
ADDED_PARAGRAPHS = ("记者从会上了解到，下一步相关部门还将继续加大工作力度，确保各项措施落地见效，欢迎广大市民监督。",
                    "对此，不少网友在评论区留言表示支持，认为这一做法切实回应了群众关切，值得在更大范围推广。")
PAYWALL = "试读结束，如需阅读或下载全文，请加微信 zhw2024 获取。"
FULL_COPIES = ("plain repost", "casino", "Traditional mirror", "pinyin", "rewritten headline",
               "punctuation variants", "added editor's note", "headline as first line", "C1 quotes")
# Hard negatives: a series of this many notices of one template for every SERIES_EVERY texts.
SERIES_LENGTH, SERIES_EVERY = 3, 10


@dataclass
class Story:
    title: str
    paragraphs: list[str]
    published_at: datetime


@dataclass
class Copy:
    story: int
    defacement: str  # "original", a FULL_COPIES class, "truncated" or "series"
    url: str
    html: str


def _title_of(html_path: Path) -> str | None:
    raw = html_path.read_bytes()
    wrapper = WRAPPER_OPEN.match(raw)  # the CWCED pages' wrapper, which records their charset
    charset = WRAPPER_CHARSETS.get(wrapper[2].decode("ascii")) if wrapper else None
    try:
        html, _ = decode_html(raw[wrapper.end():] if wrapper else raw, f"text/html; charset={charset}" if charset else None)
        tree = lxml.html.fromstring(html)
    except (ValueError, UndecodableError, lxml.etree.ParserError):
        return None
    title = " ".join((tree.findtext(".//title") or "").split())
    title = re.split(r"\s*[_|｜—–-]\s*", title)[0]
    return title if 6 <= len(title) <= 60 else None


def _paragraphs(text: str) -> list[str]:
    # CWCED labels are hard-wrapped: a line that does not end a sentence continues on the next.
    paragraphs, current = [], ""
    for line in (line.strip() for line in text.splitlines()):
        if not line:
            continue
        current += line
        if current.endswith(("。", "！", "？", "”", "」", "…", ".", "!", "?")):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return [p for p in paragraphs if len(p) >= 10]


def load_stories(rng: random.Random) -> list[Story]:
    texts: list[tuple[str, str]] = []
    magic = CORPUS / "magic-html-benchmark"
    labels = json.loads((magic / "base.json").read_text(encoding="utf-8"))
    for page_id in (magic / "zh_ids.txt").read_text().split():
        if page_id in labels and (magic / "htmls" / f"{page_id}.html").exists():
            title = _title_of(magic / "htmls" / f"{page_id}.html")
            if title:
                texts.append((title, labels[page_id]["content"]))
    cwced = CORPUS / "chinese-web-content-extraction-dataset"
    for label in sorted((cwced / "cleaned").glob("*.txt")):
        original = next((cwced / "original").glob(label.stem + "*"), None)
        title = _title_of(original) if original else None
        if title:
            texts.append((title, label.read_text(encoding="utf-8", errors="replace")))
    stories, seen_titles = [], set()
    for title, text in texts:
        paragraphs = _paragraphs(text)[:MAX_PARAGRAPHS]
        if len(paragraphs) < MIN_PARAGRAPHS or sum(map(len, paragraphs)) < MIN_STORY_CHARS or title in seen_titles:
            continue
        seen_titles.add(title)
        published = datetime(2023, 1, 1, tzinfo=CHINA) + timedelta(minutes=rng.randrange(2 * 365 * 24 * 60))
        stories.append(Story(title, paragraphs, published.replace(second=0)))
    return stories


def _page(site: str, title: str, info: str, paragraphs: list[str], before: str = "", after: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html><head><meta charset="utf-8"><title>{title}_{site}</title></head><body>'
            f'<div class="nav"><a href="/">首页</a> <a href="/news/">新闻</a></div>{before}'
            f'<div class="article"><h1>{title}</h1><div class="info">{info}</div>{body}</div>{after}'
            f'<div class="footer">版权所有 {site}</div></body></html>')


def _stamp(at: datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%M")


def _to_pinyin_injected(text: str, rng: random.Random) -> str:
    out = []
    for char in text:
        out.append(char)
        if "\u4e00" <= char <= "\u9fff" and rng.random() < 0.3:
            out.append(f"({pinyin(char, style=Style.NORMAL)[0][0]})")
    return "".join(out)


def _punctuation_variant(text: str) -> str:
    text = text.translate(str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"}))
    return re.sub(r"(。)", r"\1 ", text)


def deface(number: int, story: Story, rng: random.Random, to_traditional: opencc.OpenCC) -> list[Copy]:
    at, day = story.published_at, story.published_at.strftime("%Y-%m-%d")
    later = at + timedelta(hours=rng.randrange(2, 72))
    gov_info = f"发布时间：{_stamp(at)} 来源：某市生态环境局"
    copies = [Copy(number, "original", f"http://sthj{number}.gov.cn/xwdt/{number}.html",
                   _page("某市生态环境局", story.title, gov_info, story.paragraphs))]
    repost_info = f"时间：{_stamp(later)} 来源：某市生态环境局"

    def add(defacement: str, site: str, html: str) -> None:
        copies.append(Copy(number, defacement, f"http://{site}/{defacement.replace(' ', '-')}/{number}.html", html))

    add("plain repost", "portal.example.com", _page("环保资讯网", story.title, repost_info, story.paragraphs))
    add("casino", "casino.example.com", _page("威尼斯人", story.title + SPAM_TITLE, f"发布时间：{day} 编辑作者:5848vip威尼斯电子游戏",
                                              story.paragraphs, before=f"<p>{SPAM_BANNERS[0]}</p>",
                                              after=f"<p>{SPAM_BANNERS[1]}</p>"))
    add("Traditional mirror", "hk.example.com", to_traditional.convert(
        _page("環保網", story.title, f"發佈時間：{_stamp(later)} 來源：某市生態環境局", story.paragraphs)))
    add("pinyin", "farm.example.com", _page("资讯网", _to_pinyin_injected(story.title, rng), repost_info,
                                            [_to_pinyin_injected(p, rng) for p in story.paragraphs]))
    add("rewritten headline", "news.example.com", _page("新闻网", rng.choice(HEADLINE_PREFIXES) + story.title,
                                                        repost_info, story.paragraphs))
    add("punctuation variants", "copy.example.com", _page("转载网", story.title, repost_info,
                                                          [_punctuation_variant(p) for p in story.paragraphs]))
    add("added editor's note", "note.example.com", _page("观察网", story.title, repost_info,
                                                         [rng.choice(EDITOR_NOTES), *story.paragraphs]))
    add("headline as first line", "paper.example.com", _page("晚报", story.title, repost_info,
                                                             [story.title, *story.paragraphs]))
    add("C1 quotes", "old.example.com", _page("旧闻网", story.title, repost_info,
                                              [p.replace("“", "\x93").replace("”", "\x94") for p in story.paragraphs]))
    add("added paragraph", "blog.example.com", _page("博客", story.title, repost_info,
                                                     [*story.paragraphs, rng.choice(ADDED_PARAGRAPHS)]))
    cut = max(1, len(story.paragraphs) // 2)
    add("truncated", "essay.example.com", _page("范文网", story.title, repost_info, [*story.paragraphs[:cut], PAYWALL]))
    return copies


SERIES_TEMPLATE = (
    "根据《中华人民共和国环境影响评价法》和《建设项目环境影响评价信息公开机制方案》的有关规定，经审查，我局拟对下列建设项目环境影响评价文件作出审批意见，现将拟审批意见予以公示，公示期为五个工作日。",
    "公示期间，公民、法人和其他组织可通过信函、传真、电子邮件等方式，向我局反映与建设项目环境影响评价审批有关的意见和建议。反映意见时请注明真实姓名和联系方式，以便核实情况和反馈意见。",
    "联系电话：0751-8888888，传真：0751-8888889，通讯地址：某市某区某路某号某市生态环境局行政审批科，邮政编码：512000。",
)


def series(first_number: int, members: list[Story], rng: random.Random) -> list[tuple[Story, Copy]]:
    """Notices of one template (a daily series, 征求意见 or 公示 notices): the same opening and closing
    paragraphs, about 60% of the text, around a different item each; each its own story."""
    made = []
    for offset, member in enumerate(members):
        number = first_number + offset
        item = member.paragraphs[:2]
        story = Story(f"某市生态环境局建设项目环境影响评价文件拟审批意见公示（第{number}期）",
                      [*SERIES_TEMPLATE[:2], *item, SERIES_TEMPLATE[2]],
                      member.published_at + timedelta(days=offset + 1))
        html = _page("某市生态环境局", story.title, f"发布时间：{_stamp(story.published_at)}", story.paragraphs)
        made.append((story, Copy(number, "series", f"http://sthj{number}.gov.cn/gsgg/{number}.html", html)))
    return made


SOURCES = {"gov.cn": "government", "paper.example.com": "newspaper", "portal.example.com": "portal",
           "news.example.com": "portal", "hk.example.com": "portal"}


def run(database_url: str, seed: int) -> dict:
    rng = random.Random(seed)
    texts = load_stories(rng)
    # The items of the series notices are texts published nowhere else.
    series_items = len(texts) // SERIES_EVERY * SERIES_LENGTH
    stories, items = texts[:-series_items], texts[-series_items:]
    to_traditional = opencc.OpenCC("s2t")
    copies: list[Copy] = []
    for number, story in enumerate(stories):
        copies += deface(number, story, rng, to_traditional)
    for start in range(0, len(items), SERIES_LENGTH):
        for story, copy in series(len(stories), items[start:start + SERIES_LENGTH], rng):
            stories.append(story)
            copies.append(copy)
    rng.shuffle(copies)
    archive = Archive.open(database_url)
    started = datetime(2026, 12, 1, tzinfo=UTC)
    with archive.session() as session:
        for host in sorted({c.url.split("/")[2] for c in copies}):
            kind = next((kind for suffix, kind in SOURCES.items() if host.endswith(suffix)), None)
            register_source(session, host, host, kind, started, None)
    for minute, copy in enumerate(copies):
        processed = process_for_archive(copy.url, copy.html.encode("utf-8"), {"Content-Type": ["text/html"]},
                                        started + timedelta(minutes=minute))
        with archive.session() as session:
            save_page(session, processed, None)
    with archive.session() as session:
        stored = {page.url: (page.article_id, article) for page, article in session.execute(
            select(Page, Article).outerjoin(Article, Article.id == Page.article_id))}
    archive.close()

    by_class: dict[str, Counter] = defaultdict(Counter)
    originals = {c.story: stored[c.url][0] for c in copies if c.defacement == "original"}
    for copy in copies:
        if copy.defacement in FULL_COPIES:
            by_class[copy.defacement]["copies"] += 1
            by_class[copy.defacement]["merged"] += stored[copy.url][0] == originals[copy.story]
    cluster_of = {c.url: (stored[c.url][1].cluster_id if stored[c.url][1] else None) for c in copies}
    articles_missing = [c.url for c in copies if cluster_of[c.url] is None]
    pairs: Counter = Counter()
    false_merges: Counter = Counter()
    for a, b in combinations([c for c in copies if cluster_of[c.url] is not None], 2):
        same_story, same_cluster = a.story == b.story, cluster_of[a.url] == cluster_of[b.url]
        pairs[(same_story, same_cluster)] += 1
        if same_cluster and not same_story:
            false_merges[" + ".join(sorted((a.defacement, b.defacement)))] += 1
    precision = pairs[(True, True)] / max(1, pairs[(True, True)] + pairs[(False, True)])
    recall = pairs[(True, True)] / max(1, pairs[(True, True)] + pairs[(True, False)])
    dated = [stored[c.url][1].published_at == stories[c.story].published_at
             for c in copies if c.defacement == "original" and stored[c.url][1]]
    merged = sum(counts["merged"] for counts in by_class.values())
    total = sum(counts["copies"] for counts in by_class.values())
    return {
        "stories": len(stories), "pages": len(copies), "pages_not_articles": len(articles_missing),
        "exact_merge": merged / total, "exact_merge_by_class": {k: f"{v['merged']}/{v['copies']}" for k, v in sorted(by_class.items())},
        "cluster_precision": precision, "cluster_recall": recall,
        "cluster_f1": 2 * precision * recall / max(1e-9, precision + recall),
        "false_merge_pairs": pairs[(False, True)], "false_merges_by_classes": dict(false_merges.most_common()),
        "date_to_the_minute": sum(dated) / max(1, len(dated)),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--database", help="archive URL (default: a scratch SQLite file)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        result = run(args.database or f"sqlite:///{scratch}/merge.db", args.seed)
    json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
