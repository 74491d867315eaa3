"""Who an article comes from: the origin, author, editor and original title that attribution lines and
bylines in the text state, read and taken out of it, and the names they give. Small pure functions like
pipelines/clean.py's steps; the labels and patterns live in pipelines/lexicon.py. No step raises on any
text."""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines import lexicon
from pipelines.clean import LIST_ITEM_MARKER, unspaced_label


@dataclass(frozen=True)
class Attribution:
    origin: str | None = None
    author: str | None = None
    editor: str | None = None
    original_title: str | None = None


_CLOSING_BRACKETS = {"]": "[", "】": "【", ")": "(", "）": "（"}


def _clean_value(value: str) -> str | None:
    value = lexicon.HEADER_FIELD_BOUNDARY.split(value, maxsplit=1)[0]
    value = value.strip(" \t:：/|｜")
    # The bracket that closes a bracketed line ("[责任编辑：刘斌]"), not one of the value's own.
    if value and value[-1] in _CLOSING_BRACKETS and _CLOSING_BRACKETS[value[-1]] not in value:
        value = value[:-1].rstrip()
    return value or None


def simplified_labels(text: str) -> str:
    """The text with its labels in Traditional characters written in Simplified (lexicon.TRADITIONAL_LABELS)."""
    return lexicon.TRADITIONAL_LABEL.sub(lambda label: lexicon.TRADITIONAL_LABELS[label[0]], text)


def editor_name(value: str | None) -> str | None:
    """The editor's name without the portal's staff code after it (lexicon.EDITOR_STAFF_CODE)."""
    return lexicon.EDITOR_STAFF_CODE.sub("", value) if value else value


def outlet_name(origin: str | None) -> str | None:
    """The origin without the title marks a paper's name is written in (来源：《中国环境报》 -> 中国环境报) or the
    quotes around an account's (“生态环境部”微信公众号 -> 生态环境部微信公众号), so that one outlet is one name in
    the archive."""
    if not origin:
        return origin
    if origin.startswith("“") and origin.count("“") == 1 and origin.count("”") == 1:
        origin = origin.replace("“", "").replace("”", "")
    return _without_title_marks(origin)


def _without_title_marks(title: str) -> str:
    """《…》 around a whole title ("原题为《…》") are not part of it; 《人民日报》评论：… keeps its marks."""
    if title.startswith("《") and title.endswith("》") and title.count("《") == 1:
        return title[1:-1]
    return title


def _bracketed_outlet(text: str) -> str | None:
    """An outlet's name alone in brackets ("（央广网）"): lexicon.CLOSING_OUTLET naming an OUTLET_NAME."""
    outlet = lexicon.CLOSING_OUTLET.match(text)
    return outlet["value"] if outlet and lexicon.OUTLET_NAME.match(outlet["value"]) else None


def _bracketed_credits(line: str) -> list[tuple[str, str]] | None:
    """The fields of a line of credits each in its brackets ("(延边晨报) ( 责任编辑:李铁民 )"): an outlet is the
    origin, an editor's credit the editor; None when a bracket holds anything else (a sentence's aside)."""
    credits = []
    for group in lexicon.BRACKETED_CREDIT.findall(line):
        if editor := lexicon.BRACKETED_EDITOR_CREDIT.match(group):
            credits.append(("editor", editor["name"]))
        elif outlet := _bracketed_outlet(group):
            credits.append(("origin", outlet))
        else:
            return None
    return credits


def _attribution_line_indexes(count: int) -> tuple[int, ...]:
    """The indexes of a text's lines that may hold attribution: its first and last lines (lexicon.ATTRIBUTION_HEAD_LINES,
    ATTRIBUTION_TAIL_LINES), each once."""
    head = range(min(lexicon.ATTRIBUTION_HEAD_LINES, count))
    return (*head, *range(max(count - lexicon.ATTRIBUTION_TAIL_LINES, len(head)), count))


def split_attribution(text: str) -> tuple[str, Attribution]:
    """来源/…, 原标题:…, 编辑/一审/二审/三审 …, 记者 … lines near either end of the body become metadata."""
    lines = text.split("\n")
    ends = _attribution_line_indexes(len(lines))
    found: dict[str, str] = {}
    drop: set[int] = set()
    for index in ends:
        line = lines[index].removeprefix(LIST_ITEM_MARKER)
        line = closed_up_names(unspaced_label(line))
        if lexicon.BRACKETED_CREDITS_LINE.fullmatch(line) and (credits := _bracketed_credits(line)) is not None:
            drop.add(index)
            for field_name, credited in credits:
                found.setdefault(field_name, credited)
            continue
        if credit := lexicon.BRACKETED_EDITOR_CREDIT.match(line):
            drop.add(index)
            found.setdefault("editor", credit["name"])
            continue
        if chain := lexicon.EDITORIAL_CHAIN.match(line):
            drop.add(index)
            found.setdefault("editor", chain["editor"])
            if chain["authors"] and is_person_names(chain["authors"], under_a_label=True):
                found.setdefault("author", chain["authors"])
            continue
        match = lexicon.ATTRIBUTION_LINE.match(line)
        if not match or len(match["value"]) > lexicon.MAX_ATTRIBUTION_VALUE_CHARS:
            continue
        if not match["value"].strip():
            # A field the CMS left empty ends the text ("责任编辑：" on sohu); anywhere else its value
            # may be the next line.
            if index == len(lines) - 1:
                drop.add(index)
            continue
        label, value = match["label"], _clean_value(match["value"])
        if label in lexicon.AUTHOR_LABELS and value and (noted := lexicon.NAME_THEN_BRACKETED_NOTE.fullmatch(value)) \
                and is_person_names(noted["names"], under_a_label=True):
            value = noted["names"]
        if label in lexicon.REPOST_LABELS and lexicon.SENTENCE_PUNCTUATION.search(match["value"]):
            continue  # 转自外地的危险废物须办理转移联单。 is a sentence opening with the verb
        if (label in lexicon.AUTHOR_LABELS or label in lexicon.CREDIT_LABELS_BEFORE_NAMES) \
                and not (value and is_person_names(value, under_a_label=True)):
            continue  # "记者：…？" in an interview is text, not a byline; "视频：…" may be a caption
        drop.add(index)
        if value is None:
            continue
        if label in lexicon.ORIGIN_LABELS:
            _read_origin(value, found)
        elif label in lexicon.AUTHOR_LABELS:
            found.setdefault("author", value)
        elif label in lexicon.EDITOR_LABELS:
            found.setdefault("editor", value)
        elif label in lexicon.ORIGINAL_TITLE_LABELS:
            if run_on := lexicon.TITLE_THEN_SENTENCE.match(value):
                # The post's first sentence run into the line after its first title: the sentence stays.
                value, lines[index] = run_on["title"], run_on["rest"]
                drop.discard(index)
            found.setdefault("original_title", _without_title_marks(value))
    for index in ends:
        if credit := lexicon.CLOSING_EDITOR_CREDIT.search(lines[index]):
            lines[index] = lines[index][:credit.start()]
            found.setdefault("editor", credit["name"])
    # A source in brackets closing the text: its paragraph stays, as one a closing byline ends does.
    # Only the last: a figure's source may close a paragraph above ("…增长5%（来源：国家统计局）").
    closing = lexicon.CLOSING_SOURCE.search(lines[-1])
    if "origin" not in found and closing and (value := _clean_value(closing["value"])):
        _read_origin(value, found)
    if outlet := _bracketed_outlet(lines[-1].strip()):
        drop.add(len(lines) - 1)
        found.setdefault("origin", outlet)
    body = "\n".join(line for index, line in enumerate(lines) if index not in drop)
    return body, Attribution(**found)


def split_platform_credit(text: str) -> tuple[str, Attribution]:
    """The text without a platform's credit line for a post it took from an account, a work or a paper
    (lexicon.PLATFORM_CREDIT_SOURCE) among its first or last lines, and what the line credits: read before the
    disclaimer steps, which take 36氪's out as a note of authorisation."""
    lines = text.split("\n")
    for index in _attribution_line_indexes(len(lines)):
        if credit := _platform_credit(lines[index].removeprefix(LIST_ITEM_MARKER).strip()):
            return "\n".join(lines[:index] + lines[index + 1:]), credit
    return text, Attribution()


def _platform_credit(line: str) -> Attribution | None:
    first, *rest = lexicon.PLATFORM_CREDIT_PART_SEPARATOR.split(line.rstrip("。."))
    source = lexicon.PLATFORM_CREDIT_SOURCE.match(first.strip())
    fields = [lexicon.PLATFORM_CREDIT_FIELD.match(part.strip()) for part in rest]
    if source is None or not all(fields):
        return None
    labelled: dict[str, str] = {}
    for field in fields:
        if field is not None and field["label"]:
            labelled.setdefault(field["label"], field["value"].strip())
    # "本文来自一线调研" names no account, work or writer: a sentence, not a credit.
    if not (source["account"] or source["id"] or source["work"] or "作者" in labelled):
        return None
    author = labelled.get("作者")
    title = labelled.get("原文标题") or labelled.get("原标题")
    return Attribution(origin=source["quoted"] or source["work"] or source["name"],
                       author=None if author is None or names_no_one(author) else author,
                       editor=labelled.get("编辑") or labelled.get("责任编辑"),
                       original_title=_without_title_marks(title) if title else None)


def reprint_authoriser(text: str) -> str | None:
    """Who a column's closing note says let the portal publish it ("本文为冀勇庆授权网易财经《亦观察》专栏发布，
    转载请注明出处"), read before the disclaimer steps take the note out; None for 作者 or no note."""
    for line in text.split("\n")[-lexicon.BYLINE_END_LINES:]:
        if (match := lexicon.REPRINT_AUTHORISED_BY.match(line.strip())) and not names_no_one(match["names"]):
            return match["names"]
    return None


def lead_outlet(text: str) -> str | None:
    """The outlet the text's lead opens with in its dateline (新浪科技讯, 新华社北京2月29日电), or None."""
    for line in text.split("\n")[:lexicon.LEAD_DATELINE_LINES]:
        if lead := lexicon.LEAD_DATELINE.match(line):
            name = lead["lead"]
            return next((name[:end] for end in range(len(name), 1, -1) if lexicon.OUTLET_NAME.match(name[:end])), None)
    return None


def _read_origin(value: str, found: dict[str, str]) -> None:
    """A 来源 value: the outlet, and the reporter when it names one ("齐鲁晚报 记者 张玉岩")."""
    reporter = lexicon.ORIGIN_WITH_REPORTER.match(value)
    if reporter:
        found.setdefault("origin", reporter["origin"].strip())
        found.setdefault("author", reporter["author"].strip())
    else:
        found.setdefault("origin", value)


def split_editor_note(text: str) -> tuple[str, str | None]:
    """The text without an editor's note (编者按) among its first or last paragraphs, and the note."""
    lines = text.split("\n")
    ends = {*range(min(lexicon.EDITOR_NOTE_LINES, len(lines))),
            *range(max(len(lines) - lexicon.EDITOR_NOTE_LINES, 0), len(lines))}
    notes = [index for index in sorted(ends) if lexicon.EDITOR_NOTE.match(lines[index])]
    if not notes:
        return text, None
    return "\n".join(line for index, line in enumerate(lines) if index not in notes), " ".join(lines[i] for i in notes)


def remove_author_noise(value: str) -> str:
    """'信报记者 蔡雪婧' -> '蔡雪婧', '姚峰 上海报道' -> '姚峰'."""
    for pattern in lexicon.AUTHOR_VALUE_NOISE:
        value = pattern.sub("", value)
    return value.strip()


def names_no_one(value: str) -> bool:
    """A field label or a page word read where a name was expected ("作者：" then "责任编辑：…", 易信)."""
    words = value.split()
    return not words or words[0].lower() in lexicon.NOT_NAMES or words[0] in lexicon.FIELD_LABELS


def is_placeholder_origin(origin: str | None) -> bool:
    """An origin that names no one: 来源：网络, 转载文章, 本站原创, a CMS account (admin)."""
    return origin is not None and origin.lower() in lexicon.PLACEHOLDER_ORIGINS


def separate_outlet_from_author(author: str | None, origin: str | None) -> tuple[str | None, str | None]:
    """(author, origin) with an outlet named as the author moved to the origin (when the page names
    none), a field label or a page word taken for a name dropped, and an origin that names no one
    (来源：网络, 转载) dropped."""
    if is_placeholder_origin(origin):
        origin = None
    if author is None:
        return None, origin
    if lexicon.OUTLET_NAME.match(author):
        return None, origin or author
    if names_no_one(author):
        return None, origin
    return author, origin


def standalone_person_names(line: str) -> str | None:
    """'赵延东、风笑天' or '[ 黄宇 ]' alone on a line, the first name starting with a common surname
    (a co-author's may be rare: 风笑天); a journal paper's authors as copies set them (lexicon.STANDALONE_NAMES), with
    the marks tying them to their affiliations and the affiliations after them ('王开荣¹²,杜小康,于守兵')."""
    line = line.strip()
    if any(char.isdigit() for char in line):  # most lines: no mark to look for
        line = lexicon.AUTHOR_AFFILIATION_MARKS.sub("", line)
        opening = max(line.rfind("("), line.rfind("（"))
        if opening > 0 and lexicon.AFFILIATION_AFTER_NAMES.fullmatch(line, opening):
            line = line[:opening].rstrip()
    match = lexicon.STANDALONE_NAMES.match(closed_up_names(line))
    if not match or (match["mark"] is None and lexicon.AUTHOR_SLASH.search(match["names"])):
        return None
    names = joined_names(lexicon.AUTHOR_LIST_MARKS.sub(" ", match["names"])).split()
    if any(name in lexicon.NOT_NAMES for name in names):
        return None
    return " ".join(names) if has_a_common_surname(names[0]) else None


def has_a_common_surname(name: str) -> bool:
    """Whether the name opens with one of the common surnames (lexicon.COMMON_SURNAMES, compound ones too)."""
    return name[:1] in lexicon.COMMON_SURNAMES or name.startswith(lexicon.COMPOUND_SURNAMES)


def closed_up_names(line: str) -> str:
    """The line with each name padded to three characters' width closed up: "本报记者  王乐文  方  敏" ->
    "本报记者  王乐文  方敏"; for reading names, never for the text."""
    if not any(space in line for space in lexicon.NAME_PADDING):
        return line  # most lines: no padding to look for
    return lexicon.PADDED_NAME.sub(r"\1\2", line)


def is_person_names(value: str, *, under_a_label: bool = False) -> bool:
    """Names of people (李新花 王誉林, a Latin handle), not a site or an organisation. Under an author's
    label a foreign name of several capitalised words counts too (作者：Kevin Kelly); as a meta author
    such words are as often an outlet (China Daily)."""
    return ((bool(lexicon.PERSON_NAMES.match(value)) and not lexicon.SITE_SUFFIX_WORDS.search(value))
            or (under_a_label and lexicon.LATIN_NAME.fullmatch(value) is not None))


def _names(match: re.Match[str]) -> str:
    return names_without_roles(match["names"])


def names_without_roles(names: str) -> str:
    """A byline's names without the roles it gives its co-authors, one space apart: '陈青峰、通讯员吴细兰' -> '陈青峰 吴细兰'."""
    return joined_names(lexicon.CO_AUTHOR_ROLE.sub("", names))


def joined_names(names: str) -> str:
    """The names one space apart, as the archive stores authors: '李娜、王强' -> '李娜 王强'."""
    return " ".join(filter(None, lexicon.NAME_SEPARATOR.split(names.strip())))


def credit_line_authors(line: str) -> str | None:
    """The authors a credit line without a reporter's role names: an oral account's narrator and who wrote it
    down, a photo story's reporter (`oral_account_authors`, `photo_report_authors`)."""
    return oral_account_authors(line) or photo_report_authors(line)


def photo_report_authors(line: str) -> str | None:
    """Who took a photo story's pictures and reported it, when the line is its byline (lexicon.PHOTO_REPORT_BYLINE):
    '吕依霖 摄影报道' -> '吕依霖'; not '市民 摄影报道'."""
    match = lexicon.PHOTO_REPORT_BYLINE.match(line) if "报道" in line else None  # most lines: not looked at
    return standalone_person_names(match["names"]) if match else None


def oral_account_authors(line: str) -> str | None:
    """The narrator and who wrote the account down, when the line is an oral account's credit
    (lexicon.ORAL_ACCOUNT_BYLINES): '口述：王建国 整理：李娜' -> '王建国 李娜'."""
    match = next(filter(None, (pattern.match(line) for pattern in lexicon.ORAL_ACCOUNT_BYLINES)), None)
    return f"{names_without_roles(match['narrator'])} {_names(match)}" if match else None


def split_byline(text: str) -> tuple[str, str | None]:
    """(text without standalone byline lines, the reporters named in a byline near either end)."""
    lines = text.split("\n")
    ends = [*range(min(lexicon.BYLINE_END_LINES, len(lines))),
            *range(max(len(lines) - lexicon.BYLINE_END_LINES, 0), len(lines))]
    author = None
    drop = set()
    first_sentence = next((index for index, line in enumerate(lines) if lexicon.SENTENCE_PUNCTUATION.search(line)), len(lines))
    for index in dict.fromkeys(ends):
        line = closed_up_names(lines[index])
        if len(line) <= 40 and (match := lexicon.BYLINE_LINE.match(line)):
            drop.add(index)
            author = author or _names(match)
        elif len(line) <= 40 and (names := credit_line_authors(line)):
            drop.add(index)
            author = author or names
        elif ((index < min(lexicon.BYLINE_END_LINES, first_sentence) or line.startswith(("（", "(")))
              and not (index and lexicon.LABEL_BEFORE_ITS_VALUE.search(lines[index - 1]))
              and (names := standalone_person_names(line))):
            # A name alone under the headline, or in brackets closing the text: "（袁源）". Not the names a
            # label introduces (拟录用人员名单如下： / 张三、李四、王五), nor a short notice's list after its text.
            drop.add(index)
            author = author or names
        elif match := (lexicon.BYLINE_PARENTHESES.search(line) or lexicon.CLOSING_NAME.search(line)
                       or lexicon.CLOSING_CREDIT.search(line) or lexicon.LEAD_REPORTED_BY.match(line)):
            author = author or _names(match)
        elif (profile := lexicon.AUTHOR_PROFILE.match(line)) and has_a_common_surname(profile["names"]):
            # Not a word before the profile's verb: "作者简介：本文作者系…", "笔者为…".
            author = author or profile["names"]
    return "\n".join(line for i, line in enumerate(lines) if i not in drop), author
