"""What the SQL views (created by the migrations) mean, column by column: the source of their part of
docs/schema.md. A view column without an entry here fails the schema documentation check."""
from __future__ import annotations

STORY = "the story (articles.cluster_id)"
HOURS_AFTER_STORY = ("hours between the story's publication (its canonical copy's published_at) and the date this "
                     "page shows; NULL when either is unknown")

VIEW_DOCS: dict[str, tuple[str, dict[str, str]]] = {
    "canonical_stories": (
        "One row per story: its canonical copy, the page that carries it from the most authoritative "
        "source, and how many articles, pages and sites carry the story.",
        {
            "cluster_id": STORY,
            "article_id": "the canonical article",
            "title": "its title",
            "published_at": "its publication time (the earliest any of its pages shows)",
            "origin": "its stated original source (来源)",
            "author": "its author",
            "char_count": "characters in its body",
            "is_truncated": "the canonical copy itself is cut by a paywall (no full copy archived)",
            "canonical_url": "the page carrying it from the most authoritative source",
            "canonical_domain": "that page's site",
            "canonical_source_name": "that site's name",
            "canonical_source_kind": "that site's kind",
            "articles": "distinct texts of the story (edited, truncated, converted copies)",
            "pages": "pages carrying any of them",
            "copies": "pages beyond the one: pages - 1",
            "sources": "distinct sites carrying the story",
            "spam_injected_pages": "pages of the story with casino spam injected",
            "first_fetched_at": "first fetch of any of its pages",
            "last_fetched_at": "latest fetch of any of its pages",
        },
    ),
    "story_copies": (
        "One row per page per article: every copy of every story, with its site and how long after the "
        "story it appeared. The provenance view.",
        {
            "cluster_id": STORY,
            "article_id": "the article (text) this page carried",
            "is_canonical": "that article is the story's canonical copy",
            "article_title": "the article's title",
            "article_published_at": "the article's publication time",
            "article_is_truncated": "the article's text is cut by a paywall",
            "page_id": "pages.id",
            "url": "the page",
            "domain": "its site",
            "source_name": "the site's name",
            "source_kind": "the site's kind",
            "region": "the site's region",
            "fetched_at": "when the page was fetched",
            "shown_title": "the headline as the page shows it",
            "shown_published_at": "the publication time as the page shows it",
            "shown_published_day": "that time's day in China, YYYY-MM-DD (text)",
            "spam_injected": "casino spam was found on the page",
            "is_truncated": "this copy is cut by a paywall",
            "script": "zh-Hans, or zh-Hant when the page was converted from Traditional characters",
            "story_published_at": "the story's publication time (its canonical copy's)",
            "hours_after_story": HOURS_AFTER_STORY,
        },
    ),
    "spam_reposts": (
        "Pages that carried a story with casino spam injected, next to the story's canonical copy: which "
        "portals inject spam, and into whose text.",
        {
            "page_id": "pages.id of the spam-injected page",
            "url": "the spam-injected page",
            "domain": "its site",
            "source_name": "the site's name",
            "source_kind": "the site's kind",
            "fetched_at": "when it was fetched",
            "shown_title": "the headline as the page shows it (spam segments removed)",
            "shown_published_at": "the publication time as the page shows it",
            "article_id": "the cleaned article it carried",
            "cluster_id": STORY,
            "is_canonical": "the spam page's article is itself the story's canonical copy (no cleaner copy archived)",
            "canonical_article_id": "the story's canonical article",
            "canonical_title": "its title",
            "canonical_url": "the page carrying it from the most authoritative source",
            "canonical_domain": "that page's site",
            "story_published_at": "the story's publication time",
            "hours_after_story": HOURS_AFTER_STORY,
        },
    ),
    "source_stats": (
        "One row per site, including registered sites nothing has been fetched from yet.",
        {
            "source_id": "sources.id",
            "domain": "host name",
            "name": "the site's name",
            "kind": "the site's kind",
            "region": "the site's region",
            "pages": "pages fetched",
            "article_pages": "pages that carried an article",
            "articles": "distinct articles its pages carried",
            "canonical_articles": "of those, the ones that are their story's canonical copy",
            "spam_injected_pages": "pages with casino spam injected",
            "truncated_pages": "pages cut by a paywall",
            "error_pages": "pages that could not be fetched, decoded, parsed or cleaned",
            "first_fetched_at": "first fetch",
            "last_fetched_at": "latest fetch",
            "latest_published_at": "the newest publication time its pages show",
        },
    ),
}
