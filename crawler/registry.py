"""The source registry (crawler/sources.yaml): named sites with their kind, entry pages, feeds
and sitemaps. Loaded and validated before a crawl starts; every problem is one line naming the
source and the field."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from crawler.links import url_problem

DEFAULT_REGISTRY = Path(__file__).resolve().parent / "sources.yaml"
KINDS = ("government", "newspaper", "news_client", "portal", "aggregator")
NAME = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
FIELDS = {"name", "title", "kind", "region", "domains", "entry_urls", "rss", "sitemaps", "article_url_patterns", "max_pages",
          "verified", "note"}


class RegistryError(ValueError):
    """A registry problem; the message is one line naming the source and the field."""


@dataclass(frozen=True)
class RegisteredSource:
    name: str
    title: str
    kind: str
    domains: tuple[str, ...]
    entry_urls: tuple[str, ...]
    region: str | None = None
    rss: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    article_url_patterns: tuple[str, ...] = ()
    max_pages: int | None = None
    verified: bool = False
    note: str | None = field(default=None, compare=False)

    def start_urls(self) -> tuple[str, ...]:
        return self.entry_urls + self.rss + self.sitemaps


def _urls(where: str, name: str, url_field: str, value, domains: tuple[str, ...]) -> tuple[str, ...]:
    problem = f"{where}: source {name!r}: field {url_field!r}"
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(url, str) for url in value):
        raise RegistryError(f"{problem}: expected a list of URLs")
    for url in value:
        bad = url_problem(url)
        if bad:
            raise RegistryError(f"{problem}: {url!r} {bad}")
        if urlsplit(url).hostname not in domains:
            raise RegistryError(f"{problem}: {url!r} is not on the source's domains")
    return tuple(value)


def _source(where: str, entry) -> RegisteredSource:
    if not isinstance(entry, dict):
        raise RegistryError(f"{where}: every source is a mapping of fields, found {entry!r}")
    name = entry.get("name")
    if not isinstance(name, str) or not NAME.match(name):
        raise RegistryError(f"{where}: source {name!r}: field 'name': lower-case letters, digits, '-' and '_'")
    unknown = sorted(set(entry) - FIELDS)
    if unknown:
        raise RegistryError(f"{where}: source {name!r}: unknown field(s) {', '.join(unknown)}")
    for required in ("title", "kind", "domains", "entry_urls"):
        if not entry.get(required):
            raise RegistryError(f"{where}: source {name!r}: field {required!r} is missing")
    if entry["kind"] not in KINDS:
        raise RegistryError(f"{where}: source {name!r}: field 'kind': {entry['kind']!r} is not one of {', '.join(KINDS)}")
    domains = entry["domains"]
    if not isinstance(domains, list) or not all(isinstance(d, str) and d and "/" not in d for d in domains):
        raise RegistryError(f"{where}: source {name!r}: field 'domains': expected a list of host names")
    domains = tuple(d.lower() for d in domains)
    urls = {url_field: _urls(where, name, url_field, entry.get(url_field), domains)
            for url_field in ("entry_urls", "rss", "sitemaps")}
    patterns = entry.get("article_url_patterns") or []
    for pattern in patterns:
        try:
            re.compile(pattern)
        except (re.error, TypeError) as exc:
            raise RegistryError(f"{where}: source {name!r}: field 'article_url_patterns': {pattern!r}: {exc}") from None
    max_pages = entry.get("max_pages")
    if max_pages is not None and (not isinstance(max_pages, int) or isinstance(max_pages, bool) or max_pages < 1):
        raise RegistryError(f"{where}: source {name!r}: field 'max_pages': a positive whole number")
    region = entry.get("region")
    if region is not None and (not isinstance(region, str) or not region.strip()):
        raise RegistryError(f"{where}: source {name!r}: field 'region': a province-level region name, e.g. 广东, or 全国")
    verified = entry.get("verified", False)
    if not isinstance(verified, bool):
        raise RegistryError(f"{where}: source {name!r}: field 'verified': true or false")
    return RegisteredSource(name=name, title=str(entry["title"]), kind=entry["kind"], domains=domains, region=region,
                            article_url_patterns=tuple(patterns), max_pages=max_pages, verified=verified,
                            note=entry.get("note"), **urls)


def load_registry(path: Path = DEFAULT_REGISTRY) -> dict[str, RegisteredSource]:
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RegistryError(f"{path}: cannot read the source registry: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" at line {mark.line + 1}" if mark else ""
        raise RegistryError(f"{path}: not valid YAML{line}: {getattr(exc, 'problem', exc)}") from None
    entries = document.get("sources") if isinstance(document, dict) else None
    if not isinstance(entries, list):
        raise RegistryError(f"{path}: expected a top-level 'sources:' list")
    sources: dict[str, RegisteredSource] = {}
    for entry in entries:
        source = _source(str(path.name), entry)
        if source.name in sources:
            raise RegistryError(f"{path.name}: source {source.name!r} is listed twice")
        sources[source.name] = source
    return sources


def select_sources(registry: dict[str, RegisteredSource], name: str) -> list[RegisteredSource]:
    """The sources `-a source=NAME` means: one by name, or `all`."""
    if name == "all":
        return list(registry.values())
    if name not in registry:
        raise RegistryError(f"unknown source {name!r}; known: all, {', '.join(sorted(registry))}")
    return [registry[name]]
