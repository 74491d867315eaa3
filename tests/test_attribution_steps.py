"""The attribution steps (pipelines/attribution.py) on the credits, bylines and source lines real pages close and
open their text with: seeds 000, 002 and 004, portals, newspapers, government sites and news apps."""
from __future__ import annotations

import pytest

from pipelines import attribution, lexicon
from tests.texts import CONFERENCE, WORK_REPORT


def test_attribution_lines_of_a_portal_repost() -> None:
    text = (f"{CONFERENCE}\n来源/韶关、梅州、阳江市人民政府门户网站\n整理/广东生态环境微信编辑小组\n"
            "原标题:【两会“绿”声⑥】聚焦绿色低碳发展!韶关、梅州、阳江持续加强生态环境保护")
    body, found = attribution.split_attribution(text)
    assert body == CONFERENCE
    assert found == attribution.Attribution(origin="韶关、梅州、阳江市人民政府门户网站", editor="广东生态环境微信编辑小组",
                                            original_title="【两会“绿”声⑥】聚焦绿色低碳发展!韶关、梅州、阳江持续加强生态环境保护")


@pytest.mark.parametrize("lines, found", [
    # a government site's credits under its own news: the office that supplied it, and who drafted,
    # checked and signed it off
    ("供稿：大气处\n审核：王五", attribution.Attribution(origin="大气处")),
    ("起草人：李四\n审核人：王五\n签发：赵六", attribution.Attribution()),
    ("撰稿：李四 审核：王五 签发：赵六", attribution.Attribution(author="李四")),
    ("信息员：赵六", attribution.Attribution()),
])
def test_a_government_sites_credits_closing_its_news(lines: str, found: attribution.Attribution) -> None:
    assert attribution.split_attribution(f"{CONFERENCE}\n{lines}") == (CONFERENCE, found)


@pytest.mark.parametrize("lines, found", [
    # 上观's column editors, an issue's and a shift's editor, a multimedia piece's writer before the other roles
    ("栏目主编：王海燕 文字编辑：李晓", attribution.Attribution()),
    ("文字编辑：李晓", attribution.Attribution(editor="李晓")),
    ("本期编辑：陈敏 审核：周立", attribution.Attribution(editor="陈敏")),
    ("值班编辑：陈敏", attribution.Attribution(editor="陈敏")),
    ("图片编辑：张伟", attribution.Attribution()),
    ("文字：沈静文 图片：张伟 视频：刘洋", attribution.Attribution(author="沈静文")),
    ("出品：上游新闻", attribution.Attribution(origin="上游新闻")),
    # a writer who also took the pictures
    ("文/图：王晓雨", attribution.Attribution(author="王晓雨")),
    ("图/文 王晓雨", attribution.Attribution(author="王晓雨")),
    ("文／图 张三 李四", attribution.Attribution(author="张三 李四")),
    ("图文：张三", attribution.Attribution(author="张三")),
    # who wrote a column or a report, one or several
    ("执笔：王强", attribution.Attribution(author="王强")),
    ("执笔人：王强", attribution.Attribution(author="王强")),
    ("执笔/叨叨姐、胡一刀&李小飞刀", attribution.Attribution(author="叨叨姐、胡一刀&李小飞刀")),
])
def test_a_news_apps_credits_of_editorial_roles(lines: str, found: attribution.Attribution) -> None:
    assert attribution.split_attribution(f"{CONFERENCE}\n{lines}") == (CONFERENCE, found)


@pytest.mark.parametrize("line", ["联系人：张三，电话：0571-87001234。", "（联系人：王五，13800000000）"])
def test_a_notices_contact_stays(line: str) -> None:
    assert attribution.split_attribution(f"{CONFERENCE}\n{line}") == (f"{CONFERENCE}\n{line}", attribution.Attribution())


def test_a_city_news_apps_closing_labels_in_brackets() -> None:
    """南方+'s share pages close with bracketed labels and no colon."""
    text = f"{CONFERENCE}\n【记者】张三\n【通讯员】李四\n【作者】 张三;李四\n【来源】 南方报业传媒集团南方+客户端"
    body, found = attribution.split_attribution(text)
    assert (body, found) == (CONFERENCE, attribution.Attribution(origin="南方报业传媒集团南方+客户端", author="张三"))


@pytest.mark.parametrize("line", ["【图】市民在公园里散步。", "【文】这是一段介绍。"])
def test_a_caption_opening_with_a_bracketed_mark_stays(line: str) -> None:
    assert attribution.split_attribution(f"{CONFERENCE}\n{line}") == (f"{CONFERENCE}\n{line}", attribution.Attribution())


def test_editorial_chain_of_a_city_news_app() -> None:
    text = f"{CONFERENCE}\n来源:新派客户端\n编辑:李新花 王誉林\n一审:贾春毅\n二审:孙瑞永\n三审:王桂林"
    body, found = attribution.split_attribution(text)
    assert body == CONFERENCE
    assert found == attribution.Attribution(origin="新派客户端", editor="李新花 王誉林")


def test_a_papers_credits_without_colons_name_its_reporter_and_editor() -> None:
    """新京报's closing line: its reporters, then its editor and proofreader."""
    body, found = attribution.split_attribution(f"{CONFERENCE}\n新京报记者 张三 李四 编辑 王五 校对 赵六")
    assert (body, found) == (CONFERENCE, attribution.Attribution(author="张三 李四", editor="王五"))
    body, found = attribution.split_attribution(f"{CONFERENCE}\n编辑 刘晓阳 校对 李铭")
    assert (body, found) == (CONFERENCE, attribution.Attribution(editor="刘晓阳"))
    # 每日经济新闻's: the editor under the paper's short name, no proofreader.
    body, found = attribution.split_attribution(f"{CONFERENCE}\n每经记者 张三 每经编辑 李四")
    assert (body, found) == (CONFERENCE, attribution.Attribution(author="张三", editor="李四"))


def test_an_editor_alone_without_a_colon_is_no_credits_line() -> None:
    text = f"{CONFERENCE}\n编辑 李四"
    assert attribution.split_attribution(text) == (text, attribution.Attribution())


@pytest.mark.parametrize("closing, origin", [("（央广网）", "央广网"), ("(界面新闻)", "界面新闻"), ("（上海证券报）", "上海证券报")])
def test_an_outlet_in_brackets_closing_the_text_is_its_origin(closing: str, origin: str) -> None:
    assert attribution.split_attribution(f"{CONFERENCE}\n{closing}") == (CONFERENCE, attribution.Attribution(origin=origin))


@pytest.mark.parametrize("closing", ["（完）", "（图片来自网络）", "（单位：亿元）"])
def test_other_brackets_closing_the_text_stay(closing: str) -> None:
    assert attribution.split_attribution(f"{CONFERENCE}\n{closing}") == (f"{CONFERENCE}\n{closing}", attribution.Attribution())


@pytest.mark.parametrize("editor, name", [("杨倩_NF4425", "杨倩"), ("化成雨_NBJ11143", "化成雨"), ("杨岚 PN068", "杨岚"),
                                          ("NF058", "NF058"), ("刘欢", "刘欢")])
def test_an_editors_staff_code_goes_but_a_code_alone_stays(editor: str, name: str) -> None:
    assert attribution.editor_name(editor) == name


@pytest.mark.parametrize("line, original_title", [
    ("（原题为《是“收割韭菜”还是“回归理性”》）", "是“收割韭菜”还是“回归理性”"),  # 澎湃, no colon
    ("原标题：《人民日报》评论：守护绿水青山", "《人民日报》评论：守护绿水青山"),  # its own marks stay
])
def test_an_original_title_note_closing_the_text(line: str, original_title: str) -> None:
    body, found = attribution.split_attribution(f"{CONFERENCE}\n{line}")
    assert (body, found.original_title) == (CONFERENCE, original_title)


def test_the_first_sentence_run_into_an_original_title_line_stays() -> None:
    text = f"本文原标题：《定了！广州南沙邮轮母港即将开通！》搭地铁去坐邮轮玩转东南亚！\n{CONFERENCE}"
    body, found = attribution.split_attribution(text)
    assert (body, found.original_title) == (f"搭地铁去坐邮轮玩转东南亚！\n{CONFERENCE}", "定了！广州南沙邮轮母港即将开通！")
    # a part number after the title is the title's, not a sentence
    body, found = attribution.split_attribution(f"原标题：《守护绿水青山》（下）\n{CONFERENCE}")
    assert (body, found.original_title) == (CONFERENCE, "《守护绿水青山》（下）")


def test_a_sentence_about_an_original_title_stays() -> None:
    text = f"{CONFERENCE}\n原题为这次会议定下的主题，后经修改。"
    assert attribution.split_attribution(text) == (text, attribution.Attribution())


@pytest.mark.parametrize("closing, origin", [
    ("经本公司内部调整确认，特此公告。2005年8月25日（来源：上海证券报）", "上海证券报"),
    ("（本文来源：经济日报 作者：徐占忱）", "经济日报"),
    ("信息来源：市生态环境局", "市生态环境局"),
])
def test_a_source_closing_the_text_is_its_origin(closing: str, origin: str) -> None:
    body, found = attribution.split_attribution(f"{CONFERENCE}\n{closing}")
    assert found.origin == origin
    # A paragraph the source closes stays, as one a byline closes does; a line of its own goes.
    assert body == (f"{CONFERENCE}\n{closing}" if closing.startswith("经本公司") else CONFERENCE)


@pytest.mark.parametrize("text", [f"{CONFERENCE}（来源：国家统计局）\n{CONFERENCE}", f"{CONFERENCE}\n全年增长5%（数据来源：国家统计局）"])
def test_a_figures_source_is_not_the_articles(text: str) -> None:
    assert attribution.split_attribution(text) == (text, attribution.Attribution())


def test_a_credits_block_with_labels_spaced_to_one_width() -> None:
    body, found = attribution.split_attribution(f"{CONFERENCE}\n总监制：邹 明\n监 制：高明勇\n审　读：崔向升\n编　辑：李新花")
    assert (body, found.editor) == (CONFERENCE, "李新花")


def test_source_line_with_the_reporter() -> None:
    body, found = attribution.split_attribution(f"{CONFERENCE}\n来源:齐鲁晚报 记者 张玉岩")
    assert (body, found.origin, found.author) == (CONFERENCE, "齐鲁晚报", "张玉岩")


def test_attribution_words_mid_text_stay() -> None:
    text = "\n".join([CONFERENCE] * 12 + ["记者从会上获悉,来源于工业的排放持续下降。"] + [CONFERENCE] * 12)
    assert attribution.split_attribution(text) == (text, attribution.Attribution())


@pytest.mark.parametrize("value, names", [("信报记者 蔡雪婧", "蔡雪婧"), ("总台记者 张倩", "张倩"), ("姚峰 上海报道", "姚峰"),
                                          ("王建宏 张文攀", "王建宏 张文攀"),
                                          ("评论员 罗博 萧海川", "罗博 萧海川"), ("观察者网专栏作者 王文", "王文"),
                                          ("陈智 整合", "陈智"), ("路闻卓立 编译", "路闻卓立"), ("政能亮特约评论员 韩涵", "韩涵"),
                                          # a newspaper's byline names each contributor's role
                                          ("本报记者 王建宏 通讯员 张文攀", "王建宏 张文攀"), ("记者 陈智 实习生 林子沛", "陈智 林子沛"),
                                          ("王建宏 见习记者 张文攀", "王建宏 张文攀"),
                                          # et al. after the first author; a two-character name ending so stays
                                          ("柴发合等", "柴发合"), ("於方等人", "於方"), ("何等", "何等")])
def test_author_noise(value: str, names: str) -> None:
    assert attribution.remove_author_noise(value) == names


@pytest.mark.parametrize("author, origin, expected", [
    ("新京报", None, (None, "新京报")),  # 作者：新京报 on a sina repost
    ("新浪财经", None, (None, "新浪财经")),
    ("参考消息", None, (None, "参考消息")),  # sina's author meta on a repost
    ("新京报", "澎湃新闻", (None, "澎湃新闻")),  # the page's own origin stays
    ("责任编辑", "网易科学人", (None, "网易科学人")),  # an empty 作者： read into the next field's label
    ("关注", None, (None, None)),  # a platform's follow button beside the account name
    ("易信", "新京报", (None, "新京报")),  # 网易's share button
    ("未知", None, (None, None)),  # what a CMS writes when no one is named
    ("网络整理", None, (None, None)),
    # a CMS's user accounts in the author and source fields
    ("Administrator", "admin", (None, None)),
    ("小编", "新华网", (None, "新华网")),
    ("超级管理员", None, (None, None)),
    ("本站", None, (None, None)),
    ("网站编辑", "市生态环境局", (None, "市生态环境局")),
    # what the page is, written into the author field
    ("原创", None, (None, None)), ("转载", "中国环境报", (None, "中国环境报")), ("本站原创", None, (None, None)),
    # more CMSs' defaults: an English account, the field's own label, a compiled story's mark
    ("editor", None, (None, None)), ("发布者", "市生态环境局", (None, "市生态环境局")), ("综合", None, (None, None)),
    ("综合报道", "新华社", (None, "新华社")),
    # a user's upload, as essay and paper-sharing sites credit a copied paper
    ("周利敏 姬磊磊", "用户上传", ("周利敏 姬磊磊", None)), (None, "网友投稿", (None, None)),
    ("编辑部", None, ("编辑部", None)),  # an editorial office is credited
    ("宋怡 杨志华", "新华网", ("宋怡 杨志华", "新华网")),
    ("罗科苏盈", "第一财经日报", ("罗科苏盈", "第一财经日报")),
])
def test_an_outlet_or_a_page_word_is_not_the_author(author: str, origin: str | None, expected: tuple) -> None:
    assert attribution.separate_outlet_from_author(author, origin) == expected


@pytest.mark.parametrize("line, names", [("王建宏、张文攀", "王建宏 张文攀"), ("赵延东、风笑天", "赵延东 风笑天"), ("[ 黄宇 ]", "黄宇"), ("欧阳修", "欧阳修"),
                                         ("文章", None), ("高山流水", None), ("前言", None), (CONFERENCE, None),
                                         # a journal paper's authors as copies set them: a corresponding author's mark,
                                         # slashes, a byline's mark; a research team's eleven (澎湃's 市政厅); twelve at
                                         # most, and never names run together
                                         ("黄棨通 龚大洁*张海军 左甲虎 南旭梅", "黄棨通 龚大洁 张海军 左甲虎 南旭梅"),
                                         ("■ 牛堃瑛/仇泸毅", "牛堃瑛 仇泸毅"), ("牛堃瑛/仇泸毅", None), ("王家村新貌", None), ("刘翠燕/文", None),
                                         ("■ 王磊/编译", None),
                                         ("蔡博峰 王金南 龙瀛 刘建国 倪哲 伯鑫 高庆先 李栋 曹东 刘兰翠 王江浩",
                                          "蔡博峰 王金南 龙瀛 刘建国 倪哲 伯鑫 高庆先 李栋 曹东 刘兰翠 王江浩"),
                                         (" ".join("王" + digit for digit in "一二三四五六七八九十壹贰叁"), None),
                                         # marks tying authors to affiliations, and the affiliation after the names
                                         # (cehome.com, fx361.com); digits that are no mark leave no name
                                         ("王开荣¹²,杜小康,于守兵", "王开荣 杜小康 于守兵"), ("王开荣1,2,杜小康2,于守兵1", "王开荣 杜小康 于守兵"),
                                         ("秦怡雯,钱 瑜*,荣婷婷 (南京大学环境学院,污染控制与资源化研究国家重点实验室,江苏 南京 210023)",
                                          "秦怡雯 钱瑜 荣婷婷"),
                                         ("张三 2024", None), ("第3章", None), ("王家村12组", None)])
def test_standalone_person_names(line: str, names: str | None) -> None:
    assert attribution.standalone_person_names(line) == names


@pytest.mark.parametrize("names, joined", [
    ("李娜、王强", "李娜 王强"), ("李娜，王强；赵六", "李娜 王强 赵六"), ("李娜, 王强", "李娜 王强"), ("李娜&王强", "李娜 王强"),
    ("李娜　 王强", "李娜 王强"),
    # a foreign name keeps its comma and its ampersand: they are no list of Han names
    ("Smith, John", "Smith, John"), ("Kevin  Kelly", "Kevin Kelly"), ("Simon & Schuster", "Simon & Schuster"),
])
def test_names_are_stored_one_space_apart(names: str, joined: str) -> None:
    assert attribution.joined_names(names) == joined


@pytest.mark.parametrize("names", ["拟录用人员名单如下：\n张三、李四、王五", "获奖人员：\n王建国 李明华",
                                   "评审专家组成员：\n刘德华 张学友 郭富城"])
def test_names_a_short_notice_lists_are_no_byline(names: str) -> None:
    """A short notice's text, then names under a label: the label's value, not its authors, however near
    the text's start they stand."""
    text = f"{CONFERENCE}\n{names}"
    assert attribution.split_byline(text) == (text, None)


def test_a_name_under_the_headline_is_the_byline() -> None:
    assert attribution.split_byline(f"王建国 李明华\n{CONFERENCE}") == (CONFERENCE, "王建国 李明华")


def test_a_name_line_under_the_headline_is_the_author() -> None:
    assert attribution.split_byline(f"王建宏 张文攀\n{CONFERENCE}") == (CONFERENCE, "王建宏 张文攀")


@pytest.mark.parametrize("note", [
    "编者按：这篇文章介绍了当地的最新做法，值得各地借鉴，现转载如下。",
    "【编者按】本文来源于网络，转载此文是出于传递更多信息之目的。",
    "[编者的话] 生态文明建设是关系中华民族永续发展的根本大计。",
])
@pytest.mark.parametrize("at_end", [False, True])
def test_an_editors_note_at_either_end_leaves_the_text(note: str, at_end: bool) -> None:
    lines = [CONFERENCE, "会议总结了2022年工作，部署了2023年重点任务。"]
    text = "\n".join([*lines, note] if at_end else [note, *lines])
    assert attribution.split_editor_note(text) == ("\n".join(lines), note)


def test_a_note_inside_the_text_and_the_word_in_a_sentence_stay() -> None:
    text = "\n".join([CONFERENCE, "第二段。", "编者按：文中插话。", "第四段。", "结尾段。"])
    assert attribution.split_editor_note(text) == (text, None)
    sentence = "本报编者按照读者要求，整理了会议要点。"
    assert attribution.split_editor_note(sentence) == (sentence, None)


@pytest.mark.parametrize("credit", ["（责任编辑：张三）", "(编辑:张三)", "【责任编辑：张三】", " 责任编辑：张三", "（责编：张三）"])
def test_an_editors_credit_run_into_the_last_sentence_names_the_editor_and_goes(credit: str) -> None:
    body, stated = attribution.split_attribution(f"{CONFERENCE}\n{WORK_REPORT}{credit}")
    assert (body, stated.editor) == (f"{CONFERENCE}\n{WORK_REPORT}", "张三")


@pytest.mark.parametrize("line", [
    # a name after 编辑 with no brackets, not after a sentence's end, or naming more than a name
    f"{WORK_REPORT}编辑：张三", "他的身份是编辑：张三（男），负责审稿。", f"{WORK_REPORT}（编辑：张三等五人参与）",
])
def test_what_is_no_closing_editors_credit_stays(line: str) -> None:
    body, stated = attribution.split_attribution(f"{CONFERENCE}\n{line}")
    assert (body, stated.editor) == (f"{CONFERENCE}\n{line}", None)


@pytest.mark.parametrize("line", ["新华社记者刘通摄", "（刘通摄）", "新华社记者 才扬 摄", "本报记者 惠禾 摄", "图为启动仪式。（刘通摄）",
                                  "新华社发（孙凡越、赵子硕 摄）", "孩子们体验春耕的乐趣。（林新利/摄）"])
def test_a_photo_credit_names_no_author(line: str) -> None:
    assert attribution.split_byline(f"{CONFERENCE}\n{line}") == (f"{CONFERENCE}\n{line}", None)


@pytest.mark.parametrize("line, names", [("会上传达了讲话精神。（文/图 汪路勇）", "汪路勇"),
                                         ("领略了医院文化。（刘翠燕/文 石水/摄）", "刘翠燕"), ("（文/刘翠燕）", "刘翠燕"),
                                         ("发表在科学刊物《自然》（Nature）上。（编译/林靖东）", "林靖东"), ("（王磊/编译）", "王磊"),
                                         ("讲座圆满完成。（文/图 学生学业指导中心）", None), ("（文化部供稿）", None),
                                         # a paper's own reporter in brackets, with its outlet's name
                                         ("（韶关日报记者 李明）", "李明"), ("（南方日报全媒体记者 张三）", "张三"),
                                         # 中央广播电视总台's reporters under its channels' names
                                         ("（总台央广记者 沈静文）", "沈静文"), ("（央视记者 张三）", "张三"), ("（总台记者 李四）", "李四"),
                                         # a paper's contributor and commentator, signing as its reporters do
                                         ("特约撰稿人 张三", "张三"), ("本报评论员 张三", "张三"), ("文丨政能亮特约评论员 韩涵", "韩涵"),
                                         ("本报评论员", None), ("评论员认为，这一做法值得推广。", None)])
def test_a_closing_credit_names_the_writer(line: str, names: str | None) -> None:
    assert attribution.split_byline(f"{CONFERENCE}\n{line}")[1] == names


@pytest.mark.parametrize("lead, names", [
    # A local paper's reporter and correspondent, with or without spaces after their roles.
    ("本报黎川讯 （记者陈青峰 通讯员吴细兰）", "陈青峰 吴细兰"), ("本报讯（记者 张三 实习生 李四）", "张三 李四"),
    # Correspondents alone, as a bureau's or a paper's brief names them.
    ("本报讯(通讯员 伍希博 韩杰)", "伍希博 韩杰"), ("(通讯员:娄彦涛 刘德凯)", "娄彦涛 刘德凯"), ("本站讯（职工通讯员 李琴雯 刘会）", "李琴雯 刘会"),
    ("本报讯 记者陈青峰 通讯员吴细兰报道：", "陈青峰 吴细兰"),
    # A photographer among them is no author, nor are photographers after their writers (现代快报's lead).
    ("本报讯（通讯员 伍希博 摄）", None), ("现代快报讯(记者 朱俊骏 臧晓松 王凡 / 文 施向辉 徐洋 / 摄)", "朱俊骏 臧晓松 王凡")])
def test_a_leads_byline_names_its_reporters_and_correspondents(lead: str, names: str | None) -> None:
    assert attribution.split_byline(f"{lead}{CONFERENCE}\n{CONFERENCE}")[1] == names


@pytest.mark.parametrize("lead", ["【环球网报道 记者 张三】", f"【环球网报道 记者 张三】{CONFERENCE}"])
def test_an_outlets_report_opening_the_text_names_its_reporter(lead: str) -> None:
    """环球网 opens its stories with its report and reporter in brackets; the lead stays, as a dateline does."""
    assert attribution.split_byline(f"{lead}\n{CONFERENCE}") == (f"{lead}\n{CONFERENCE}", "张三")


@pytest.mark.parametrize("line, names", [
    ("口述：王建国 整理：本报记者 李娜", "王建国 李娜"), ("王建国 口述 李娜 整理", "王建国 李娜"), ("口述/王建国 整理/李娜", "王建国 李娜"),
    ("（王建国 口述 本报记者 李娜 整理）", "王建国 李娜"), ("口述丨王建国、刘秀英 记录丨李娜", "王建国 刘秀英 李娜"),
    # a reporter who took the pictures too, and writers then their photographers
    ("本报记者 李娜 文/图", "李娜"), ("本报记者 朱俊骏/文 施向辉/摄", "朱俊骏")])
def test_an_oral_accounts_credit_and_a_reporters_credits_are_the_byline(line: str, names: str) -> None:
    assert attribution.split_byline(f"{line}\n{CONFERENCE}") == (CONFERENCE, names)


@pytest.mark.parametrize("line", ["他口述了事情的经过，由民警整理成笔录。", "口述历史整理工作座谈会召开"])
def test_a_sentence_about_an_oral_account_is_no_credit(line: str) -> None:
    assert attribution.split_byline(f"{line}\n{CONFERENCE}") == (f"{line}\n{CONFERENCE}", None)


@pytest.mark.parametrize("line, author, editor", [("作者丨孙立新 编辑丨王晓晴", "孙立新", "王晓晴"),
                                                 ("作者 | 孙立新 编辑 | 王晓晴", "孙立新", "王晓晴"),
                                                 ("文｜孙立新 责任编辑｜王晓晴", "孙立新", "王晓晴")])
def test_wechat_credits_set_off_with_bars_give_author_and_editor(line: str, author: str, editor: str) -> None:
    body, stated = attribution.split_attribution(f"{line}\n{CONFERENCE}")
    assert (body, stated.author) == (CONFERENCE, author)
    assert lexicon.HEADER_EDITOR.search(line)["value"] == editor


def test_a_multimedia_pieces_credits_go_and_a_caption_under_a_credit_label_stays() -> None:
    credits = "策划：李明\n统筹：王强\n文字：李娜\n视频：赵刚 孙悦\n海报：陈晨\n剪辑：周平\n设计：吴迪"
    body, stated = attribution.split_attribution(f"{CONFERENCE}\n{credits}")
    assert (body, stated.author) == (CONFERENCE, "李娜")
    caption = "视频：市民在湿地公园观鸟"
    assert attribution.split_attribution(f"{CONFERENCE}\n{caption}")[0] == f"{CONFERENCE}\n{caption}"


@pytest.mark.parametrize("line", ["转自：中国环境报", "转载自：中国环境报", "本文转自：中国环境报", "本文转载自中国环境报",
                                  "转自《中国环境报》", "（转自中国环境报）", "内容来源：中国环境报"])
def test_a_reposts_note_of_its_source_is_the_origin(line: str) -> None:
    body, stated = attribution.split_attribution(f"{CONFERENCE}\n{line}")
    assert (body, attribution.outlet_name(stated.origin)) == (CONFERENCE, "中国环境报")


def test_credits_each_in_brackets_on_one_line_are_read_and_go() -> None:
    assert attribution.split_attribution(f"{CONFERENCE}\n(延边晨报) ( 责任编辑:李铁民 )") == (
        CONFERENCE, attribution.Attribution(origin="延边晨报", editor="李铁民"))
    # a caption's aside and a photographer's credit are no such line
    aside = "(图为会议现场) (记者 李娜 摄)"
    assert attribution.split_attribution(f"{CONFERENCE}\n{aside}")[0] == f"{CONFERENCE}\n{aside}"


def test_an_accounts_name_in_quotes_is_one_outlet_name() -> None:
    assert attribution.outlet_name("“生态环境部”微信公众号") == "生态环境部微信公众号"
    assert attribution.outlet_name("《中国环境报》") == "中国环境报"
    assert attribution.outlet_name("“学习强国”学习平台“生态环境”频道") == "“学习强国”学习平台“生态环境”频道"  # two names: left as written


@pytest.mark.parametrize("line", ["转自外地的危险废物须办理转移联单。", "转载自媒体文章须注明出处，不得歪曲原意。"])
def test_a_sentence_opening_with_the_repost_verb_stays(line: str) -> None:
    assert attribution.split_attribution(f"{CONFERENCE}\n{line}")[0] == f"{CONFERENCE}\n{line}"


@pytest.mark.parametrize("line, field, value", [("[责任编辑：刘斌]", "editor", "刘斌"), ("（来源：人民日报）", "origin", "人民日报"),
                                                ("来源：新华社（北京）", "origin", "新华社（北京）"),
                                                ("（ 责任编辑：魏喆 ）", "editor", "魏喆")])
def test_a_bracketed_attribution_line_loses_its_closing_bracket_only(line: str, field: str, value: str) -> None:
    body, stated = attribution.split_attribution(f"{CONFERENCE}\n{line}")
    assert body == CONFERENCE and getattr(stated, field) == value


def test_an_empty_field_ending_the_text_goes_and_one_above_its_value_stays() -> None:
    assert attribution.split_attribution(f"{CONFERENCE}\n责任编辑：") == (CONFERENCE, attribution.Attribution())
    # the label set on a line of its own above its value is not an empty field
    assert attribution.split_attribution(f"{CONFERENCE}\n来源：\n新华网")[0] == f"{CONFERENCE}\n来源：\n新华网"


@pytest.mark.parametrize("origin, kept", [("网络", None), ("转载", None), ("网", None), ("新华社", "新华社")])
def test_an_origin_that_names_no_one_goes(origin: str, kept: str | None) -> None:
    assert attribution.separate_outlet_from_author(None, origin) == (None, kept)


@pytest.mark.parametrize(("text", "outlet"), [
    ("新浪科技讯 北京时间9月11日凌晨消息，苹果2019秋季发布会开幕。", "新浪科技"),
    ("长江网10月4日讯（记者陈智 整合） 国庆中秋长假过半。", "长江网"),
    ("华龙网-新重庆客户端讯 今（9）日，记者从沙坪坝区公安分局了解到。", "华龙网"),
    ("证券时报e公司讯，当升科技：9614.5万元竞得常州市工业用地。", "证券时报"),
    ("全国人大常委会会议召开\n新华社北京2月29日电 2月28日，国务院联防联控机制印发通知。", "新华社"),
    # a colon after the dateline; its date run into the lead (a spun copy); a county's media centre
    ("中新网7月18日电今年6月,来自生态环境部的记者收到的有关环境问题的报道大幅增加。", "中新网"),
    ("大气网讯:日前,大气网获悉,《长三角地区秋冬季大气污染综合治理攻坚行动方案》印发。", "大气网"),
    ("宿松融媒讯 在六五环境日即将来临之际,6月2日上午,我县召开新闻发布会。", "宿松融媒"),
    ("某某县融媒体中心讯（记者 张三）6月2日上午,我县召开新闻发布会。", "某某县融媒体中心"),
    # The site itself, another outlet cited, no dateline.
    ("本报讯 （实习记者 樊亮 张明超）13岁，正是花季的年龄。", None),
    ("据新华社电 日前，国务院印发通知。", None),
    ("IT之家9月30日消息 据外媒报道。", None),
    ("Wind资讯：今日沪深两市。", None)])
def test_the_leads_dateline_names_the_outlet(text: str, outlet: str | None) -> None:
    assert attribution.lead_outlet(text) == outlet


@pytest.mark.parametrize("text, author", [
    # a newspaper's lead naming its reporter without brackets
    ("本报讯 记者张三报道：9月3日，第二届全球IC企业家大会在上海开幕。\n大会为期三天。", "张三"),
    ("新华社北京9月3日电 记者张三、李四报道：第二届全球IC企业家大会今天开幕。\n大会为期三天。", "张三 李四"),
    # a profile of the author closing a commentary
    ("大会为期三天，与会者超过两千人。\n作者简介：张三，北京大学教授，博士生导师。", "张三"),
    ("大会为期三天，与会者超过两千人。\n【作者简介】欧阳晓明（1970—），男，研究员。", "欧阳晓明"),
    # a reporter quoted in a sentence, or a profile's heading alone, names no author
    ("记者张三报道称，大会为期三天。\n与会者超过两千人。", None),
    ("大会为期三天，与会者超过两千人。\n作者简介", None),
    ("大会为期三天，与会者超过两千人。\n作者简介：本文作者系北京大学教授。", None),
    ("大会为期三天，与会者超过两千人。\n作者简介：笔者为资深记者。", None),
])
def test_a_leads_reporter_and_an_authors_profile_name_the_author(text: str, author: str | None) -> None:
    assert attribution.split_byline(text)[1] == author


@pytest.mark.parametrize("text, outlet", [
    ("央视网消息（新闻联播）：9月3日，第二届全球IC企业家大会在上海开幕。", "央视网"),
    ("好消息，第二届全球IC企业家大会在上海开幕。", None),
])
def test_a_lead_opening_with_an_outlets_news_names_the_outlet(text: str, outlet: str | None) -> None:
    assert attribution.lead_outlet(text) == outlet


@pytest.mark.parametrize("lines, found", [
    # the writer's affiliation, or the name in its own script, in brackets after the name; the translator and the
    # reviewer credited beside the author
    ("撰文 | 顾凡及(复旦大学生命科学学院)", attribution.Attribution(author="顾凡及")),
    ("作者：王五（清华大学环境学院教授）", attribution.Attribution(author="王五")),
    ("作者： 周思博 (Joel Spolsky)\n译： Chen Bin", attribution.Attribution(author="周思博")),
    ("撰文 | 张三\n翻译 | 龚铭康", attribution.Attribution(author="张三")),
    ("审校 | 梁金", attribution.Attribution()),
])
def test_a_credit_with_a_note_after_the_name_and_a_translators_credit_go(lines: str, found: attribution.Attribution) -> None:
    assert attribution.split_attribution(f"{CONFERENCE}\n{lines}") == (CONFERENCE, found)


@pytest.mark.parametrize("line", [
    "翻译：这句话的意思是要保护环境。",  # a translation in a language lesson, not a translator
    "作者：生态环境部（北京）",  # an organisation before the brackets
])
def test_a_translation_and_an_organisation_with_a_note_stay(line: str) -> None:
    assert attribution.split_attribution(f"{CONFERENCE}\n{line}")[0] == f"{CONFERENCE}\n{line}"


@pytest.mark.parametrize("line, found", [
    # 虎嗅's credit for an account's post, a book's excerpt, and 36氪's, which closes with its note of authorisation
    ("本文来自微信公众号:42章经(ID:myfortytwo),作者:曲凯,头图来自:视觉中国",
     attribution.Attribution(origin="42章经", author="曲凯")),
    ("文章来自微信公众号:魔铁的世界(ID:jiangpeiyu0916),作者:魔铁", attribution.Attribution(origin="魔铁的世界", author="魔铁")),
    ("本文摘编自《流行之道:在潮流中把握真实世界》,作者:胡泳,题图来源:视觉中国",
     attribution.Attribution(origin="《流行之道:在潮流中把握真实世界》", author="胡泳")),
    ("本文来自微信公众号“环球时报”（ID：hqsbwx），作者：李艾鑫，原文标题：《定了！》，36氪经授权发布。",
     attribution.Attribution(origin="环球时报", author="李艾鑫", original_title="定了！")),
    ("本文来源于微信公众号：生态环境部", attribution.Attribution(origin="生态环境部")),
])
def test_a_platforms_credit_for_a_post_it_took_names_the_source_and_goes(line: str, found: attribution.Attribution) -> None:
    assert attribution.split_platform_credit(f"{line}\n{CONFERENCE}") == (CONFERENCE, found)
    assert attribution.split_platform_credit(f"{CONFERENCE}\n{line}") == (CONFERENCE, found)


@pytest.mark.parametrize("line", [
    "本文来自一线调研，作者走访了多家企业。",  # no account, work or writer: a sentence
    "本文来自微信公众号:42章经(ID:myfortytwo),作者曲凯在文中回顾了创业经历",  # a part that is no credit
    "本文转载自中国环境报",  # the source alone: a repost's note, which split_attribution reads
])
def test_a_line_that_is_no_platform_credit_stays(line: str) -> None:
    assert attribution.split_platform_credit(f"{line}\n{CONFERENCE}") == (f"{line}\n{CONFERENCE}", attribution.Attribution())


@pytest.mark.parametrize("text, authoriser", [
    ("大会为期三天。\n本文为南冥一鲨授权网易财经《亦观察》专栏发布，转载须注明出处", "南冥一鲨"),
    ("大会为期三天。\n本文系作者授权发布，转载请注明出处", None),
    ("大会为期三天。\n本文为李光斗独家授权网易财经《亦观察》专栏发布，转载请注明出处", "李光斗"),
    ("大会为期三天。\n本文系读者授权转载", None),
    ("大会为期三天。\n本文为原创作者授权发布", None),
    ("本文为冀勇庆授权网易财经《亦观察》专栏发布。\n" + "\n".join(["大会为期三天。"] * 5), None),
])
def test_a_columns_reprint_note_names_who_authorised_it(text: str, authoriser: str | None) -> None:
    assert attribution.reprint_authoriser(text) == authoriser


@pytest.mark.parametrize("line, author", [
    ("作者：Kevin Kelly", "Kevin Kelly"),  # a foreign name under its label
    ("撰文 | Leticia F Cugliandolo", "Leticia F Cugliandolo"),  # a middle initial among its words
    ("作者：John F. Kennedy", "John F. Kennedy"),
    ("记者：你怎么看这个问题？", None),  # an interview's question
])
def test_a_closing_author_line_names_people_only(line: str, author: str | None) -> None:
    assert attribution.split_attribution(f"{CONFERENCE}\n{line}")[1].author == author


def test_a_meta_author_of_capitalised_words_may_be_an_outlet() -> None:
    assert not attribution.is_person_names("China Daily") and attribution.is_person_names("duscha")


@pytest.mark.parametrize("origin, outlet", [("《中国环境报》", "中国环境报"), ("中国环境报", "中国环境报"),
                                            ("《人民日报》海外版", "《人民日报》海外版"), (None, None)])
def test_an_outlets_title_marks_leave_the_origin(origin: str | None, outlet: str | None) -> None:
    assert attribution.outlet_name(origin) == outlet


@pytest.mark.parametrize("line, names", [
    ("吕依霖 摄影报道", "吕依霖"), ("吕依霖/摄影报道", "吕依霖"), ("张三 李四 图文报道", "张三 李四"),
    # no one's names before it, or the words in a sentence
    ("摄影报道", None), ("市民 摄影报道", None), ("本报讯 摄影报道", None), ("全市开展摄影报道活动", None),
])
def test_a_photo_storys_byline_names_its_reporter(line: str, names: str | None) -> None:
    assert attribution.photo_report_authors(line) == names
