"""Pages that are costly to process, built the way CMS index pages are: a headline and one list item
per link, each a headline and a date. Links point to another host, so a crawl records the page
without following 50,000 links."""
from __future__ import annotations


def link_list_page(links: int, host: str = "http://127.0.0.99") -> bytes:
    items = "".join(f'<li><a href="{host}/news/{n}.html">关于做好第{n}批生态环境保护督察整改工作的通知</a>'
                    f'<span>2024-01-{n % 28 + 1:02d}</span></li>\n' for n in range(links))
    return (f'<html><head><meta charset="utf-8"><title>通知公告</title></head>'
            f'<body><h1>通知公告</h1><ul>{items}</ul></body></html>').encode()


def captioned_picture_index_page(links: int) -> bytes:
    """An index whose last entry is a picture that is no link's with a sentence beside it: what a photo
    story's caption looks like, at the end of thousands of entries the story test must not read through."""
    caption = '<li><img src="/images/new.gif"> 今天我区开展森林防火应急演练活动，效果良好。</li>'
    return link_list_page(links).replace(b"</ul>", caption.encode() + b"</ul>", 1)


def huge_article_page(paragraphs: int) -> bytes:
    """One article of `paragraphs` distinct paragraphs of prose (10 MB at 20,000): every step of the
    extraction and cleaning has all of it to read."""
    text = "".join(f"<p>第{n}段：全省生态环境系统深入打好污染防治攻坚战，持续改善生态环境质量，"
                   f"推动第{n}项重点任务落实落细，确保各项工作取得实效，为建设美丽中国作出新的贡献。</p>\n"
                   for n in range(paragraphs))
    return (f'<html><head><meta charset="utf-8"><title>全省生态环境工作会议召开</title></head>'
            f'<body><h1>全省生态环境工作会议召开</h1><div class="article">{text}</div></body></html>').encode()


def unclosed_markup_page(chars: int) -> bytes:
    """An article whose last paragraphs hold `chars` characters each of what a broken paste leaves: a
    style rule's brace never closed over Word's properties, and Word's view name before a run of digits.
    The patterns that cut Word's leftovers read them in time linear in their length."""
    unclosed_rule = "table.MsoNormalTable {" + "mso-style-noshow:yes; " * (chars // 22)
    digits = "Normal " + "0" * chars + " false"
    text = "".join(f"<p>第{n}段：全省生态环境系统深入打好污染防治攻坚战，持续改善生态环境质量。</p>" for n in range(20))
    return (f'<html><head><meta charset="utf-8"><title>全省生态环境工作会议召开</title></head>'
            f'<body><h1>全省生态环境工作会议召开</h1><div class="article">{text}<p>{unclosed_rule}</p>'
            f'<p>{digits}</p></div></body></html>').encode()


def unbroken_runs_page(chars: int) -> bytes:
    """A page whose headline is one run of `chars` characters without a space, ending in the kind of a
    document and then not (…的通知政策解读), whose JPaaS unit declares a query ending in a word as long
    without a value, and whose author meta pads its two names apart with as many spaces: the patterns
    reading a document's headline, a unit's query and a meta's names read them in time linear in their length."""
    headline = "关于" + "某" * chars + "的通知政策解读"
    query = "{'webId':'1','pageId':'2'," + "w" * chars + "}"
    authors = "张三" + " " * chars + "李四"
    return (f'<html><head><meta charset="utf-8"><title>{headline}</title><meta name="author" content="{authors}">'
            f'</head><body><h1>{headline}</h1>'
            f'<script src="/common/unitbuild.js" url="/api-gateway/jpaas-publish-server/front/page/build/unit" '
            f'queryData="{query}"></script><div>发布时间：2024-02-23</div>'
            f'<div class="article"><p>附件：政策解读.pdf</p></div></body></html>').encode()


def spam_at_both_ends_page(sentences: int) -> bytes:
    """A hijacked copy of an article of one paragraph of `sentences` sentences, as a document's articles run
    together, with the hijack's spam run in after its first sentence and closing it: the spam steps read
    the statements between in time linear in their length."""
    statements = "".join(f"第{n}条：全省生态环境系统深入打好污染防治攻坚战，持续改善生态环境质量。" for n in range(sentences))
    paragraph = f"全省生态环境工作会议在广州召开。威尼斯人5848vip注册送彩金。{statements}澳门金沙js333官方网站"
    return (f'<html><head><meta charset="utf-8"><title>全省生态环境工作会议召开</title></head>'
            f'<body><h1>全省生态环境工作会议召开</h1><div class="article"><p>{paragraph}</p></div></body></html>').encode()


def casino_words_before_a_site_number_page(words: int) -> bytes:
    """A hijacked copy whose paragraph runs `words` of a casino's words together (娱乐城娱乐城…) and names a site's
    number only far after them: the cut of a number with the words glued before it reads the paragraph in time
    linear in its length (lexicon.MAX_WEAK_TERMS_BEFORE_A_SITE_NUMBER)."""
    paragraph = f"全省生态环境工作会议在广州召开。{'娱乐城' * words}。会议强调，要持续改善生态环境质量5848vip。"
    return (f'<html><head><meta charset="utf-8"><title>全省生态环境工作会议召开</title></head>'
            f'<body><h1>全省生态环境工作会议召开</h1><div class="article"><p>{paragraph}</p></div></body></html>').encode()


def brands_in_the_info_line_page(brands: int) -> bytes:
    """A hijacked copy whose info line under the headline has its brand and site number written in `brands` times
    (威尼斯人5848vip，…): the test of whether a brand opens a sentence reads back from each, in time linear in the
    line's length."""
    info = "发布时间：2024-01-02 来源：" + "威尼斯人5848vip，" * brands
    return (f'<html><head><meta charset="utf-8"><title>全省生态环境工作会议召开</title></head>'
            f'<body><h1>全省生态环境工作会议召开</h1><div class="info">{info}</div><div class="article">'
            f'<p>全省生态环境工作会议在广州召开。会议强调，要持续改善生态环境质量，深入打好污染防治攻坚战。</p></div></body></html>').encode()


def preview_chunks_page(runs: int, chunks: int) -> bytes:
    """A document site's preview in `runs` runs of `chunks` numbered chunks (1、… / 2、… / …), each but a run's last cut
    mid-sentence, as a long document's preview pages run on: the chunks are joined in one pass, in time linear in the
    text (joined run by run from the start again, 2,500 runs went past the interpreter's recursion limit; and joined
    by adding each chunk to the text joined so far, one run of 20,000 took 23 s)."""
    cut = "水资源是国民经济和人民生活不可或缺的资源,它们相互制约相互矛盾;通过合理的规划,可以做到共生共荣、互相促进,达到水资源利用与经济协调"
    paragraphs = "".join(f"<p>{number}、第{run}章第{number}节{cut if number < chunks else '发展的目的。'}{cut if number < chunks else ''}</p>"
                         for run in range(runs) for number in range(1, chunks + 1))
    return (f'<html><head><meta charset="utf-8"><title>水资源利用与宏观经济协调发展规划</title></head>'
            f'<body><h1>水资源利用与宏观经济协调发展规划</h1><div class="intro">{paragraphs}</div></body></html>').encode()


def unclosed_founder_comments_page(openers: int) -> bytes:
    """An article followed by `openers` openings of Founder's comment of an article's fields that nothing closes: the
    comment is looked for from the first opening only (a pattern tried from each opening to an end up to 20,000
    characters on took 1.6 s for 10,000 of them)."""
    paragraph = "全省生态环境系统深入打好污染防治攻坚战，持续改善生态环境质量。" * 5
    openings = "<!--enpproperty <articleid>1</articleid><author>张三</author>" * openers
    return (f'<html><head><meta charset="utf-8"><title>全省生态环境工作会议召开</title></head>'
            f'<body><h1>全省生态环境工作会议召开</h1><div class="article"><p>{paragraph}</p></div>{openings}</body></html>').encode()


def site_names_title_page(segments: int) -> bytes:
    """An article whose <title> is its headline and then a site's name after `segments` separators, as a spam title
    repeats one: the site's names are cut in one pass from the end (cut and searched again whole for each, a title of
    20,000 took 40 s in each of the two readings of the <title>)."""
    paragraph = "全省生态环境系统深入打好污染防治攻坚战，持续改善生态环境质量。" * 5
    return (f'<html><head><meta charset="utf-8"><title>全省生态环境工作会议召开{"-新闻网" * segments}</title></head>'
            f'<body><div class="article"><p>{paragraph}</p></div></body></html>').encode()


def unclosed_tables_page(entries: int) -> bytes:
    """A guestbook whose template opens a table for each of its `entries` (the floor's number, the message) and never
    closes one, as old CMS templates do: 600 entries nest 1,800 elements deep, past libxml2's default limit of 256
    (where the rest of the page would be lost) and under the parser's limit here (extract.MAX_NESTING_DEPTH)."""
    rows = "".join(f"<table><tr><td>第{n}楼</td><td><p>第{n}条留言：请尽快处理小区噪声扰民问题，谢谢。</p>" for n in range(entries))
    return (f'<html><head><meta charset="utf-8"><title>留言板</title></head>'
            f'<body><h1>留言板</h1>{rows}</body></html>').encode()


def one_paragraph_page(chars: int) -> bytes:
    """An article of one paragraph of `chars` characters of prose, as a document pasted without its paragraph
    breaks shows it: every step reading lines has one line of all of it to read."""
    sentence = "全省生态环境系统深入打好污染防治攻坚战，持续改善生态环境质量。"
    return (f'<html><head><meta charset="utf-8"><title>全省生态环境工作会议召开</title></head>'
            f'<body><h1>全省生态环境工作会议召开</h1><div class="article"><p>{sentence * (chars // len(sentence))}</p>'
            f'</div></body></html>').encode()
