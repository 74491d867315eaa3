"""The article of a page its script builds in the browser (a news app's share page, a site rendered by
Vue or Next.js), read from the data the script builds it from: the page's HTML holds a shell, and the
article is a string in a script, as JSON-LD's articleBody or in the state the script renders
(window.__INITIAL_STATE__, __NEXT_DATA__, window.DATA), in JSON's escapes or not."""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator

import lxml.etree
import lxml.html

from pipelines import clean, lexicon

# A string literal of a script: JSON's, and JavaScript's double-quoted ones.
STRING_LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
# JavaScript's \xHH escape, which JSON spells \u00HH (serialize-javascript writes < as \x3C).
HEX_ESCAPE = re.compile(r"\\x([0-9a-fA-F]{2})")
# Markup of paragraphs: a string holding it is HTML to be read, not text.
PARAGRAPH_MARKUP = re.compile(r"<(?:p|br|div|h[1-6]|li|section)\b", re.IGNORECASE)
BLOCK_TAGS = ("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "section", "tr")
# A headline this short may be a column's or a site's name, which a list's data holds too.
MIN_MATCHED_TITLE_CHARS = 6
# The key of JSON-LD's text of the article (schema.org's Article), one paragraph or several.
ARTICLE_BODY_KEY = "articleBody"


def _strings(script: str) -> Iterator[tuple[str | None, str]]:
    """Each string of the script with the key it is the value of, if any."""
    key, key_end = None, -1
    for literal in STRING_LITERAL.finditer(script):
        try:
            value = json.loads('"' + HEX_ESCAPE.sub(r"\\u00\1", literal.group(1)) + '"')
        except ValueError:
            key = None
            continue
        yield (key if script[key_end:literal.start()].strip() == ":" else None), value
        key, key_end = value, literal.end()


def _lines(value: str) -> list[str]:
    """The paragraphs of a string: its markup's blocks, or its lines."""
    if PARAGRAPH_MARKUP.search(value):
        try:
            root = lxml.html.fragment_fromstring(value, create_parent="div")
        except (lxml.etree.ParserError, ValueError):
            return []
        for block in root.iter(*BLOCK_TAGS):
            block.tail = "\n" + (block.tail or "")
        value = root.text_content()
    return [line for line in (" ".join(raw.split()) for raw in value.splitlines()) if line]


def _is_an_article(lines: list[str], key: str | None) -> bool:
    """Prose in paragraphs, unless it is JSON-LD's articleBody: a single paragraph elsewhere is as
    often the page's summary (its description meta, qq's window.DATA desc)."""
    return (len(lines) >= 2 or key == ARTICLE_BODY_KEY) and any(lexicon.PROSE_PUNCTUATION.search(line) for line in lines)


def article_in_script_data(scripts: Iterable[str], title: str | None) -> list[str] | None:
    """The paragraphs of the longest article (lexicon.MIN_SCRIPTED_ARTICLE_CHARS at least) among the
    scripts' strings, when a string of theirs is the page's headline: the data is this page's, not a
    list's whose items hold stories. Strings shorter than a headline (MIN_MATCHED_TITLE_CHARS) may be
    a column's or a site's name."""
    if not title:
        return None
    # The headline whole, or before the site's and column's names the <title> adds.
    headlines = {folded for folded in (clean.without_spaces(title),
                                       clean.without_spaces(lexicon.TITLE_SEGMENT_SEPARATOR.split(title)[0]))
                 if len(folded) >= MIN_MATCHED_TITLE_CHARS}
    names_the_page = False
    best: list[str] = []
    best_chars = lexicon.MIN_SCRIPTED_ARTICLE_CHARS - 1
    for script in scripts:
        for key, value in _strings(script):
            folded = clean.without_spaces(value)
            names_the_page = names_the_page or folded in headlines
            if len(folded) > best_chars:  # its markup counted: the text may be shorter
                lines = _lines(value)
                chars = len(clean.without_spaces("".join(lines)))
                if chars > best_chars and _is_an_article(lines, key):
                    best, best_chars = lines, chars
    return best if names_the_page and best else None
