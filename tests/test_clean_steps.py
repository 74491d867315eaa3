"""Each cleaning step on the defacements the seed captures show."""
from __future__ import annotations

from pathlib import Path

import lxml.html
import opencc
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipelines import attribution, clean, lexicon
from tests.conftest import FIXTURES
from tests.texts import CONFERENCE, WORK_REPORT

# --- paywalls (seed 003) ---

@pytest.mark.parametrize("invisible", ["\u200b", "\u200c", "\u200d", "\u00ad", "\ufeff", "\u2060", "\u200e\u202a"])
def test_characters_that_show_nothing_go(invisible: str) -> None:
    assert clean.remove_invisible_characters(f"{invisible.join(CONFERENCE)}\n{WORK_REPORT}") == f"{CONFERENCE}\n{WORK_REPORT}"


def test_visible_characters_stay() -> None:
    text = f"{CONFERENCE}\u3000{WORK_REPORT}\xa0（完）"
    assert clean.remove_invisible_characters(text) == text


def test_paywall_stub_is_cut_and_marks_truncation() -> None:
    text = ("(三)让“全域无废”更加深入彻底。要深化农业“肥\n............试读结束............\n"
            "查阅全文加微信3231169\n如来写作网gw.rulaixiezuo.com(可搜索其他更多资料)")
    assert clean.cut_paywall_stub(text) == ("(三)让“全域无废”更加深入彻底。要深化农业“肥", True)


STUBS_RUN_INTO_TEXT = ["............试读结束............查阅全文加微信3231169", "……（全文共5632字，完整版请点击下载）",
                       "剩余内容已隐藏，请支付后下载全文"]


@pytest.mark.parametrize("stub", [*STUBS_RUN_INTO_TEXT, "打开APP阅读全文"])
def test_a_stub_run_into_a_paragraph_leaves_the_text_before_it(stub: str) -> None:
    assert clean.cut_paywall_stub(f"{CONFERENCE}\n{WORK_REPORT}{stub}\n{CONFERENCE}") == (f"{CONFERENCE}\n{WORK_REPORT}", True)


@pytest.mark.parametrize("stub", STUBS_RUN_INTO_TEXT)
def test_a_stub_cutting_a_word_leaves_the_text_before_it(stub: str) -> None:
    # as seed 003's essay site cuts its preview (an app's funnel, a line's words alone, follows a sentence)
    cut_short = WORK_REPORT[:30]
    assert clean.cut_paywall_stub(f"{CONFERENCE}\n{cut_short}{stub}") == (f"{CONFERENCE}\n{cut_short}", True)


@pytest.mark.parametrize("line", ["亲，该文档总共12页，到这已经超出免费预览范围，如果喜欢就下载吧！", "您已阅读30%，购买后继续阅读",
                                  "本文档共10页，当前显示前3页", "全文共计3200字，试读前1000字"])
def test_a_stubs_own_lead_in_goes_with_it(line: str) -> None:
    assert clean.cut_paywall_stub(f"{CONFERENCE}\n{line}") == (CONFERENCE, True)
    assert clean.cut_paywall_stub(f"{CONFERENCE}\n{WORK_REPORT}{line}") == (f"{CONFERENCE}\n{WORK_REPORT}", True)


@pytest.mark.parametrize("card", [
    # 冰豆网's card, a field a line, and the note under it
    "园林局城市绿化讲话全文.docx\n文档编号:12865864\n格式:DOCX\n页数:10\n大小:24.85KB\n"
    "《园林局城市绿化讲话全文.docx》由会员分享,可在线阅读,更多相关《园林局城市绿化讲话全文.docx(10页珍藏版)》请在冰豆网上搜索。",
    # 文库网's, on one line; 三一办公's, in bullets
    "上传人:A海阔天空 文档编号:3324136 上传时间:2020-12-30 格式:DOC 页数:13 大小:123KB",
    "• 资源ID:3992402       资源大小:446.50KB        全文页数:22页\n• 资源格式: DOC        下载积分:8金币",
    # 咨信网's note alone
    "《大学课程设计之高校班级管理系统精华版.doc》由会员分享,可在线阅读,更多相关《大学课程设计之高校班级管理系统精华版.doc(24页珍藏版)》请在咨信网上搜索。",
])
def test_a_document_sites_card_of_its_file_goes(card: str) -> None:
    kept = clean.remove_document_site_card(f"{card}\n{CONFERENCE}\n{WORK_REPORT}")
    assert kept.split("\n")[-2:] == [CONFERENCE, WORK_REPORT]
    assert "由会员分享" not in kept and "页数" not in kept and "格式" not in kept


@pytest.mark.parametrize("text", [
    # a book's particulars in a review, one or two fields; a sentence naming a size and a format
    f"{CONFERENCE}\n页数：320\n{WORK_REPORT}", f"{CONFERENCE}\n页数：320 定价：58元\n{WORK_REPORT}",
    f"{CONFERENCE}\n申报材料格式：PDF，大小：不超过10MB，页数：不超过20页。",
])
def test_fields_that_are_no_document_card_stay(text: str) -> None:
    assert clean.remove_document_site_card(text) == text


def test_a_stub_above_the_text_goes_alone_and_marks_truncation() -> None:
    """A document viewer's button over its preview: the preview is the text, partial all the same."""
    text = f"我国网信领域若干创新_第5页\n已阅读5页,还剩31页未读, 继续免费阅读\n{CONFERENCE}\n{WORK_REPORT}"
    assert clean.cut_paywall_stub(text) == (f"我国网信领域若干创新_第5页\n{CONFERENCE}\n{WORK_REPORT}", True)
    # Stubs in a row above it go, however many.
    many = "\n".join(["还剩31页未读"] * 5000)
    assert clean.cut_paywall_stub(f"{many}\n{CONFERENCE}\n{WORK_REPORT}") == (f"{CONFERENCE}\n{WORK_REPORT}", True)
    # ...and a stub closing that text cuts it there as ever.
    assert clean.cut_paywall_stub(f"还剩31页未读\n{CONFERENCE}\n试读结束\n{WORK_REPORT}") == (CONFERENCE, True)


@pytest.mark.parametrize("line", [
    "我国网信领域若干创新-倪光南院士_第1页", "全国计算机等级考试二级公共基础知识考纲.DOC_第2页", "第1页 / 共44页",
    "下载本文档", "点击查看更多>>", "文档简介", "资源描述：", "合集下载",
    "版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领",
    # essay and 范文 sites' buttons and labels
    "点击下载完整版文档", "VIP免费下载", "免费下载这篇文档", "想要下载该文档？立即下载", "此文档下载收益归作者所有", "本文档共8页，当前为第1页",
])
def test_a_document_viewers_lines_go(line: str) -> None:
    assert clean.remove_document_viewer_lines(f"{CONFERENCE}\n{line}\n{WORK_REPORT}") == f"{CONFERENCE}\n{WORK_REPORT}"


def test_a_text_naming_its_pages_keeps_them() -> None:
    text = f"{CONFERENCE}\n详见报告第3页。\n本文档简介如下：\n附件：点击下载\n下载完整版报告请登录市统计局网站。\n{WORK_REPORT}"
    assert clean.remove_document_viewer_lines(text) == text


CHUNK_ONE = ("1、大连市水资源利用与宏观经济协调发展规划多目标群决策模型与方法摘要:以大连市水资源开发利用与宏观经济协调可持续发展为研究背景,"
             "建立了宏观经济水资源发展规划多目标群决策模型。水资源是国民经济和人民生活不可或缺的资源,通过合理的规划,可以做到共生共荣。大连市是全")
CHUNK_TWO = "2、国发展最快和最严重的缺水城市之一,其人均水资源占有量不足全国人均的四分之一,严重缺水的紧张局面多次出现。"


def test_a_preview_in_numbered_chunks_runs_on_where_a_chunk_was_cut() -> None:
    joined = clean.join_document_preview_chunks(f"{CHUNK_ONE}\n{CHUNK_TWO}\n{CONFERENCE}")
    assert joined == f"{CHUNK_ONE[2:]}{CHUNK_TWO[2:]}\n{CONFERENCE}"


def test_a_long_documents_preview_chunks_are_all_joined() -> None:
    """5,000 pairs of chunks, a long document's preview: joined in one pass (chunk by chunk from the start again,
    the join ran past the interpreter's recursion limit)."""
    text = "\n".join(f"1、第{n}节{CHUNK_ONE[2:]}\n2、第{n}节{CHUNK_TWO[2:]}" for n in range(5000))
    joined = clean.join_document_preview_chunks(text).split("\n")
    assert len(joined) == 5000 and joined[4999] == f"第4999节{CHUNK_ONE[2:]}第4999节{CHUNK_TWO[2:]}"


@pytest.mark.parametrize("text", [
    # a list's short items, and long ones that each end their sentence
    "1、加强组织领导\n2、明确工作责任\n3、强化督查考核", f"{CHUNK_ONE.removesuffix('大连市是全')}\n{CHUNK_TWO}",
    # numbers that do not count up from 1
    f"{CHUNK_ONE[2:]}\n2、{CHUNK_TWO[2:]}", f"{CHUNK_ONE}\n3、{CHUNK_TWO[2:]}",
])
def test_numbered_lines_that_are_no_preview_chunks_stay(text: str) -> None:
    assert clean.join_document_preview_chunks(text) == text


@pytest.mark.parametrize("text, cut", [
    # an essay site's preview cut at a count of characters, with or without a stub after it
    (f"{CONFERENCE}\n{WORK_REPORT}我", True), (f"{CONFERENCE}\n{WORK_REPORT}要深化农业“肥", True),
    # what a text closes with after its last sentence: a credit set apart, a notice's closing formula
    (f"{CONFERENCE}\n{WORK_REPORT}（记者 胡晓蓉）", False), (f"{CONFERENCE}\n{WORK_REPORT} 新华社记者 李梦馨 摄", False),
    (f"{CONFERENCE}\n{WORK_REPORT}编辑|禤志杰", False), (f"{CONFERENCE}\n{WORK_REPORT}——汪勇", False),
    (f"{CONFERENCE}\n{WORK_REPORT}（完）", False), (f"{CONFERENCE}\n{WORK_REPORT}特此通知", False),
    # a last sentence its author left unpunctuated, longer than a dozen characters; a paragraph of its own
    (f"{CONFERENCE}\n{WORK_REPORT}全市将继续加大力度推进各项工作落实落细", False), (f"{CONFERENCE}\n{WORK_REPORT}\n特此通知", False),
    (CONFERENCE, False),
])
def test_a_text_breaking_off_after_its_last_sentence_was_cut(text: str, cut: bool) -> None:
    assert clean.breaks_off_mid_sentence(text) is cut


@pytest.mark.parametrize("stub", ["剩余3200字,付费阅读", "登录后查看完整全文", "阅读全文请扫码关注", "VIP专享内容",
                                  "剩余80%内容，付费后即可查看全文", "……（全文共5632字，完整版请点击下载）",
                                  "以上为部分内容预览，完整内容请关注公众号回复“全文”获取。", "本文档仅提供部分内容试读，如需全文请下载。",
                                  # Document-sharing and 范文 sites' preview ends, and login walls.
                                  "……此处隐藏：2431字，全部文档内容请下载后查看。喜欢就下载吧 ……",
                                  "亲，该文档总共12页，到这已经超出免费预览范围，如果喜欢就下载吧！",
                                  "当前文档最多预览五页，下载文档查看全文", "剩余6页未读，继续阅读", "本文档共12页，当前仅展示前3页",
                                  "以上为文章预览，查看全部内容请先登录", "开通会员，解锁全文",
                                  # subscription walls, and funnels to an account or an app holding the whole text
                                  "本文为付费内容，订阅后可阅读全文", "成为会员即可阅读全文", "开通VIP会员，畅享全文阅读",
                                  "您已阅读30%，购买后继续阅读", "以下内容需要积分下载", "关注公众号，回复“环保”获取全文",
                                  "扫码关注公众号后阅读全文", "打开APP阅读全文", "完整内容请下载APP查看", "本文仅展示部分内容",
                                  # paid essay sites' other wordings, and a copied forum post's hidden part
                                  "以上为部分内容，完整版请联系客服", "想要查看完整内容，请扫码支付", "全文共计3200字，试读前1000字",
                                  "此处为隐藏内容，请前往原网页查看", "本帖隐藏的内容，回复后可见",
                                  # what a preview says of the rest it withholds, or of its own end
                                  "余下全文请下载原文档", "剩余内容已隐藏，请支付后下载全文", "本文剩余内容需付费查看",
                                  "阅读全文需支付5元", "—— 未完，请下载全文 ——", "以上为本篇文章的部分内容，完整版请下载",
                                  "~~~以上为预览内容~~~", "本文档共10页，当前显示前3页", "(未完,全文共782字,当前显示203字)",
                                  "全文阅读已结束，如果需要下载本文请点击",
                                  "下载文档到电脑，查找使用更方便"])
def test_other_stubs(stub: str) -> None:
    assert clean.cut_paywall_stub(f"{CONFERENCE}\n{stub}") == (CONFERENCE, True)


@pytest.mark.parametrize("line", ["会议全文共8000字，分为五个部分。", "新版政策的完整内容将于下周公布。",
                                  "居民购买后可持发票申请补贴。", "完整内容请登录国家统计局网站查阅。", "政策原文完整版请点击下载。",
                                  "出版社提供了部分内容试读。", "《规划》全文请下载附件查看。", "附件共12页，请下载后查看。",
                                  "剩余工作将于3月底前完成，还剩3个项目未验收。", "系统最多显示前20条记录。",
                                  "报告全文共3万字，当前显示的是摘要。",
                                  # an app's promotion under a whole article, a release pointing to a bureau's account,
                                  # a service on subscription, a survey's share
                                  "打开APP 查看更多精彩内容", "关注公众号获取更多资讯", "详情可关注“杭州发布”微信公众号查看全文。",
                                  "市民可打开“浙里办”APP查看全部内容，按提示办理相关业务，也可拨打12345热线咨询。",
                                  "市民订阅后可查看实时空气质量。", "全市学生已阅读 85% 的推荐书目。",
                                  "以上为部分内容摘录，全文详见附件。", "市民回复后可查看办理结果。", "评论后即可参与抽奖。",
                                  # an account's next post, a serial's next part, a task's rest, a release's attachment
                                  "剩余内容将于明日推送", "剩余部分将在下期刊出。", "会议要求，各地要把剩余内容纳入下一阶段工作。",
                                  "全文请下载附件查看"])
def test_sentences_about_full_texts_are_not_stubs(line: str) -> None:
    text = f"{CONFERENCE}\n{line}\n{CONFERENCE}"
    assert clean.cut_paywall_stub(text) == (text, False)


@pytest.mark.parametrize("text, kept", [
    # a newspaper's digital edition: the front page's part, and the rest on another page
    (f"{CONFERENCE}\n会议要求，各地要压紧压实生态环境保护责任（下转第四版）", f"{CONFERENCE}\n会议要求，各地要压紧压实生态环境保护责任"),
    (f"（上接第一版）持续推进重点流域水生态环境保护。\n{CONFERENCE}", f"持续推进重点流域水生态环境保护。\n{CONFERENCE}"),
    (f"{CONFERENCE}\n(下转A3版)", CONFERENCE), (f"{CONFERENCE}（转第2版）", CONFERENCE),
])
def test_a_newspapers_jump_to_another_page_leaves_and_marks_truncation(text: str, kept: str) -> None:
    assert clean.remove_newspaper_page_jumps(text) == (kept, True)


@pytest.mark.parametrize("text", [f"{CONFERENCE}（详见第3版）", f"{CONFERENCE}\n相关报道见第四版。", f"{CONFERENCE}\n第3版"])
def test_a_cross_reference_is_no_jump(text: str) -> None:
    assert clean.remove_newspaper_page_jumps(text) == (text, False)


def test_an_app_prompt_at_the_end_is_not_truncation() -> None:
    text = f"{CONFERENCE}\n下载新派客户端,阅读更多潍坊新闻。"
    assert clean.cut_paywall_stub(text) == (text, False)
    assert clean.remove_page_furniture(text) == CONFERENCE


# --- boilerplate ---

@pytest.mark.parametrize("line", [
    "声明:本网部分内容整理为互联网,相关信息仅为传递更多信息之目的,不代表本网观点,不拥有所有权,版权归原作者所有。",
    "本文内容由互联网用户自发贡献,该文观点仅代表作者本人。本站仅提供信息存储空间服务,不拥有所有权。",
    "如若转载,请注明出处:https://www.kuaichafanwen.com/53430.html",
    "以上信息源自于网络。我们对文中观点保持立,仅供学习参考、交流之目的,如有侵犯版权请告知,我们将及时删除!",
    # A newspaper group's reprint policy (江城日报社) and a portal's (CWCED pages).
    "一、任何单位或个人，在任何公开传播平台上使用著作权归属于江城日报社(包括《江城日报》、《江城晚报》、松花江网等)的原创内容，必须事先取得江城日报社书面授权；",
    "三、对于各类非法转载行为，欢迎读者提供侵权线索：",
    "武文斌（版权合作）0432-62523496",
    "原创版权禁止商业转载 授权>>",
    "转载申请事宜以及报告非法侵权行为，请联系我们：010-56807194",
    # A platform's safe-harbour notice under a user's post (网易号), in Chinese and in English.
    "特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。",
    "Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of "
    "NetEase Hao, which is a social media platform and only provides information storage services.",
    "转载请注明:原文链接 - https://dugushici.com/ancient_proses/21337",
    "转载请注明地址:http://www.abmjc.com/zcmbzz/2203.html",  # a copy of a 新华视点 video story, above and below it
    "39健康网(www.39.net)专稿，未经书面授权请勿转载。",
    # A news site's 版权与免责声明 block (振兴东北网, CWCED page; the same wording on many sites).
    "振兴东北网版权与免责声明：",
    "① 凡本网注明“来源：振兴东北网”的所有作品，版权均属于国务院振兴东北地区等老工业基地领导小组办公室，未经本网授权不得转载、摘编或利用其它方式使用上述作品。",
    "② 凡本网注明“来源：XXX（非振兴东北网）”的作品，均转载自其它媒体，转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。",
    "③ 如因作品内容、版权和其它问题需要同本网联系的，请在30日内进行。",
    # A line crediting the web for the text or its pictures (WeChat reposts, 环球网).
    "信息来源于网络", "图片均来自网络", "部分图片来源于互联网。",
    # Portals' notes under partners' and users' stories (凤凰网's 大风号, 新浪财经).
    "特别声明：以上文章内容仅代表作者本人观点，不代表凤凰网观点或立场。如有关于作品内容、版权或其它问题请于作品发表后的30日内与凤凰网联系。",
    "新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。文章内容仅供参考，不构成投资建议。投资者据此操作，风险自担。",
    "本文首发于微信公众号：环保在线。文章内容属作者个人观点，不代表和讯网立场。投资者据此操作，风险请自担。",
    # Papers' rights notes (21世纪经济报道, 界面新闻) and a platform's note on a post taken from WeChat (36氪).
    "21世纪经济报道及其客户端所刊载内容的知识产权均属广东二十一世纪环球经济报社所有。未经书面授权，任何人不得以任何方式使用。",
    "未经正式授权严禁转载本文，侵权必究。",
    "本文来自微信公众号“环保在线”（ID：hbzx2019），作者：张三，36氪经授权发布。",
    # Content farms' shorter takedown notes, a portal's request to write in, a site's claims and reprint terms.
    "图文来源网络，侵删", "文中图片来自网络，侵权必删", "（来源：网络，侵删）", "部分图片来源网络，如涉及版权问题请联系我们",
    "如涉及作品内容、版权和其它问题，请在30日内与本网联系。", "本网站转载的所有的文章、图片等资料的版权归版权所有人所有。",
    "本站所有资源均来自互联网，仅供学习交流，请勿用于商业用途。", "如需转载请联系我们获得授权", "欢迎转发分享，转载请联系授权",
    "转载本网文章请注明来源",
    # A county media centre's reprint terms (m-ysyl.5210.cn), and a portal's naming itself (千龙新闻网's footer).
    "未经本中心授权,不得转载、摘编或以其他方式使用。", "未经千龙新闻网书面特别授权，请勿转载或建立镜像，违者依法必究",
])
def test_disclaimers(line: str) -> None:
    assert clean.remove_disclaimers(f"{CONFERENCE}\n{line}") == CONFERENCE


LAST_PARAGRAPH = "会议要求，全省生态环境系统要全力以赴、集中精力持续深入打好污染防治攻坚战。"


@pytest.mark.parametrize("appended", [
    "文章来源于网络，如有侵权请联系删除。", "（图文来源网络，侵删）", "版权归原作者所有，如有侵权请联系删除。谢谢阅读！",
    # the sentences opening the disclaimer, which speak of the text's source and are no disclaimer by themselves
    "本文部分内容来源于网络，转载目的在于分享交流。如有侵权请联系删除。",
    # a bracket opening it in the sentence before (腾讯's rights notice)
    "【本文作品的中文相关权益归某某公司独家所有。未经授权，不得转载、摘编等。】",
])
def test_a_disclaimer_appended_to_a_paragraph_goes_and_the_paragraph_stays(appended: str) -> None:
    assert clean.remove_disclaimers(f"{CONFERENCE}\n{LAST_PARAGRAPH}{appended}") == f"{CONFERENCE}\n{LAST_PARAGRAPH}"


@pytest.mark.parametrize("line", [
    # a sign-off before it, no sentence's worth; a disclaimer in two sentences, its first none by itself; one sentence
    "感谢阅读。图片来源网络，侵删。", "本网部分信息整理自各大媒体。如有侵权请联系删除。",
    "本文内容由互联网用户自发贡献,该文观点仅代表作者本人。本站仅提供信息存储空间服务,不拥有所有权,不承担相关法律责任。",
    "【免责声明】本文仅代表作者本人观点，与和讯网无关。和讯网站对文中陈述、观点判断保持中立。请读者仅作参考。",
])
def test_a_line_that_is_all_disclaimer_goes_whole(line: str) -> None:
    assert clean.remove_disclaimers(f"{CONFERENCE}\n{line}") == CONFERENCE


@pytest.mark.parametrize("line", [
    "国家版权局查处一批侵权盗版案件，追究相关责任人的法律责任。",
    # the words of notices in news sentences: a court's copyright case, a campaign against reposting, a report's caveat
    "近日，市中级人民法院审结一起侵害作品信息网络传播权及著作权纠纷案件，判决被告赔偿原告经济损失10万元。",
    "国家版权局等四部门联合启动“剑网2024”专项行动，严厉打击网络非法转载行为，规范网络转载秩序。",
    "本报告所列数据仅供读者参考，具体以统计部门发布为准。",
    "会议要求，未来一年内各单位须事先取得环评批复方可开工建设。",
    "符合条件的企业可申请入驻市创业孵化平台，享受房租减免。", "市生态环境局已申请加入全国生态环境系统政务号。",
    "经核实，该信息来源于网络谣言，市生态环境局已报警处理。",
    "发言人表示，该言论不代表公司立场，公司将传递更多信息给投资者。",
    "专家建议投资者据此调整操作策略，控制风险。", "本文来自微信公众号的一篇调查报道，引发社会广泛关注。",
    "根据《著作权法》规定，转载须注明出处，并向作者支付报酬。",
    "监管部门提醒投资者，投资有风险，入市需谨慎。",
    "法院审理认为，该案涉及版权问题，被告应承担侵权责任。", "如涉及版权纠纷，权利人可依法向人民法院提起诉讼。",
    "该平台对侵权内容予以删除，并向权利人致歉。",
    # a case names whose work was reposted; a notice on a data platform's terms
    "法院审理查明，被告未经原告授权擅自转载涉案文章12篇。", "法院认定，某网站未经人民日报授权转载其文章，构成侵权。",
])
def test_news_about_copyright_is_not_a_disclaimer(line: str) -> None:
    assert clean.remove_disclaimers(f"{CONFERENCE}\n{line}") == f"{CONFERENCE}\n{line}"


@pytest.mark.parametrize("line", ["上一篇:【两会“绿”声】攻坚提质转型!", "下一篇:总投资160个亿!", "热门评论", "相关新闻",
                                  "分享到:", "打印本页", "关闭窗口", "相关内容", "理论新闻精选：", "编辑精选",
                                  "健康资讯推荐", "精彩视频推荐", "48小时评论排行", "一周点击排行", "图集",
                                  "更多", "更多>>"])
def test_navigation(line: str) -> None:
    assert clean.remove_navigation(f"{CONFERENCE}\n{line}") == CONFERENCE


@pytest.mark.parametrize("label, value", [("点击进入专题：", "聚焦香港局势"), ("上一篇 :", "今日股市行情分析--2019年8月19日"),
                                          ("相关新闻：", "- 江苏多所高校发布2022年春学期开学返校要求")])
def test_a_navigation_label_takes_its_value_on_the_next_line(label: str, value: str) -> None:
    assert clean.remove_navigation(f"{CONFERENCE}\n{label}\n{value}") == CONFERENCE


@pytest.mark.parametrize("label, line", [("分享到：", "【短视频文化现象观察】"),  # a share bar's value is its icons
                                         ("相关新闻：", CONFERENCE)])  # a sentence is no headline
def test_the_line_after_a_navigation_label_stays_when_it_is_not_its_value(label: str, line: str) -> None:
    assert clean.remove_navigation(f"{CONFERENCE}\n{label}\n{line}") == f"{CONFERENCE}\n{line}"


@pytest.mark.parametrize("text", ["会议回顾了上一篇章的成就,相关新闻媒体进行了报道。", "相关内容将另行通知。"])
def test_navigation_words_inside_a_paragraph_stay(text: str) -> None:
    assert clean.remove_navigation(text) == text


@pytest.mark.parametrize("line", ["字号:大 中 小", "粤ICP备05070829号", "联系电话:027-87056280", "扫描二维码关注我们",
                                  "国新网证2212012001", "人参与", "0 人参与", "1032人跟贴",
                                  "调查问题加载中，请稍候。", "若长时间无响应，请刷新本页面", "调查问题加载中，请稍候。 若长时间无响应，请刷新本页面",
                                  # a government site's page tools and footer
                                  "政府网站找错", "适老化无障碍服务", "长者模式", "视力保护色：", "默认 护眼", "【大】【中】【小】",
                                  "【收藏本页】", "阅读次数：1234", "浏览量：", "您是本站第1234567位访问者", "您是第 123456 位访客",
                                  "建议使用1024×768分辨率浏览本站", "为了获得最佳浏览效果，建议您使用IE9以上浏览器",
                                  # WeChat's page around a post: counters, links, prompts, its collection tag
                                  "阅读 1234", "阅读(1234)", "阅读：2.3万", "阅读 10万+ 在看 12", "1234人阅读", "点赞 12 在看 3",
                                  "在看", "阅读原文", "轻触阅读原文", "预览时标签不可点", "继续滑动看下一个", "向上滑动看下一个",
                                  "喜欢此内容的人还喜欢", "收录于合集 #生态环境 12个",
                                  # an account's end marks and its prompt to the original
                                  "— END —", "·END·", "-THE END-", "END", "点击“阅读原文”了解更多", "点击下方阅读原文，查看报名方式",
                                  # a tool bar's buttons, a listening bar's, a button to read on the phone, share.js's QR helper
                                  "A- A+", "A+ A-", "字体：小 中 大", "默认 大 超大", "[ 打印 ] [ 关闭 ]", "【大 中 小】【打印】【关闭】", "收藏 分享",
                                  "听新闻", "语音播报", "听全文", "AI朗读", "我要打印", "手机看", "在手机上阅读",
                                  "微信里点“发现”，扫一下", "二维码便可将本文分享至朋友圈。", "打开微信,点击底部的“发现”,",
                                  "使用“扫一扫”即可将网页分享至朋友圈。", "0条评论",
                                  "无障碍 长者模式 繁体", "【返回顶部】", "【收藏】", "繁體", "English", "读屏专用",
                                  # a labelled trail, a footer menu written as words, a tag block's heading
                                  "您当前的位置：首页 > 新闻中心 > 工作动态", "网站地图 | 联系我们 | 使用帮助 | 法律声明", "关于我们 联系我们",
                                  # a repost's link to its original
                                  "原文链接：https://env.example.edu.cn/info/1021/5873.htm", "本文地址：http://www.example.com/a/1.html",
                                  # a post's reading time
                                  "本文共1536字，阅读大约需要5分钟。", "阅读时长约3分钟", "全文约2300字，阅读约需5分钟", "本文字数：1234，阅读时长约3分钟",
                                  "本篇文章584字,读完约1分钟",
                                  # a site's software signature from its footer; a commercial site's chat button
                                  "Powered by Discuz! X3.4", "powered by DedeCMS", "联系客服", "在线客服", "在线咨询",
                                  # what a copy left where a picture was, or of a tag it cut short
                                  "图片", "nload=\"this.removeAttribute('width'); this.removeAttribute('height');\" />",
                                  'style="display:block" alt="" />',
                                  # a forum archive's link to the whole thread; the author's affiliation, a credit
                                  "查看完整版本: 衡阳县举办“蒸水生态环保行”活动", "作者单位:湖北省恩施土家族苗族自治州生态环境局巴东县分局",
                                  "【作者单位：中国社会科学院研究生院、华中科技大学社会学系】",
                                  # a journal paper's affiliations as its copies set them (fx361.com, m.fx361.cc, zgkjsz.com)
                                  "(南京大学环境学院,污染控制与资源化研究国家重点实验室,江苏 南京 210023)",
                                  "(1.武汉纺织大学 图书馆,武汉430200;2.武汉工程大学 马克思主义学院,武汉 430205)",
                                  "1.天津大学青岛海洋技术研究院, 山东 青岛 266235", "（中国环境科学研究院，北京 100012）",
                                  # the postcode before the city (cehome.com), each author's in brackets of its own (zgkjsz.com)
                                  "(1.黄河水利委员会黄河水利科学研究院,450003,郑州;2.水利部黄河下游河道与河口治理重点实验室,450003,郑州)",
                                  "(中国医学科学院北京协和医院 北京 100730) (国家开放大学图书馆 北京 100039)",
                                  # a journal paper's classification and the reference to cite it (m.xzbu.com, handmsg.com)
                                  "中图分类号:D668;C916;D638 文献标识码:A 文章编号:1009-3060(2020)01-0060-10",
                                  "[中图分类号]X321[文献标识码]ADOI:10.3969/j.issn.1000-0941.2024.07.015",
                                  "[引用格式]吴翠霞,颉继珍,包琼,等.基于“活力-组织力-恢复力-贡献力”框架的甘肃省黄河流域生态安全格局构建[J].中国水土保持,2024(7):53-58.",
                                  # a footer's row ending in the software's signature
                                  "| 欢迎光临 盛世湘黔网 (http://bbs.example.com/) | Powered by Discuz! X3.2 |",
                                  # a blog post's closing time and counters (CWCED 54e89e4e; 博客园's)
                                  "发表于 2004年12月27日 12:40 - (阅读:3727;评论:63)", "posted @ 2021-03-05 10:20 李建忠 阅读(123) 评论(0) 编辑 收藏",
                                  # a wiki entry's citations (zh.wikipedia's 雄安新区, magic-html 06586406)
                                  "- ^ 刘桃熊. 河北雄安新区邮政编码发布. 新华网. 2023-12-06 [2023-12-11]. （原始内容存档于2023-12-11）.",
                                  "- ^ 跳转到： 3.0 3.1 3.2 3.3 中共中央、国务院决定设立河北雄安新区. 新华社. 2017-04-01 [2017-04-07].",
                                  "- ^ 河北雄安新区安州特色小城镇城市建筑设计 (PDF). 中国雄安官网. [2023-06-09].",
                                  # a video player's time, play prompt and fallback texts
                                  "00:00 / 03:25", "01:02:10 / 01:45:00", "请点击播放", "点击观看视频",
                                  "您的浏览器不支持HTML5视频播放，请升级浏览器。", "您的浏览器不支持 video 标签。",
                                  "抱歉，您的浏览器版本过低", "请安装Flash播放器",
                                  # an expander's button, and a content farm's call to like and pass a copy on
                                  "点击阅读全文", "展开全文", "如果觉得本文对您有帮助，请点赞、收藏、转发！", "喜欢的话，欢迎点赞、在看、转发"])
def test_page_furniture(line: str) -> None:
    assert clean.remove_page_furniture(f"{CONFERENCE}\n{line}") == CONFERENCE


@pytest.mark.parametrize("line", ["专家建议使用高分辨率卫星影像开展监测，以提高精度。", "市政府网站开设了适老化无障碍服务专区，方便老年人浏览。",
                                  "收藏本页的读者可随时查阅政策原文。",
                                  "该论文发表于2019年3月5日，被引用超过200次。",
                                  # a wiki's note explaining a point, not citing a source
                                  "- ^ 常错译金钟国，2016年10月参加台湾第51届广播电视金钟奖后正名为金锺国。",
                                  # a sentence on browsers and players, and a match's score at half time
                                  "浏览器不支持WebGL时，页面将自动降级为二维显示。", "市民可点击播放键收听节目回放。", "上半场比分为2:1 / 下半场",
                                  # words WeChat's buttons are made of, in sentences
                                  "阅读是一种习惯。", "点赞抗疫一线的医务人员", "分享经验做法20条", "阅读原文时请注意出处。",
                                  "该视频获得大量网友点赞、转发。", "全文共分五个部分。", "请关注、收藏本站发布的预警信息，及时做好防范。",
                                  # a tool bar's words and reading times in sentences and names
                                  "大中小企业融通发展", "大 中 小 企业", "打印机 复印机", "语音播报系统已在全市公交车上启用。", "听新闻联播",
                                  "手机上阅读新闻的人越来越多。", "全省举办读书活动，每天阅读时间不少于30分钟。", "本次征文要求3000字，阅读对象为中学生，时间10分钟。",
                                  "50条评论中，多数赞同", "English Version 将于下月上线。", "原文链接见附件。",
                                  "联系我们的方式已在附件中列出。", "网站地图显示，该区域共有12个监测点。",
                                  # a notice's contact under its labels; a count past a centre's name; a bracket closing a sentence
                                  "地址：北京市海淀区清华大学环境学院 邮编：100084", "全市共有大学生就业服务中心12个，累计服务210023人次",
                                  "（数据来源：市环境监测中心，截至2023年12月累计监测样本120000）",
                                  # the words of library codes and citing in sentences
                                  "中图分类号是图书馆对文献进行分类的代码。", "引用格式应当符合GB/T 7714的要求，期刊论文标注[J]。"])
def test_sentences_naming_page_tools_stay(line: str) -> None:
    assert clean.remove_page_furniture(f"{CONFERENCE}\n{line}") == f"{CONFERENCE}\n{line}"


# --- what a document pasted from Word leaves as text (the forms gov and blog copies carry) ---

WORD_STYLE_DEFINITIONS = ("/* Style Definitions */ table.MsoNormalTable {mso-style-name:普通表格; mso-tstyle-rowband-size:0; "
                          "mso-style-noshow:yes; mso-style-parent:\"\"; font-size:10.5pt; font-family:\"Calibri\",\"sans-serif\";}")


@pytest.mark.parametrize("leftover", [
    "Normal 0 7.8 磅 0 2 false false false EN-US ZH-CN X-NONE",  # Word 2007 on, Chinese
    "Normal 0 10 磅 0 2 false false false EN-US ZH-CN X-NONE",
    "Normal 0 false 7.8 磅 0 2 false false false EN-US ZH-CN X-NONE",
    "Normal 0 7.8 磅 0 2 false false false MicrosoftInternetExplorer4",  # Word 2003
    "Normal 0  false false false     MicrosoftInternetExplorer4",
    "Print false false false MicrosoftInternetExplorer4",
    "Normal07.8 磅02falsefalsefalseEN-USZH-CNX-NONE",  # the elements' texts run together
    WORD_STYLE_DEFINITIONS,
    "/* Font Definitions */ @font-face {font-family:宋体; panose-1:2 1 6 0 3 1 1 1 1 1;} /* Style Definitions */ "
    "p.MsoNormal, li.MsoNormal, div.MsoNormal {mso-style-unhide:no; margin:0cm; font-size:10.5pt;}",
])
def test_pasted_word_markup_on_a_line_of_its_own(leftover: str) -> None:
    assert clean.remove_pasted_word_markup(f"{leftover}\n{CONFERENCE}") == CONFERENCE


def test_pasted_word_markup_run_into_a_sentence() -> None:
    assert clean.remove_pasted_word_markup(
        f"{CONFERENCE} Normal 0 7.8 磅 0 2 false false false EN-US ZH-CN X-NONE {WORD_STYLE_DEFINITIONS}") == CONFERENCE
    assert clean.remove_pasted_word_markup(f"Normal 0 false false false MicrosoftInternetExplorer4 {CONFERENCE}") == CONFERENCE


@pytest.mark.parametrize("line", ["测试结果显示，该模型的误报（false positive）率低于1%。",
                                  "系统恢复Normal状态后，0 2 号机组运行正常。",
                                  "网页样式表中常见 p {font-size:12pt;} 这样的规则。"])
def test_text_like_pasted_word_markup_stays(line: str) -> None:
    assert clean.remove_pasted_word_markup(f"{CONFERENCE}\n{line}") == f"{CONFERENCE}\n{line}"


# --- attribution (seeds 000, 002, 004) ---


# A line opening with 设计： or 视频： closing a notice may be its field or a video's caption, the closing
# mark of a wire story, （完）, is the story's, and a credit naming an office, not a person, stays as a
# closing byline naming one does.
@pytest.mark.parametrize("line", ["设计：浙江省建筑设计研究院有限公司", "视频：保护区工作人员放流中华鲟", "(完)",
                                  "图文并茂，内容翔实。", "文/图 学生学业指导中心"])
def test_lines_like_credits_that_are_the_articles_stay(line: str) -> None:
    text = f"{CONFERENCE}\n{line}"
    assert attribution.split_attribution(text) == (text, attribution.Attribution())
    assert clean.remove_page_furniture(text) == text


def test_a_portals_report_box_at_the_end_goes_and_a_notices_stays() -> None:
    portal = f"{CONFERENCE}\n400-052-0066 欢迎批评指正\n举报邮箱：jubao@vip.sina.com"
    assert clean.remove_site_contact_box(portal) == f"{CONFERENCE}\n400-052-0066 欢迎批评指正"
    notice = f"{CONFERENCE}\n欢迎社会各界监督举报。\n举报电话：12369\n举报邮箱：hbj@example.gov.cn"
    assert clean.remove_site_contact_box(notice) == notice


# --- commas put between a text's characters ---

@pytest.mark.parametrize("injected, plain", [
    # j637.cn's and feifmx.com's copies of 新华社 stories
    ("为生活在天山南北的各族居民，，努力建设一座天蓝、地绿，、水清的美丽家园，。", "为生活在天山南北的各族居民，努力建设一座天蓝、地绿、水清的美丽家园。"),
    ("新华社记者张晓龙,、曲延函,、张啸诚,，", "新华社记者张晓龙、曲延函、张啸诚，"),
    ("保护区内分布有野生动物，；鸟类，、兽类，、鱼类", "保护区内分布有野生动物；鸟类、兽类、鱼类"),
])
def test_commas_put_before_punctuation_are_removed(injected: str, plain: str) -> None:
    assert clean.remove_injected_commas(injected) == plain


@pytest.mark.parametrize("text", ["2023,,45", "价格为1,000元，", "“好，”他说，", "抽样,（一）", "是吗，？", "a,,b",
                                  # a text's own typos, fewer than a copy puts in
                                  "都要赞叹我中国，，畏服我中国，岂非可快到极处吗？于今还说后来再预备，，不但是说说谎话罢了"])
def test_commas_of_data_quotes_and_questions_stay(text: str) -> None:
    assert clean.remove_injected_commas(text) == text


# --- pinyin (seeds 002, 004) ---

@pytest.mark.parametrize("annotated, plain", [
    ("省生(sheng)態(tai)環(huan)境(jing)廳", "省生態環境廳"),
    ("行動(dòng)是最有力的宣言,落實(shí)是最有效的擔(dān)當(dāng)", "行動是最有力的宣言,落實是最有效的擔當"),
    ("產(chan)業(ye)(ye)機構(gou)(gou)", "產業機構"),
    ("擴綠(lv)(lv)、增長", "擴綠、增長"),
    ("統籌生(sheng)態(tai)(tai)(tai)(tai)系統", "統籌生態系統"),
    ("生態環境導向的開發(fa)(fa)(EOD)模式", "生態環境導向的開發(EOD)模式"),
    ("乾(qian)隆", "乾隆"),
    # square brackets, and annotations set off by spaces, which leave with their space
    ("省生[sheng]態[tai]環［huan］境[jing]廳", "省生態環境廳"),
    ("省 生 (sheng) 態 (tai) 環 (huan) 境", "省 生態環境"),
    ("擴綠 (lv)(lv) 、增長", "擴綠、增長"),
    # lenticular and tortoise-shell brackets
    ("省生【sheng】態【tai】環【huán】境〔jìng〕廳", "省生態環境廳"),
    # bare syllables straight after their characters, doubled, before a capital, a number or a separator
    ("省生sheng態tai環huan境jing廳", "省生態環境廳"),
    ("產chan業yeye機構gougou、擴綠lvlv", "產業機構、擴綠"),
    ("落實shí、擔dān當dāng", "落實、擔當"),
    ("1年期為wei3.45%，前qian4個月", "1年期為3.45%，前4個月"),
    ("中華人民共和國監察法fa-紀檢_監察cha", "中華人民共和國監察法-紀檢_監察"),
    ("遴選6—8家jiaEOD模mo式", "遴選6—8家EOD模式"),
    ("全省sheng8大行業、全省sheng2022年", "全省8大行業、全省2022年"),
    ("平倉線為30萬wan×112%，體重zhong÷身高2", "平倉線為30萬×112%，體重÷身高2"),
    # a word's syllables run together after its last character (huaxhzp2.com), beside a character's own
    ("“三北”工程(gōngchéng)攻坚战打响(dǎxiǎng)以来", "“三北”工程攻坚战打响以来"),
    ("尤为引人瞩目(yǐnrénzhǔmù),各地通过生物治沙(zhìshā)、工程固沙", "尤为引人瞩目,各地通过生物治沙、工程固沙"),
    ("护林员艾力·麦麦(màimài)提(tí)小心翼翼", "护林员艾力·麦麦提小心翼翼"),
    ("绿色(lǜsè)发展、绿色(lvse)发展、绿色(luse)发展", "绿色发展、绿色发展、绿色发展"),
    # an annotation run into the page's own parenthetical (glosses and list letters of gmw, csdn, CWCED pages)
    ("实施‘天空实验室(shi)(shi)(skylab)’项目时", "实施‘天空实验室(skylab)’项目时"),
    ("和权限认证(zheng)（scope）的利用", "和权限认证（scope）的利用"),
    ("第二场(chǎng)(b)：12月11日下午", "第二场(b)：12月11日下午"),
    ("建立一个网络日志 (zhi) (weblog) 在上面", "建立一个网络日志(weblog) 在上面"),
])
def test_pinyin_annotations_are_removed(annotated: str, plain: str) -> None:
    assert clean.remove_pinyin_annotations(annotated) == plain


@pytest.mark.parametrize("text", ["(EOD)", "挥发性有机物(VOCS)和氮氧化物(NOX)", "细颗粒物(PM2.5)和臭氧(O3)", "河(湖)长制",
                                  "(一)加快推进", "办法(试行)", "“1字头”(19微克/立方米)", "某(x)",
                                  "北京 (Beijing) 和上海 (Shanghai)", "城市 (city) 更新", "参考文献[1]", "见图[a]",
                                  # English in brackets, a word's syllables that are not its reading, a reader's
                                  # spaced gloss of a rare word
                                  "研究(research)平台(platform)", "工程(gongzuo)", "饕餮(tāo tiè)"])
def test_real_parentheticals_survive(text: str) -> None:
    assert clean.remove_pinyin_annotations(text) == text
    assert clean.count_pinyin_annotations(text) == 0


@pytest.mark.parametrize("text", ["在微信weixin上", "人民网renmin", "访问www.gov.cn", "见中国zhong.com", "苹果iPhone",
                                  "维生素a", "第n次", "在win10上", "型号a1", "发邮件至sheng@example.com"])
def test_latin_words_after_characters_survive(text: str) -> None:
    assert clean.remove_pinyin_annotations(text) == text
    assert clean.count_pinyin_annotations(text) == 0


def test_each_form_of_annotation_is_decided_on_its_own() -> None:
    # Three bracketed annotations make the page's pinyin; a brand's syllable after its name is no annotation.
    text = "生(sheng)態(tai)環(huan)境。小米mi手機"
    forms = clean.pinyin_forms_in(text)
    assert forms == (lexicon.PINYIN_ANNOTATION,)
    assert clean.remove_pinyin_annotations(text, forms) == "生態環境。小米mi手機"
    assert clean.pinyin_forms_in("小米mi手機。生(sheng)態") == ()


def test_words_annotated_whole_are_a_form_of_their_own() -> None:
    text = "“三北”工程(gōngchéng)攻坚战打响(dǎxiǎng)以来,尤为引人瞩目(yǐnrénzhǔmù)。研究(research)"
    assert clean.pinyin_forms_in(text) == (lexicon.WORD_PINYIN_ANNOTATION,)
    assert clean.remove_pinyin_annotations(text, clean.pinyin_forms_in(text)) == "“三北”工程攻坚战打响以来,尤为引人瞩目。研究(research)"
    # Two are a page's glosses, not its pinyin.
    assert clean.pinyin_forms_in("工程(gōngchéng)攻坚战打响(dǎxiǎng)以来") == ()


def test_the_space_after_an_annotation_goes_with_it_only_where_most_annotations_have_one() -> None:
    spaced = "在社會(hui) 變遷中記錄人間百態，立於(yu) 時代潮頭，第十九個(ge) 中國記者節"
    assert clean.remove_pinyin_annotations(spaced, clean.pinyin_forms_in(spaced)) == \
        "在社會變遷中記錄人間百態，立於時代潮頭，第十九個中國記者節"
    labelled = "發布日期：2024-01-18　來源：市生(sheng)態(tai)環(huan)境局(ju)　瀏覽次數：1235"
    assert clean.remove_pinyin_annotations(labelled, clean.pinyin_forms_in(labelled)) == \
        "發布日期：2024-01-18　來源：市生態環境局　瀏覽次數：1235"


def test_a_syllable_that_is_not_the_characters_reading_is_kept() -> None:
    assert clean.remove_pinyin_annotations("方案(an)") == "方案"  # 案 is àn
    assert clean.remove_pinyin_annotations("方案(ma)") == "方案(ma)"


# --- scripts ---

def test_traditional_pages_are_detected_and_converted() -> None:
    traditional = "省生態環境廳總工程師趙輝介紹,山東省生態環境系統將充分發揮生態環境保護對經濟發展的優化促進作用"
    assert clean.is_traditional(traditional)
    assert clean.to_simplified(traditional) == "省生态环境厅总工程师赵辉介绍,山东省生态环境系统将充分发挥生态环境保护对经济发展的优化促进作用"
    assert not clean.is_traditional(CONFERENCE + "乾隆年间")
    assert clean.to_simplified("乾隆") == "乾隆"


def test_a_page_written_in_traditional_throughout_is_told_from_one_quoting_it() -> None:
    traditional = "省生態環境廳總工程師趙輝介紹,山東省生態環境系統將充分發揮生態環境保護對經濟發展的優化促進作用"
    assert clean.traditional_share(traditional) >= lexicon.MIN_TRADITIONAL_SHARE_THROUGHOUT
    quoting = CONFERENCE * 3 + "书中写道：“生態環境保護對經濟發展”。"
    assert clean.is_traditional(quoting)
    assert clean.traditional_share(quoting) < lexicon.MIN_TRADITIONAL_SHARE_THROUGHOUT
    assert clean.traditional_share(CONFERENCE) == 0.0


@pytest.mark.parametrize("page", sorted((FIXTURES / "pages").glob("traditional_*.html")), ids=lambda path: path.stem)
def test_t2s_by_character_converts_as_opencc_does(page: Path) -> None:
    # The copies' texts, and each with t2s's phrases in it (乾隆, 瞭解, 一目瞭然 keep or change as OpenCC says).
    text = lxml.html.fromstring(page.read_bytes()).text_content()
    for sample in (text, text + "\n乾隆年間一目瞭然，不瞭解乾燥的天氣。"):
        assert clean._t2s_converted(sample) == clean._t2s().convert(sample)


def test_markup_is_converted_in_its_texts_only() -> None:
    markup = ('<html><head><title>新聞動態</title><script>var s = {"title": "新聞"};</script></head><body>'
              '<a href="/新聞/1.html" title="關於">發佈時間：2024-01-18 來源：中國環境報</a></body></html>')
    assert clean.markup_to_simplified(markup) == (
        '<html><head><title>新闻动态</title><script>var s = {"title": "新闻"};</script></head><body>'
        '<a href="/新聞/1.html" title="關於">发布时间：2024-01-18 来源：中国环境报</a></body></html>')


@pytest.mark.parametrize("traditional, simplified", [
    # 著 the aspect particle is 着 in Simplified
    ("隨著經濟發展", "随着经济发展"), ("這意味著", "这意味着"), ("沉著應對", "沉着应对"), ("大著膽子", "大着胆子"),
    ("保留著很多維多利亞的建築", "保留着很多维多利亚的建筑"),
    # and so is the verb zhuó, as Simplified originals write it (s2tw writes 著力 for 着力)
    ("著力打造10家生態環保產業特色園區", "着力打造10家生态环保产业特色园区"), ("著重解決群眾反映強烈的問題", "着重解决群众反映强烈的问题"),
    ("已經著手開展前期工作", "已经着手开展前期工作"), ("不要著急", "不要着急"),
    # 著 of writing and renown stays
    ("著名學者", "著名学者"), ("著作權", "著作权"), ("成效顯著", "成效显著"), ("土著居民", "土著居民"), ("他著有專著三部", "他著有专著三部")])
def test_zhu_is_converted_as_the_word_it_is(traditional: str, simplified: str) -> None:
    assert clean.to_simplified(traditional) == simplified


@pytest.mark.parametrize("simplified", [
    # Hong Kong's variants, as OpenCC's s2hk writes them: 衞 (卫), 敍 (叙), 枱 (台)
    "坚决打好蓝天保卫战，国家卫生健康委员会与世卫组织联合发布报告。",
    "他在文中叙述了手术台上的经过，总台记者随后赶到。",
    # s2t's 揹 for carrying, and its 覆 in an official reply
    "山区孩子背着行囊走了两个小时，背负着全家的希望。",
    "国务院关于同意设立国家级新区的批复",
    "经省政府批复，现将复函转发给你们，请核复后报送。",
    # t2s's phrase table reads 於單, 於倫, 於潛 as names
    "关于单位职工参加基本医疗保险的通知",
    "会议位于伦敦市中心，对于潜在的风险提出建议。",
    "该点位坐标为北纬36度。",
])
def test_opencc_conversions_of_a_simplified_text_convert_back(simplified: str) -> None:
    """Copy sites convert with OpenCC's s2t, s2tw or s2hk; the archive's conversion gives the original back."""
    for conversion in ("s2t", "s2tw", "s2hk"):
        copy = opencc.OpenCC(conversion).convert(simplified)
        assert clean.to_simplified(copy) == simplified, conversion


# --- titles ---

@pytest.mark.parametrize("title, headline", [
    ("广东省生态环境保护工作会议召开 - 广东省生态环境厅", "广东省生态环境保护工作会议召开"),
    ("市生态环境局:聚焦“四个发力” 奋力进阶跃升_新派_潍坊新闻网", "市生态环境局:聚焦“四个发力” 奋力进阶跃升"),
    ("【两会“绿”声】聚焦绿色低碳发展!-资讯中心-环保产业网", "【两会“绿”声】聚焦绿色低碳发展!"),
    ("2023-2024年工作要点", "2023-2024年工作要点"),
    ("山东:加快绿色低碳高质量发展先行区建设 - 齐鲁晚报·齐鲁壹点", "山东:加快绿色低碳高质量发展先行区建设"),
    # the channel first, then a headline that happens to hold 报 (报告): no site's name has a colon
    ("明日股市预测--最新出炉联合国贸发报告：2019年全球经济增长率降至2.3%",
     "明日股市预测--最新出炉联合国贸发报告：2019年全球经济增长率降至2.3%"),
    # a portal's name before its channel's
    ("劳伦斯：一个无法定义的“洛克菲勒”-搜狐财经", "劳伦斯：一个无法定义的“洛克菲勒”"),
    ("拿出10万元投资房产 小两口尝试以钱生钱(图)_新浪房产", "拿出10万元投资房产 小两口尝试以钱生钱(图)"),
    ("从原子弹爆炸原理想开去 - 奇闻异事 - 雅虎社区", "从原子弹爆炸原理想开去 - 奇闻异事"),
    ("新华全媒+丨前4个月我国外贸向好态势进一步巩固-今日头条", "新华全媒+丨前4个月我国外贸向好态势进一步巩固"),
    # a blog platform
    ("对于Docker和Podman的一点使用经验 - 好看的hk - 博客园", "对于Docker和Podman的一点使用经验 - 好看的hk"),
    # a CMS's signature, whatever its punctuation, then the forum's name
    ("社会资本、人力资本与下岗职工的再就业(页 1) - 三校社会学论坛·中国网社会论坛 - powered by Discuz! Archiver",
     "社会资本、人力资本与下岗职工的再就业(页 1)"),
    # WordPress's blog name before the post; a headline's own » stays
    ("多维博客 » 播客热潮迅速蔓延 挑逗传统传媒业", "播客热潮迅速蔓延 挑逗传统传媒业"),
    ("沪指 » 创三年新高", "沪指 » 创三年新高"),
    # a subtitle after the dash names a bureau, as a site's name would, but opens with what the piece does
    ("“十四五”以来我市空气质量持续改善——访市生态环境局局长张三_济南市生态环境局",
     "“十四五”以来我市空气质量持续改善——访市生态环境局局长张三"),
    ("守护黄河安澜的“铁脚板”——记全国劳动模范、县水利局河道管理站站长李明——大众网",
     "守护黄河安澜的“铁脚板”——记全国劳动模范、县水利局河道管理站站长李明"),
    # the site's name first, whether or not the headline names a bureau too
    ("济南市生态环境局--我市开展秋冬季大气污染防治专项执法检查", "我市开展秋冬季大气污染防治专项执法检查"),
    ("济南市生态环境局--市生态环境局开展大气污染防治专项执法检查", "市生态环境局开展大气污染防治专项执法检查"),
    ("新华社 | 国务院常务会议部署推进生态环境保护工作_中国政府网", "国务院常务会议部署推进生态环境保护工作"),
    # not a channel before its portal, nor a part before a lone hyphen, which may join two offices in a headline
    ("国际新闻_网易新闻中心", "国际新闻"),
    ("中国环境报-长江十年禁渔成效初显", "中国环境报-长江十年禁渔成效初显"), ("中国环境报--长江十年禁渔成效初显", "长江十年禁渔成效初显"),
    # hyphens inside a name the headline quotes join its words (格局 is no bureau's 局); a quote closed before the
    # site's name leaves it a suffix
    ("基于“活力-组织力-恢复力-贡献力”框架的甘肃省黄河流域生态安全格局构建",
     "基于“活力-组织力-恢复力-贡献力”框架的甘肃省黄河流域生态安全格局构建"),
    ("《京津冀-晋冀鲁豫区域协同方案》印发实施格局初成", "《京津冀-晋冀鲁豫区域协同方案》印发实施格局初成"),
    ("《方案》解读-市政府网", "《方案》解读"),
    # separators left dangling at the end (a blog's template), not a headline's own hyphen
    ("谁来为无序拆房“埋单”？- -", "谁来为无序拆房“埋单”？"), ("全省生态环境工作会议召开_", "全省生态环境工作会议召开"),
    ("新冠病毒检测COVID-19", "新冠病毒检测COVID-19"),
])
def test_site_suffixes_are_removed(title: str, headline: str) -> None:
    assert clean.remove_site_suffix(title) == headline


def test_a_site_name_repeated_after_every_separator_is_cut_whole() -> None:
    # A spam title's: the headline is what is left, whatever the number of segments (tests.pathological's page, smaller).
    assert clean.remove_site_suffix("全省生态环境工作会议召开" + "-新闻网" * 2000) == "全省生态环境工作会议召开"
    assert clean.remove_site_suffix("首页 » " * 2000 + "全省生态环境工作会议召开") == "全省生态环境工作会议召开"
    # spaces before the separator stay with no headline
    assert clean.remove_site_suffix("全省生态环境工作会议召开" + " " * 40 + "- 新闻网") == "全省生态环境工作会议召开"


@pytest.mark.parametrize("title, headline", [
    ("17种产品、1个园区入选国家绿色制造名单 - 要闻云南", "17种产品、1个园区入选国家绿色制造名单"),
    ("四年前中500万现穷困潦倒 一夜暴富后如何经营__商贸", "四年前中500万现穷困潦倒 一夜暴富后如何经营"),
    ("从原子弹爆炸原理想开去 - 奇闻异事 - 雅虎社区", "从原子弹爆炸原理想开去"),
    # a short segment that is no menu entry of the page stays: it may be the headline's
    ("中国女排3-0战胜日本队 - 全胜", "中国女排3-0战胜日本队 - 全胜"),
    # a site's and its section's names before the headline
    ("某某市人民政府 » 通知公告 » 关于做好2024年环境监测工作的通知", "关于做好2024年环境监测工作的通知"),
])
def test_a_section_named_by_a_menu_link_is_removed(title: str, headline: str) -> None:
    menu = clean.LinkTexts(["首页", "要闻云南", "商贸", "奇闻异事", "体育", "通知公告"])
    assert clean.remove_site_suffix(title, menu) == headline


def test_headline_repeated_as_first_paragraph() -> None:
    assert clean.remove_leading_headline(f"会议召开\n{CONFERENCE}", "会议召开") == CONFERENCE
    assert clean.remove_leading_headline(CONFERENCE, "会议召开") == CONFERENCE
    # The heading element, then the editor's pasted copy with a half-width colon.
    assert clean.remove_leading_headline(f"韶关：打造韶关样板\n韶关:打造韶关样板\n{CONFERENCE}", "韶关：打造韶关样板") == CONFERENCE
    # A 公报's title centred over several lines (gov.cn's 2007 国务院公报 page).
    decision = "第十届全国人民代表大会常务委员会第二十八次会议，听取了财政部部长金人庆代表国务院对议案作的说明。"
    split = f"全国人民代表大会常务委员会\n关于批准财政部发行特别国债购买外汇及\n调整2007年末国债余额限额的决议\n{decision}"
    title = "全国人民代表大会常务委员会关于批准财政部发行特别国债购买外汇及调整2007　年末国债余额限额的决议"
    assert clean.remove_leading_headline(split, title) == decision
    # Lines that only begin the headline are not it.
    assert clean.remove_leading_headline(f"全国人民代表大会常务委员会\n{decision}", title) == f"全国人民代表大会常务委员会\n{decision}"
    # Under its label, as a forum's print view repeats it over each post, with its author and time between.
    assert clean.remove_leading_headline(f"标题: 会议召开\n作者: cnxqw\n标题: 会议召开\n{CONFERENCE}", "会议召开") == CONFERENCE
    assert clean.remove_leading_headline(f"标题: 另一场会议召开\n{CONFERENCE}", "会议召开") == f"标题: 另一场会议召开\n{CONFERENCE}"


PENALTY_TITLE = "某环罚〔2024〕12号行政处罚决定信息公开"
PENALTY_FIELDS = "| 处罚名称 | 某某化工有限公司超标排放水污染物案 |\n| 处罚机关 | 某某市生态环境局 |"


@pytest.mark.parametrize("text, header, kept", [
    # What trafilatura adds after a short main text: the headline and its info line (浙江省发改委's
    # one-paragraph news, a 行政处罚 page's table of fields).
    (f"{PENALTY_FIELDS}\n{PENALTY_TITLE}\n发布日期：2024-03-05 信息来源：执法监督处", ("发布日期：2024-03-05 信息来源：执法监督处",), PENALTY_FIELDS),
    (f"{CONFERENCE}\n{PENALTY_TITLE}", (), CONFERENCE),
    # A short notice's issuer and date, which may also stand among the info area's lines, stay
    # without the headline above them; so does a sentence after the headline.
    (f"{CONFERENCE}\n某某市生态环境局\n2024年3月5日", ("某某市生态环境局", "2024年3月5日"), f"{CONFERENCE}\n某某市生态环境局\n2024年3月5日"),
    (f"{PENALTY_FIELDS}\n{PENALTY_TITLE}\n{CONFERENCE}", (CONFERENCE,), f"{PENALTY_FIELDS}\n{PENALTY_TITLE}\n{CONFERENCE}"),
    # The headline alone is no text to cut.
    (PENALTY_TITLE, (), PENALTY_TITLE),
])
def test_the_heading_area_closing_the_text_goes(text: str, header: tuple[str, ...], kept: str) -> None:
    assert clean.remove_heading_area_at_the_end(text, PENALTY_TITLE, header) == kept


@pytest.mark.parametrize("text, kept", [
    # a forum's codes shown as text: an attachment's or picture's goes, a formatting code's text stays
    (f"[attach]2680[/attach]\n{CONFERENCE}", CONFERENCE),
    (f"{CONFERENCE}[img]http://bbs.example.com/data/1.jpg[/img]", CONFERENCE),
    (f"[size=4]{CONFERENCE}[/size]", CONFERENCE),
    (f"[url=http://www.example.com/1.html][b]{CONFERENCE}[/b][/url]", CONFERENCE),
    # brackets that close no code are the text's: a formula's index, a citation
    ("数组a[i]的第i项[1]", "数组a[i]的第i项[1]"),
])
def test_a_forums_codes_shown_as_text_go(text: str, kept: str) -> None:
    assert clean.remove_forum_codes(text) == kept


@pytest.mark.parametrize("text, kept", [
    # a content farm's card naming the page: its headline and its address, under their labels
    (f"{CONFERENCE}\n标题:{PENALTY_TITLE}\n地址:http://www.example.com/bqxw/6519.html", CONFERENCE),
    (f"{CONFERENCE}\n本文标题：{PENALTY_TITLE}\n本文链接：https://www.example.com/a/1.html", CONFERENCE),
    # a notice's contact lines ending in its site's address, and a line quoting another headline, stay
    (f"{CONFERENCE}\n联系电话：0898-66668888\n网址：http://sthjj.example.gov.cn", f"{CONFERENCE}\n联系电话：0898-66668888\n网址：http://sthjj.example.gov.cn"),
    (f"{CONFERENCE}\n标题：全省生态环境保护工作会议召开", f"{CONFERENCE}\n标题：全省生态环境保护工作会议召开"),
])
def test_a_closing_card_naming_the_page_goes(text: str, kept: str) -> None:
    assert clean.remove_permalink_card(text, PENALTY_TITLE) == kept


@pytest.mark.parametrize("above", [
    "某某市生态环境局",  # the site's name, over a short text read from the whole page
    "河南着力培育新动能塑造新优势",  # a kicker (magic-html's 人民日报 page)
    "Saturday, September 10th, 2005 10:56 am",  # a blog's date line (CWCED 35687fb1)
    "欢迎\n欢迎",
])
def test_the_short_lines_above_the_repeated_headline_go_with_it(above: str) -> None:
    assert clean.remove_leading_headline(f"{above}\n会议召开\n{CONFERENCE}", "会议召开") == CONFERENCE


def test_a_sentence_above_the_headline_keeps_it() -> None:
    # A summary over a heading that repeats the title (magic-html 2338d64a): the heading is the text's.
    text = f"{CONFERENCE}\n会议召开\n{CONFERENCE}"
    assert clean.remove_leading_headline(text, "会议召开") == text
    # More short lines above it than a heading area holds.
    text = f"一\n二\n三\n四\n会议召开\n{CONFERENCE}"
    assert clean.remove_leading_headline(text, "会议召开") == text


@pytest.mark.parametrize("header, leaked", [
    (("石佳/中国青年报", "2019-09-24 09:10"), "石佳/中国青年报"),  # 澎湃's reporter and paper, unlabelled
    (("【新春走基层】", "2019-02-06"), "【新春走基层】"),  # a column's tag
    (("作者：", "浏览：", "272"), "作者：\n浏览：\n272"),  # labels whose values the extraction left elsewhere
])
def test_the_info_areas_lines_above_the_first_sentence_go(header: tuple[str, ...], leaked: str) -> None:
    assert clean.remove_leading_info_lines(f"{leaked}\n{CONFERENCE}", header) == CONFERENCE


@pytest.mark.parametrize("header, text", [
    # A line after the text's first sentence stays, whatever the info area holds.
    (("某某市生态环境局",), f"{CONFERENCE}\n某某市生态环境局"),
    # Lines the info area does not hold stay.
    (("2024-03-05",), f"会议纪要\n{CONFERENCE}"),
])
def test_the_texts_own_opening_lines_stay(header: tuple[str, ...], text: str) -> None:
    assert clean.remove_leading_info_lines(text, header) == text


def test_a_headline_opening_a_short_texts_one_line_goes() -> None:
    # A layout cell trafilatura wrote as one line, its blocks joined by spaces (a 博达 VSB notice).
    law = "《中华人民共和国监察法》是为了推进全面依法治国，实现国家监察全面覆盖，深入开展反腐败工作而制定的法律。"
    assert clean.remove_leading_headline(f"中华人民共和国监察法 {law}", "中华人民共和国监察法") == law
    # The headline's words opening a sentence, with no space after them, are the sentence's.
    assert clean.remove_leading_headline("会议召开期间，代表们审议了报告。", "会议召开") == "会议召开期间，代表们审议了报告。"
    # A Latin headline may well begin its text's first sentence.
    assert clean.remove_leading_headline("Python is a language.", "Python") == "Python is a language."


# --- layout tables and link lists (real 2005 portal pages) ---

LINKS = clean.LinkTexts({"中国股市遭遇历史性机会：股改行情大揭密", "中金“内部观点”曝光：表面唱多", "王菲那英香港名店狂扫货", "胡瓜诈赌将被判3年？"})


def test_a_layout_table_keeps_its_prose_cells_only() -> None:
    text = ("| | | | 本站永久域名: chinaha.126.com 姊妹站Bcbhome bcbhome.126.com |\n"
            "| 最新军情 | 军事评论 | 军事书籍 | 军事装备 |\n"
            f"| | {CONFERENCE * 5} |\n"
            "| · | 中国股市遭遇历史性机会：股改行情大揭密 ...(图文) |\n| · | 中金“内部观点”曝光：表面唱多 |")
    assert clean.unwrap_layout_tables(text, LINKS) == CONFERENCE * 5


def test_a_data_table_nested_in_a_layout_table_stays_as_written() -> None:
    # trafilatura writes the nested table's rows into the layout's block (a 招生简章 on a table layout).
    data = ("| 学科、专业名称（代码） 研究方向 | 指导 教师 | 招生 人数 | 考试科目 | 备注 |\n"
            "| 050401 艺术学 | | 7 | | |\n"
            "| 01艺术学原理 | 刘梦溪 | | 1、英语或俄语或日语 2、艺术概论 | 新增点正在审批 |\n"
            "| 03艺术人类学 | 方李莉 | | 1、英语或俄语或日语 2、中外艺术史 | 侧重美术 |\n"
            "| 050405戏剧戏曲学 | | | | |")
    text = (f"| | 您的位置：主页>艺术教育>院校招生资讯 |\n| 中国艺术研究院2004年博士生招生简章 |\n| {CONFERENCE * 5} |\n"
            f"{data}\n| | | |\n| | 版权所有 | |")
    assert clean.unwrap_layout_tables(text, LINKS) == f"{CONFERENCE * 5}\n{data}"


def test_layout_rows_of_one_width_holding_a_box_each_are_no_data_table() -> None:
    text = f"| | 本站永久域名: chinaha.126.com | |\n| | {CONFERENCE * 5} | |\n| | 联系我们 | |\n| | 版权所有 | |"
    assert clean.unwrap_layout_tables(text, LINKS) == CONFERENCE * 5


def test_a_row_of_links_is_a_menu_even_in_a_data_table() -> None:
    menu = "| 首页 | 滚动 | 商学院 | 商业传奇 | 亦观察 | 看商业 |"
    table = "| 城市 | PM2.5(微克/立方米) | 优良天数比例 |\n| 广州 | 22 | 91.2% |"
    links = clean.LinkTexts({"首页", "滚动", "商学院", "商业传奇", "亦观察", "看商业", "广州"})
    assert clean.unwrap_layout_tables(f"{menu}\n{table}", links) == table
    # a header of a few linked columns is the table's
    header = "| Mnet | KBS | MBC | SBS |\n| 2009 | 1 | 2 | 1 |"
    assert clean.unwrap_layout_tables(header, clean.LinkTexts({"Mnet", "KBS", "MBC", "SBS"})) == header


def test_a_layout_cell_written_again_after_its_short_text_goes() -> None:
    # trafilatura reads the whole page again when the text it found is short, and writes the layout
    # cell holding that text after it: the headline, the info line and the text again.
    notice = "（2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）"
    decision = ("第十届全国人民代表大会常务委员会第二十八次会议，听取了财政部部长金人庆代表国务院对议案作的说明，并对议案进行了审议。"
                "会议决定：批准发行15500亿元特别国债购买外汇，批准2007年末国债余额限额调整为53365.53亿元。")
    headline, info = "关于批准财政部发行特别国债购买外汇的决议", "发布时间：2007-06-29 来源：中国人大网"
    blocks = ((headline, info, notice, decision),)
    text = (f"{notice}\n{decision}\n| 首页 | 政务公开 | 政策法规 | 财政数据 | 通知公告 | 互动交流 |\n"
            f"| 法律 行政法规 部门规章 | {headline} {info} {notice} {decision} |\n| 主办：示例市财政局 地址：示例市人民路1号 |")
    links = clean.LinkTexts({"首页", "政务公开", "政策法规", "财政数据", "通知公告", "互动交流", "法律", "行政法规", "部门规章"})
    assert clean.unwrap_layout_tables(text, links, blocks) == f"{notice}\n{decision}"
    # The cell written alone, as for a longer text, is the text.
    alone = f"| 法律 行政法规 部门规章 | {headline} {info} {notice} {decision} |"
    assert clean.unwrap_layout_tables(alone, links, blocks) == f"{headline}\n{info}\n{notice}\n{decision}"


def test_a_cell_of_one_line_repeating_an_earlier_one_stays() -> None:
    # Two rows of a wiki's discography credit the same singers.
    credit = "与Running Man成员(刘在石、池石镇、Gary、Haha、宋智孝、李光洙)合唱，收录于节目原声带。"
    text = f"| {CONFERENCE * 5} |\n| {credit} |\n| 《Running Man》主题曲，在节目中多次播放，收录于节目原声带第二辑。 |\n| {credit} |"
    assert clean.unwrap_layout_tables(text, LINKS).split("\n").count(credit) == 2


def test_a_data_table_stays() -> None:
    table = "| 城市 | PM2.5(微克/立方米) | 优良天数比例 |\n|---|---|---|\n| 广州 | 22 | 91.2% |\n| 深圳 | 18 | 96.7% |"
    assert clean.unwrap_layout_tables(f"{CONFERENCE}\n{table}", LINKS) == f"{CONFERENCE}\n" + table.replace("|---|---|---|\n", "")


def test_a_channel_bar_written_as_one_line_is_a_link_list() -> None:
    # china.com.cn's bar: links of two characters, some with no space between them.
    links = clean.LinkTexts({"新闻", "直播", "要闻", "国际", "军事", "社会", "政协", "政务", "图片", "视频"})
    assert clean.remove_link_lists(f"新闻直播 要闻 国际 军事 社会 政协 政务 图片 视频\n{CONFERENCE}", links) == CONFERENCE
    # Words of the text that happen to be links' texts make no bar.
    sentence = "要闻 国际 军事 社会 政协 政务 新闻发布会上，发言人介绍了情况。"
    assert clean.remove_link_lists(sentence, links) == sentence


def test_link_lists() -> None:
    text = f"{CONFERENCE}\n其他报道 ·王菲那英香港名店狂扫货 ·胡瓜诈赌将被判3年？"
    assert clean.remove_link_lists(text, LINKS) == CONFERENCE
    one_link = f"{CONFERENCE}\n附件:王菲那英香港名店狂扫货"
    assert clean.remove_link_lists(one_link, LINKS) == one_link


# Entries' dates and counts, markers, brackets and digits of other scripts, among words and a sentence's end.
_ENTRY_ALPHABET = list("0123456789０１２٣ \u3000\t-/.:年月日[]【】()（）·•>»●■公告新闻。，！abc")


_ENTRY_DECORATIONS = ["", "● ", "[2005-08-21] ", " (03-05)", " 3月5日", "2024年3月5日 12:30", "【2024.03.05】", " 12", "0",
                      " ２０２４-３-５", "）"]


@given(st.sampled_from(_ENTRY_DECORATIONS), st.text(alphabet=st.sampled_from(_ENTRY_ALPHABET), max_size=30),
       st.sampled_from(_ENTRY_DECORATIONS))
def test_an_entrys_decoration_goes_as_the_whole_pattern_takes_it_out(lead: str, text: str, end: str) -> None:
    line = lead + text + end
    assert clean.without_entry_decoration(line) == lexicon.LINK_ENTRY_DECORATION.sub("", line)


@given(st.text(alphabet=st.sampled_from(list("生态ab1 \u3000\t\n\xa0\u2003")), max_size=40), st.data())
def test_a_place_in_a_line_without_its_spaces_is_found_in_the_line(line: str, data: st.DataObject) -> None:
    """restore_paragraphs cuts a line where paragraphs start in its text without white space."""
    kept = [index for index, char in enumerate(line) if not char.isspace()]
    places = data.draw(st.lists(st.integers(0, len(kept) - 1), max_size=5)) if kept else []
    assert clean._places_in_line(line, places) == [kept[place] for place in places]


@pytest.mark.parametrize("line, bare", [
    ("[2005-08-21] 我市召开生态环境保护大会", "我市召开生态环境保护大会"),
    ("● 我市召开生态环境保护大会 (03-05)", "我市召开生态环境保护大会"),
    ("公告0", "公告"),
    ("我市召开生态环境保护大会。", "我市召开生态环境保护大会。"),
])
def test_an_entrys_marker_date_and_count_go(line: str, bare: str) -> None:
    assert clean.without_entry_decoration(line).strip() == bare


def test_link_runs_go_with_their_dates_and_counts() -> None:
    """39.net's 健康资讯推荐 (date + headline entries) and a poetry site's ranking (link, count on
    its own line); the article's paragraphs and two lone links stay."""
    links = clean.LinkTexts(["癫痫病的诊断方法你知道吗", "南通如何预防白癜风的出现?", "儿童白癜风怎么治能消除白斑",
                             "陶醉 15 (1次)", "信奉 62 (6次)", "周士强 59 (4次)", "上一篇：秋冬养生", "原文链接"])
    ranking = "诗人热力榜\n陶醉 15\n(1次)\n信奉 62\n(6次)\n周士强 59\n(4次)"
    recommended = ("- 2021-01-19癫痫病的诊断方法你知道吗\n- 2021-01-19南通如何预防白癜风的出现?\n"
                   "- 2021-01-19儿童白癜风怎么治能消除白斑")
    text = f"{CONFERENCE}\n{recommended}\n{ranking}\n{CONFERENCE}\n上一篇：秋冬养生\n原文链接"
    assert clean.remove_link_runs(text, links) == f"{CONFERENCE}\n诗人热力榜\n{CONFERENCE}\n上一篇：秋冬养生\n原文链接"


def test_link_runs_go_with_their_bracketed_dates() -> None:
    """A 2005 blog's 博客手拉手 entries under a 钱江晚报 commentary (CWCED ab65832c): "[2005-08-21]" before each link."""
    titles = ["为什么总要面对呢，可有谁知道我已经身心疲惫？", "无序列表", "谁来为氵蒙洼蓄洪区灾民损失补偿"]
    entries = "\n".join(f"[2005-08-{day}] {title}" for day, title in zip(("21", "17", "13"), titles, strict=True))
    assert clean.remove_link_runs(f"{CONFERENCE}\n{entries}", clean.LinkTexts(titles)) == CONFERENCE
    # …and a list's dates after the links, in brackets.
    trailing = "\n".join(f"{title}（08-{day}）" for day, title in zip(("21", "17", "13"), titles, strict=True))
    assert clean.remove_link_runs(f"{CONFERENCE}\n{trailing}", clean.LinkTexts(titles)) == CONFERENCE


def test_a_menu_whose_entries_carry_a_count_badge_goes() -> None:
    """和讯's user-centre menu above the text: 消息, 通知 and 公告 with its unread count "0" run in."""
    links = clean.LinkTexts(["消息", "通知", "公告"])
    assert clean.remove_link_runs(f"消息\n通知\n公告0\n{CONFERENCE}", links) == CONFERENCE
    # A line that only ends in a number is no entry unless what precedes it is a link.
    text = f"{CONFERENCE}\n2019\n第一季度\n第二季度3"
    assert clean.remove_link_runs(text, clean.LinkTexts(["第一季度"])) == text


def test_link_runs_go_with_the_tags_after_each_link() -> None:
    """39健康's hospital cards (name, grade, kind, ownership) and 豆瓣's 热门话题 (topic, views) under the text."""
    hospitals = ["鹤岗市东山区人民医院", "苏州市中医医院", "天津红桥中都白癜风医院"]
    topics = ["歌手2024直播", "你的昆曲“入坑戏”", "你最喜欢哪位科幻小说作家？"]
    links = clean.LinkTexts(hospitals + topics)
    cards = "- 鹤岗市东山区人民医院二级甲等 综合医院 公立\n- 苏州市中医医院三级甲等 中医医院 公立\n- 天津红桥中都白癜风医院二级 专科医院 特色医院"
    assert clean.remove_link_runs(f"{CONFERENCE}\n{cards}", links) == CONFERENCE
    views = "- 歌手2024直播 1016次浏览\n- 你的昆曲“入坑戏” 8.7万次浏览\n- 你最喜欢哪位科幻小说作家？ 7.2万次浏览"
    assert clean.remove_link_runs(f"{CONFERENCE}\n{views}", links) == CONFERENCE


def test_lines_opening_with_a_link_and_a_clause_after_it_stay() -> None:
    """Units a notice names, each linked, each followed by what it is to do: sentences, not tags."""
    units = ["市生态环境局", "市自然资源局", "市住房城乡建设局"]
    text = (f"{CONFERENCE}\n市生态环境局负责，各区配合。\n市自然资源局牵头，按月通报。\n"
            "市住房城乡建设局负责施工扬尘管控。")
    assert clean.remove_link_runs(text, clean.LinkTexts(units)) == text


def test_teaser_cards_go_and_prose_ellipses_stay() -> None:
    teasers = ("近日，第37届大众电影百花奖各奖项入围名单公示，经全国观众投票，将评选出每个奖项五个提名。...\n"
               "日前，电影《绝地战警4：生死与共》发布多款制式海报，包括IMAX、杜比影院等6种制式。影片延续...\n"
               "当地时间2024年5月15日，法国戛纳，第77届戛纳电影节非竞赛单元影片首映红毯。男主携爱妻亮相，女主安雅·…")
    assert clean.remove_link_runs(f"{CONFERENCE}\n{teasers}") == CONFERENCE
    prose = f"{CONFERENCE}\n他说……\n我们等了很久……\n天终于亮了……"
    assert clean.remove_link_runs(prose) == prose


def test_cards_ending_in_a_read_more_link_go_with_their_column_and_time() -> None:
    """youth.cn's 强图打榜 cards: a summary cut short or whole, a 【详细】 link, then the column's link
    and a time with seconds on the next line."""
    links = clean.LinkTexts(["【详细】", "强图打榜"])
    cards = ("5月22日，在山东省日照市东港区陈疃镇蓝莓产学研基地，农户在采摘蓝莓。自2005年发展蓝莓种植以来，陈疃镇蓝莓...【详细】\n"
             "强图打榜 2024-05-23 09:41:17\n"
             "5月21日，在加沙地带南部城市汗尤尼斯，巴勒斯坦人在废墟中捡拾物品。【详细】\n"
             "强图打榜 2024-05-22 23:28:12\n"
             "新加坡航空公司一架客机21日在飞行过程中遭遇严重气流颠簸，随后紧急降落在泰国曼谷机场。【详细】\n"
             "强图打榜 2024-05-21 23:20:16")
    assert clean.remove_link_runs(f"{CONFERENCE}\n{cards}", links) == CONFERENCE
    # One sentence that ends in a link to the full text is not a run of cards.
    single = f"{CONFERENCE}\n全文见生态环境部网站。[详细]"
    assert clean.remove_link_runs(single, clean.LinkTexts(["[详细]"])) == single


def test_attachment_links_stay() -> None:
    links = clean.LinkTexts(["关于开展2024年生态环境执法检查的通知.pdf", "检查清单.xlsx", "附件3 联系表.docx"])
    text = f"{CONFERENCE}\n关于开展2024年生态环境执法检查的通知.pdf\n检查清单.xlsx\n附件3 联系表.docx"
    assert clean.remove_link_runs(text, links) == text


def test_leaked_datelines_at_the_top_only() -> None:
    text = f"2022.01.20 16:31\n报纸网 |发布: 2021-1-29 13:18|点击: 313\n{CONFERENCE}\n" + "\n".join([CONFERENCE] * 4) + "\n广东省生态环境厅\n2023年2月21日"
    assert clean.remove_leaked_datelines(text) == "\n".join([CONFERENCE] * 5) + "\n广东省生态环境厅\n2023年2月21日"


@pytest.mark.parametrize("closing", ["科技部人事司\n2021年3月3日", "国务院办公厅\n2017年11月6日\n（此件公开发布）",
                                     # signing off above its contact line, whose commas make it read as a sentence
                                     "某某市生态环境局\n2024年5月12日\n（联系人：张三，电话：0571-12345678）"])
def test_a_short_notices_closing_date_is_no_leaked_dateline(closing: str) -> None:
    # One paragraph, the issuer and the date: the date is among the first lines, after the text.
    notice = f"经研究，决定聘任张三同志为科技部人事司副司长，试用期一年。\n{closing}"
    assert clean.remove_leaked_datelines(notice) == notice


def test_a_labelled_date_line_above_a_notices_attachments_is_a_leaked_dateline() -> None:
    # The info line the short text's second reading brought in, broken by its font tool's links.
    text = "发布日期：2024-02-23 来源：韶关市生态环境局 【字体：\n附件：\n2024年第一批建设项目环评审批名单.xlsx"
    assert clean.remove_leaked_datelines(text) == "附件：\n2024年第一批建设项目环评审批名单.xlsx"


@pytest.mark.parametrize("trail", ["首页 >\n快讯 >\n公司 >\n公司", "主页\n>\n>", "网站首页\n»\n通知公告 »",
                                   # the whole trail on one line
                                   "首页 > 工作动态 > 正文", "首页 >> 新闻中心 >> 工作动态", "网站首页›通知公告"])
def test_a_breadcrumb_trail_split_over_the_first_lines_goes(trail: str) -> None:
    assert clean.remove_breadcrumbs(f"{trail}\n{CONFERENCE}\n2023年2月21日") == f"{CONFERENCE}\n2023年2月21日"


def test_a_short_heading_after_a_link_ending_in_an_arrow_stays_below_the_top() -> None:
    text = "\n".join([CONFERENCE] * 8) + "\n更多>>\n附件"
    assert clean.remove_breadcrumbs(text) == "\n".join([CONFERENCE] * 8) + "\n更多>>\n附件"


def test_an_old_portals_info_line_opening_with_its_channels_address_is_a_dateline() -> None:
    line = "http://biz.163.com 2005-04-25 08:24:06 来源: 第一财经日报 网友评论 0 条"
    assert clean.remove_leaked_datelines(f"{line}\n{CONFERENCE}") == CONFERENCE


@pytest.mark.parametrize("note", ["（2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）",
                                  "（2018年3月20日第十三届全国人民代表大会第一次会议通过）", "(2023年12月1日国务院令第768号公布)"])
def test_a_documents_adoption_note_is_no_dateline(note: str) -> None:
    assert clean.remove_leaked_datelines(f"{note}\n{CONFERENCE}") == f"{note}\n{CONFERENCE}"


@pytest.mark.parametrize("head", ["2019\n09/07\n19:02", "昨天", "3小时前"])
def test_a_date_set_in_pieces_at_the_top_goes(head: str) -> None:
    assert clean.remove_leaked_datelines(f"{head}\n{CONFERENCE}\n2023") == f"{CONFERENCE}\n2023"


@pytest.mark.parametrize("line", ["您所在的位置", "当前位置：洛阳", "中国互联网举报中心公开举报邮箱：jlshlw123@163.com", "吉新出网备字154号",
                                  "Previous", "官方微信平台", "© 版权所有2000-2006，北京千龙新闻网络传播有限责任公司",
                                  "证券时报APP", "微信公众号", "新浪新闻公众号", "关注该公众号", "收藏", "赞赏", "已收藏!", "知道了",
                                  "感谢您的反馈，我们将会减少此类文章的推荐",
                                  "您可通过新浪首页(www.sina.com.cn)顶部 “我的收藏”， 查看所有收藏过的文章。",
                                  "安装新浪财经客户端第一时间接收最全面的市场资讯→【下载地址】",
                                  "1、回复【公租房】查看最新消息", "6、回复【垃圾分类】查看投放指南", "点击菜单栏【便民服务】解锁更多服务！",
                                  "看都看完了，点【在看】试试", "（点击看清晰大图）", "点击图片进入下一页", "- 2020年07月08日 13:36:14",
                                  "注册电影网账号", "使用合作账号注册", "使用合作网站账号登录",
                                  "Toggle navigation", "正常登录", "隐身登录", "您可以选择隐身登录，论坛会员将在用户列表看不到您的信息。",
                                  "欢迎关注微信公众号：好看的HK，第一时间掌握Java最新黑科技", "更多精彩资讯请点击 网易股票",
                                  "2019-09-07 15:10", "澎湃新闻报料：021-962866", "新闻报料热线：0571-85310000",
                                  "打开APP 查看更多精彩内容", "展开全文", "APP内打开", "客户端内阅读",
                                  # a WeChat post's opening prompt and a mirror's button, a site's claim, a news site's
                                  # footer lines and menu, a Discuz! forum's footer time (stored copies of real pages)
                                  "点击上方【蓝字】,关注我们", "点击上方“生态环境部”关注我们", "查看原文", "【文章由本站原创】",
                                  "本站违法和不良信息举报 联系邮箱: 5855973@qq.com", "关于我们| 客服中心| 广告服务| 建站服务| 联系我们",
                                  "GMT+8, 2025-1-5 06:28", "400-052-0066 欢迎批评指正"])
def test_more_furniture(line: str) -> None:
    text = f"{CONFERENCE}\n{line}"
    assert clean.remove_disclaimers(clean.remove_page_furniture(text)) == CONFERENCE


@pytest.mark.parametrize("line", ["市民可通过“健康深圳”微信公众号预约接种。", "感谢您的反馈，您反映的问题已转交市交通运输局办理。",
                                  "回复：您好，您反映的问题已转交相关部门处理。",
                                  "申请人可登录广东政务服务网或下载“粤省事”APP，在线提交申请材料，审核通过后即可领取电子证照，无需到窗口办理。",
                                  "更多详情请登录市生态环境局网站查询。", "请关注“深圳卫健委”公众号发布的最新消息。",
                                  "据报料人称，该企业夜间偷排污水，执法人员已赶赴现场。",
                                  # a bureau's hotline for reporting polluters, and a sentence naming the internet's
                                  "市民如发现环境违法行为，可拨打12369环保举报电话反映，我局将依法查处并对举报人信息严格保密。",
                                  "公众可通过违法和不良信息举报中心网站进行举报。",
                                  "点击上方的按钮即可关注活动进展，报名截止时间为本月底，逾期不再受理。",
                                  # sentences opening with a breadcrumb's label
                                  "当前位置不适合建设该项目，建议另行选址。", "您的位置将被严格保密，请放心举报。",
                                  # a notice's short instruction to use an app or a QR code for a service
                                  "市民可下载“浙里办”APP，在线办理公积金提取业务。", "扫描下方二维码即可报名参加活动。",
                                  "请扫描二维码填写问卷，截止时间为5月31日。",
                                  # a project's filing number, a licence's regulation: no footer's
                                  "该项目已在投资项目在线审批监管平台完成备案，备案号为2403-330100-04-01-123456。",
                                  "项目备案号：2403-330100-04-01-123456",
                                  "根据《信息网络传播视听节目许可证管理办法》，未取得许可证的单位不得从事相关业务。"])
def test_a_sentence_naming_an_account_or_thanking_for_feedback_stays(line: str) -> None:
    text = f"{CONFERENCE}\n{line}"
    assert clean.remove_page_furniture(text) == text


@pytest.mark.parametrize("line", ["上一篇报道中提到的问题，目前已全部整改到位。", "相关新闻发布会将于下周召开，届时将通报有关情况。",
                                  "打印机、复印机等办公设备应当按规定报废处置，不得随意丢弃。",
                                  "扫码关注后即可参与有奖问答活动，活动截止时间为本月底。"])
def test_a_sentence_opening_with_a_navigation_word_stays(line: str) -> None:
    text = f"{CONFERENCE}\n{line}"
    assert clean.remove_navigation(text) == text


@pytest.mark.parametrize("line", ["上一篇：坚持生态优先，推动绿色发展", "下一篇 市生态环境局召开警示教育大会", "相关新闻",
                                  "扫一扫在手机打开当前页", "分享到：", "【打印】", "点击查看原文", "点击进入专题："])
def test_navigation_lines_go(line: str) -> None:
    assert clean.remove_navigation(f"{CONFERENCE}\n{line}") == CONFERENCE


def test_a_long_paragraph_starting_with_the_breadcrumb_stays() -> None:
    text = "当前位置：首页->军事技术 飞行物理学常识 飞行归因于作用在飞机上的几个力。第一个是飞机的重量，即将飞机拉向地面的重力。"
    assert clean.remove_page_furniture(text) == text


def test_a_forum_thread_index_is_furniture() -> None:
    text = f"{CONFERENCE}\n参与旅行社的一般都是弱势群体……【梅骏！】08-11 16:58 138字 [140/0] 斑竹啊，你们是要故事？【黑眼圈猫猫】08-11 17:03 0字 [127/1]"
    assert clean.remove_page_furniture(text) == CONFERENCE


# --- what reposting sites add (the exact-merge issue) ---


@pytest.mark.parametrize("shown, stored", [
    ("【转载】全省生态环境工作会议召开", "全省生态环境工作会议召开"),
    ("重磅！【最新】全省生态环境工作会议召开", "全省生态环境工作会议召开"),
    ("最新：全省生态环境工作会议召开", "全省生态环境工作会议召开"),
    ("最新研究显示空气质量持续改善", "最新研究显示空气质量持续改善"),
    ("【重磅】", "【重磅】"),
])
def test_headline_prefixes(shown: str, stored: str) -> None:
    assert clean.remove_headline_prefixes(shown) == stored


# --- portal blocks and credits (the extraction-quality issue; lines from the portals' pages) ---

@pytest.mark.parametrize("line", ["为您推荐", "- 推荐", "推荐新闻", "热点新闻", "跟贴排行", "点击排行", "加载更多新闻", "- 相关文章", "- 最新报道",
                                  "相关热门文章", "·最新评论·", "相关专题", "热门标签", "相关标签", "标签云", "小编最近文章", "作者其他文章", "TA的文章", "往期回顾", "24小时热文", "大家都在看", "我来说两句", "共 条评论", "诗人热力榜", "more>", "更多>>",
                                  "热门问答更多", "推荐医院更多"])
def test_a_portals_block_headings(line: str) -> None:
    assert clean.remove_navigation(f"{CONFERENCE}\n{line}") == CONFERENCE


@pytest.mark.parametrize("line", ["排行榜前十的城市中，广州的空气质量改善幅度最大。", "推荐各地借鉴这一做法。", "通知",
                                  "即日起，市民可通过扫描下方二维码进入预约系统，选择办理时段和网点，预约成功后凭短信到现场办理业务，无需排队等候。",
                                  "在模板中写入{Content}占位符，系统会在发布时把它替换为正文内容，编辑只需维护一份模板。",
                                  "想了解更多，请拨打12345。", "作者的文章发表在《环境科学》上。", "大家都在看的这部纪录片讲述了长江保护的故事。"])
def test_prose_and_headings_that_start_alike_stay(line: str) -> None:
    text = f"{CONFERENCE}\n{line}"
    assert clean.remove_page_furniture(clean.remove_navigation(text)) == text


@pytest.mark.parametrize("line", ["易信", "用微信扫码二维码", "登录超时，稍后再试", "免注册 快速登录", "通行证: 密码: 注册通行证", "邮政编码：100101",
                                  "电子信箱：gsc@igsnrr.ac.cn", "电 话：010-64870663", "- CSDN官方微信", "- 微信号：CSDNnews", "微博关注",
                                  "更多猛料！欢迎扫描左方二维码关注新浪新闻官方微信（xinlang-xinwen）",
                                  "举报原因（必填）：", "色情低俗", "其他不良信息", "请详细阐明具体原因：", "验证码不正确!",
                                  "{AddTime}", "网友:{AddUser}", "举报/反馈", "举报", "地 址：北京市朝阳区大屯路甲11号", "豆瓣网"])
def test_share_login_and_contact_boxes(line: str) -> None:
    assert clean.remove_page_furniture(f"{CONFERENCE}\n{line}") == CONFERENCE


def test_a_notices_own_address_line_stays() -> None:
    # The footer's contact box spaces its labels (地 址, 电 话); a notice's venue does not.
    text = f"{CONFERENCE}\n地址：长春市人民大街7699号"
    assert clean.remove_page_furniture(text) == text


SITE_CONTACT_BOX = "地 址：北京市朝阳区大屯路甲11号\n邮政编码：100101\n电子信箱：gsc@igsnrr.ac.cn\n电 话：010-64870663\n传 真：010-64870663"


@pytest.mark.parametrize("text, kept", [
    # The site's box under the article (gne's 中国地理学会 page) or its banner above it (seed 001).
    (f"{CONFERENCE}\n{SITE_CONTACT_BOX}", CONFERENCE),
    (f"联系电话027-87056280\n{CONFERENCE}", CONFERENCE),
    # an address beside the box's other lines, its label not spaced out
    (f"{CONFERENCE}\n地址：济南市历下区龙奥北路1号\n联系电话：0531-12345678", CONFERENCE),
])
def test_the_sites_contact_box_goes(text: str, kept: str) -> None:
    assert clean.remove_page_furniture(text) == kept


@pytest.mark.parametrize("text", [
    # A contact person before the lines (CWCED 2168485b, the 中国经济学年会's 会务组).
    f"{CONFERENCE}\n会务组负责人联系方式：\n项虹 老师\n电话：022-23508981\n传真：022-23500216",
    f"{CONFERENCE}\n联系人：张三\n联系电话：0571-87654321\n邮编：310012",
    f"{CONFERENCE}\n联系人：张三\n地址：杭州市西湖区学院路77号\n联系电话：0571-87654321",
    # A 公示's request to get in touch, then its number.
    f"{CONFERENCE}\n公示期间如有异议，请以书面形式向我局反映。\n联系电话：0571-87654321",
    # Within the text: the issuer and the date follow (CWCED 0df12126's 报名地点 has its 邮政编码 and 联系电话).
    f"{CONFERENCE}\n邮政编码：100027\n联系电话：010-84488961\n杭州市生态环境局\n2024年3月5日",
])
def test_a_notices_own_contact_lines_stay(text: str) -> None:
    assert clean.remove_page_furniture(text) == text


@pytest.mark.parametrize("line", [
    "【免责声明】本文仅代表作者本人观点，与和讯网无关。和讯网站对文中陈述、观点判断保持中立。",
    "本文为CSDN原创文章，未经允许不得转载，如需转载请联系market#csdn.net(#换成@)",
    "- 请支持独立网站，转发请注明本文链接：https://www.guancha.cn/WangWen/2019_09_07_516804.shtml",
    # The same notes in other sites' wording: a bracketed 版权声明, 须 for 请, 的 inserted, 立场 for 观点.
    "【版权声明】本文为本站原创，转载须注明出处。",
    "本网站所收集的部分公开资料来源于互联网，转载的目的在于传递更多信息及用于网络分享，并不代表本站赞同其观点和对其真实性负责。",
    "特别提示：本信息由相关单位提供，不代表本网站立场。",
    # finance portals' risk notices
    "投资有风险，入市需谨慎。", "（本文仅供参考，不构成投资建议）", "风险提示：投资有风险，入市需谨慎。本文不构成投资建议。",
    "温馨提示：以上内容仅为信息传播之需要，不作为投资参考，网贷有风险，投资需谨慎！",
    # a content farm's credit to the web and its reprint terms
    "文章来自：网络整理", "内容来源于网络", "转载请保留本文链接：https://www.fanwen.example.com/a/53430.html",
    "内容来自用户分享和网络整理，不保证内容的准确性，如有侵权内容，可联系管理员处理。",
])
def test_more_disclaimers(line: str) -> None:
    assert clean.remove_disclaimers(f"{CONFERENCE}\n{line}") == CONFERENCE


@pytest.mark.parametrize("line", [
    "特别声明", "本文为政务等机构在澎湃新闻上传并发布，仅代表该机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。",
    "发送邮件至zhengwu@thepaper.cn申请加入澎湃政务号或媒体团",
])
def test_a_platforms_notice_under_a_government_accounts_post(line: str) -> None:
    assert clean.remove_disclaimers(f"{CONFERENCE}\n{line}") == CONFERENCE


@pytest.mark.parametrize("prompt", ["(本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP)", "返回腾讯网首页>>",
                                    # a digest's link to each item's story, as portals copy 生态环境部一周要闻
                                    "更多内容,点击阅读", "更多内容，点击阅读>>"])
def test_a_prompt_run_into_a_paragraph_goes_and_the_paragraph_stays(prompt: str) -> None:
    assert clean.remove_links_run_into_lines(f"{CONFERENCE}{prompt}\n{CONFERENCE}") == f"{CONFERENCE}\n{CONFERENCE}"


@pytest.mark.parametrize("heading, kept", [("历史沿革[编辑]", "历史沿革"), ("2001－现在：独立发展[编辑]", "2001－现在：独立发展"),
                                           ("注释[编辑 | 编辑源代码]", "注释")])
def test_a_wiki_headings_edit_link_goes(heading: str, kept: str) -> None:
    assert clean.remove_links_run_into_lines(f"{heading}\n{CONFERENCE}") == f"{kept}\n{CONFERENCE}"


def test_a_line_that_was_only_such_a_link_goes() -> None:
    assert clean.remove_links_run_into_lines(f"{CONFERENCE}\n返回首页>>\n[编辑]\n{CONFERENCE}") == f"{CONFERENCE}\n{CONFERENCE}"


@pytest.mark.parametrize("line", [f"{CONFERENCE}（记者 张三）", "请登录“浙里办”APP（下载地址见文末）办理。", "（图片来源：粤省事APP截图）",
                                  "[责任编辑：王萌]", "【编辑】", "欢迎广大市民点击阅读", "市民可登录网站点击查看详情"])
def test_a_paragraphs_own_bracket_stays(line: str) -> None:
    assert clean.remove_links_run_into_lines(line) == line


ARTICLE = "\n".join([CONFERENCE] * 7)  # past the length the end marker needs before it


def test_text_after_the_editors_line_goes() -> None:
    text = f"{ARTICLE}\n责任编辑：杨倩_NF4425\n易信\n[网易山东省德州市手机网友]\n房地产公司开始完蛋了"
    assert clean.remove_text_after_the_article_end(text) == f"{ARTICLE}\n责任编辑：杨倩_NF4425"
    chain = f"{ARTICLE}\n编辑 刘晓阳 校对 李铭\n- 146360特斯拉电动皮卡两天订单量18.7万辆"
    assert clean.remove_text_after_the_article_end(chain) == f"{ARTICLE}\n编辑 刘晓阳 校对 李铭"
    coded = f"{ARTICLE}\n[责任编辑：杨岚 PN068]\n特别声明：以上文章内容仅代表作者本人观点。\n大家都在看"
    assert clean.remove_text_after_the_article_end(coded) == f"{ARTICLE}\n[责任编辑：杨岚 PN068]"
    reporters = f"{ARTICLE}\n新京报记者 张三 编辑 李四 校对 王五\n热门推荐"
    assert clean.remove_text_after_the_article_end(reporters) == f"{ARTICLE}\n新京报记者 张三 编辑 李四 校对 王五"


def test_the_site_footer_under_a_short_text_goes() -> None:
    notice = "现将第三批建设项目环评审批意见予以公告。\n附件：审批意见一览表.xlsx\n盘锦市生态环境局双台子分局\n2024年10月11日"
    footer = "主办单位：盘锦市双台子区人民政府 网站标识码：2111020001 辽ICP备12345678号"
    assert clean.remove_text_after_the_article_end(f"{notice}\n{footer}") == notice
    # under a sentence however short (a photo's caption) the footer goes too; under no sentence nor notice it stays
    caption = "10月11日，县森林防灭火指挥部在株潭镇开展秋季森林防火应急演练。"
    assert clean.remove_text_after_the_article_end(f"{caption}\n{footer}") == caption
    menu = "首页\n政务公开\n通知公告"
    assert clean.remove_text_after_the_article_end(f"{menu}\n{footer}") == f"{menu}\n{footer}"


def test_the_site_footer_under_a_notice_of_attachments_goes() -> None:
    notice = "附件：2024年第二批审批结果一览表.xlsx"
    footer = "主办：万载县人民政府 承办：万载县人民政府办公室 技术支持：维网科技\n中文域名：万载政府网.政务 赣ICP备11002306号"
    assert clean.remove_text_after_the_article_end(f"{notice}\n{footer}") == notice
    # the footer's lines naming the owner above its registration line go with it
    owner = "主办单位：内蒙古自治区人民政府主办\n承办单位：内蒙古自治区人民政府办公厅承办\n蒙ICP备05000248号"
    assert clean.remove_text_after_the_article_end(f"{notice}\n{owner}") == notice


@pytest.mark.parametrize(("text", "notice"), [
    ("附件：\n名单.xlsx", True),
    ("现将有关事项通知如下，请认真贯彻执行。\n附件：名单.xlsx", True),
    # an annex's number parted from its file's link, and the issuer's signature
    ("附件：1.\n申报书.docx\n2.\n汇总表.xls\n某某市发展和改革委员会\n2021年4月7日", True),
    ("1.申报书.pdf\n2.汇总表.doc", True),
    # a menu's or a list's line, a sentence without its full stop, no attachment at all
    ("附件：名单.xlsx\n首页\n通知公告", False),
    ("附件：名单.xlsx\n请各单位认真贯彻执行", False),
    ("现将有关事项通知如下。\n某某市人民政府\n2024年1月5日", False),
    # more files than a notice's annexes: a download list
    ("\n".join(f"{n}.申请表{n}.doc" for n in range(1, 13)), False),
])
def test_a_notice_whose_text_is_its_attachments(text: str, notice: bool) -> None:
    assert clean.is_notice_of_attachments(text) is notice


@pytest.mark.parametrize(("text", "joined"), [
    ("附件：1.\n申报书.docx\n2.\n汇总表.xls", "附件：1.申报书.docx\n2.汇总表.xls"),
    ("附件：\n（1）\n名单.pdf", "附件：\n（1）名单.pdf"),
    # a number before no file's line, and two numbers on lines of their own, stay as they are
    ("(1)\n中毒\n(2)\n2010年", "(1)\n中毒\n(2)\n2010年"),
    ("附件：1.\n附件：2.\n名单.pdf", "附件：1.\n附件：2.名单.pdf"),
])
def test_an_annex_number_joins_its_files_line(text: str, joined: str) -> None:
    assert clean.join_annex_numbers_to_their_files(text) == joined


def test_the_site_footer_under_a_notice_goes_once_what_was_around_it_is_gone() -> None:
    notice = "附件：\n2021年保定市第一批市级重点建设项目名单.docx"
    assert clean.remove_site_footer_under_a_notice(f"{notice}\n政府网站标识码1306000033") == notice
    signed = "现将审批意见予以公告。\n某某市生态环境局\n2024年10月11日"
    assert clean.remove_site_footer_under_a_notice(f"{signed}\n冀ICP备19036546号-1\n冀公网安备 13060202000885号") == signed
    # under a text that is no such notice the footer is left to the other steps (a brief's footer line may be its own)
    brief = "市生态环境局召开会议\n附件：名单.xlsx"
    assert clean.remove_site_footer_under_a_notice(f"{brief}\n政府网站标识码1306000033") == f"{brief}\n政府网站标识码1306000033"


def test_attachments_listed_after_the_editors_line_stay() -> None:
    text = f"{ARTICLE}\n责任编辑：张三\n附件：1.2023年重点任务清单.pdf\n相关新闻\n附件2：申报表.docx"
    assert clean.remove_text_after_the_article_end(text) == (
        f"{ARTICLE}\n责任编辑：张三\n附件：1.2023年重点任务清单.pdf\n附件2：申报表.docx")


@pytest.mark.parametrize("tail, kept", [
    # 新华网: the button, then the editor's line; the portal's cards after them.
    ("【纠错】\n【责任编辑:张樵苏】\n新闻评论\n热帖", "【责任编辑:张樵苏】"),
    ("【纠错】 【责任编辑:王頔】\n下一页", "【责任编辑:王頔】"),
    ("【纠错】\n新闻评论\n热帖\n热词", None),
    ("【我要纠错】\n打印\n关闭", None),
])
def test_the_error_report_button_ends_the_article_and_goes(tail: str, kept: str | None) -> None:
    assert clean.remove_text_after_the_article_end(f"{ARTICLE}\n{tail}") == "\n".join(filter(None, [ARTICLE, kept]))


def test_an_error_report_button_under_a_brief_is_furniture() -> None:
    brief = "新华社北京11月17日电 记者17日从国家卫生健康委获悉，相关部门持续保障人民群众临床用药需求。"
    assert clean.remove_page_furniture(f"{brief}\n【纠错】") == brief


@pytest.mark.parametrize("heading", ["网友评论仅供其表达个人看法，并不表明网易立场。", "目前没有热门跟贴", "最新评论",
                                     "全部评论（12）", "我要评论", "共 8 条评论", "最热评论", "文章评论", "新闻评论"])
def test_the_comment_box_ends_the_article(heading: str) -> None:
    comments = "只要不让它们把钱转移出去。。。。肉烂在锅里问题不大。\n这群人那个身边没有智囊？"
    assert clean.remove_text_after_the_article_end(f"{ARTICLE}\n{heading}\n{comments}") == ARTICLE


@pytest.mark.parametrize("footer", [
    "版权所有 湖南省中医药研究院附属医院 Copyright © 2018 All rights reserved. 湘ICP备14002927号-5 湘公安网备号43010402000231号",
    "主办单位：某某市生态环境局 网站标识码：3302000012 浙公网安备 33020302000123号",
    "京ICP证000009号",
    # 新华报业's footer, under its reposts of city papers' stories.
    "互联网新闻信息服务许可证32120170004 视听节目许可证1008318号 广播电视节目制作经营许可证苏字第394号",
    # Copyright lines with no registration number, after a footer's links (sina 2005, wenxuecity 2005).
    "新浪简介 | About Sina | 广告服务 | 联系我们 | 招聘信息 | 网站律师 | SINA English | 产品答疑 Copyright © 1996 - 2005 SINA Inc. All Rights Reserved 版权所有 新浪网",
    "Copyright © 2005 wenxuecity.com. All Rights Reserved. WENXUECITY.COM does not represent or guarantee the truthfulness",
    "版权所有 © 2018 某某市生态环境局"])
def test_the_site_footers_registration_line_ends_the_article(footer: str) -> None:
    contact = "医院地址：湖南省长沙市麓山路58号 24小时急救电话：0731-88866120\n传真：0731-88854265 联系邮箱： zyyfy2016@163.com"
    assert clean.remove_text_after_the_article_end(f"{ARTICLE}\n{footer}\n{contact}") == ARTICLE


@pytest.mark.parametrize("footer", [
    # 内蒙古自治区人民政府's mobile footer: owner and operator a line each above the registration lines.
    "主办单位：内蒙古自治区人民政府主办\n承办单位：内蒙古自治区人民政府办公厅承办\n蒙ICP备05000248号 蒙公网安备 15010502000333号\n政府网站标识码：1500000001",
    # 秦皇岛市应急管理局's: the owner beside the address, then the telephone beside the filing number.
    "主办：秦皇岛市应急管理局 地址：秦皇岛市燕山大街109号\n电话： 0335-3650560 冀公网安备： 13030202002230\n网站标识码： 1303000020 邮政编码： 066001",
    # 湖南省市场监督管理局's: the copyright holder, the contact box, then the filing numbers.
    "版权所有：湖南省市场监督管理局\n地 址：湖南省长沙市芙蓉南路二段118号\n邮 编：410004\n电 话：0731-8569300\n公安机关备案号：43010302000524\n网站标识码：4300000077",
    # 新华报业's: its address, postcode and telephone on one line above its licences.
    "地址：南京市建邺区江东中路369号新华报业传媒广场 邮编：210092 联系我们：025-96096(24小时)\n互联网新闻信息服务许可证32120170004 视听节目许可证1008318号",
    # A footer's line naming who runs and who built the site ends the article with no registration line after it
    # (万载县's, 袁州区's).
    "主办：万载县人民政府 承办：万载县人民政府办公室 技术支持：维网科技",
    "主办：袁州区人民政府 承办：袁州区人民政府办公室 技术支持：袁州区信息服务中心\n电子邮件：yzq@yzq.gov.cn 邮编：336000"])
def test_the_site_footers_lines_naming_its_owner_go_with_it(footer: str) -> None:
    assert clean.remove_text_after_the_article_end(f"{ARTICLE}\n{footer}") == ARTICLE


def test_a_notices_contact_lines_above_the_footer_stay() -> None:
    """The contact person and telephone closing a notice are its own; the footer begins at its owner's line."""
    notice = f"{ARTICLE}\n如有异议，请与我局联系。\n联系人：张三\n联系电话：0571-12345678"
    footer = "主办单位：某某市生态环境局\n浙ICP备12345678号"
    assert clean.remove_text_after_the_article_end(f"{notice}\n{footer}") == notice


@pytest.mark.parametrize("organisers", [
    # A notice's organisers, a line each, closing it: no footer.
    "主办单位：中国环境科学学会\n承办单位：某某大学环境学院\n技术支持：某某环境监测中心",
    # The same with the conference's address and telephone, and no registration line after them.
    "主办单位：中国环境科学学会 承办单位：某某大学环境学院\n地址：某某市人民路1号 联系电话：0571-12345678"])
def test_a_notices_organisers_are_no_footer(organisers: str) -> None:
    text = f"{ARTICLE}\n{organisers}"
    assert clean.remove_text_after_the_article_end(text) == text


@pytest.mark.parametrize("lines", [
    # The same address and telephone with no footer above them are the notice's own.
    "联系地址：湖南省长沙市麓山路58号 联系电话：0731-88866120",
    # A licence named in a sentence, without its number.
    "未取得京ICP证的网站不得从事互联网信息服务。\n对违反规定的，由电信管理机构责令改正。",
    "申请互联网新闻信息服务许可证，应当具备下列条件：\n（一）在中华人民共和国境内依法设立的法人；",
    # A sentence naming a licence with its number.
    "该网站的互联网新闻信息服务许可证编号为11120170001。\n网信部门已依法吊销其许可证。",
    # A picture's credit reserves nothing; a sentence on copyright is the article's.
    "图为市区夜景。© 2019 Getty Images\n夜间经济成为城市消费的新增长点，业内人士表示还有很大空间。",
    "法院认定，被告网站页面标注“Copyright © 2015 版权所有”并不能证明其享有著作权。\n该案二审维持原判。",
    # A 政府网站工作年度报表's data table.
    "| 网站名称 | 某某市人民政府门户网站 |\n| 网站标识码 | 3302000012 |\n| ICP备案号 | 浙ICP备05001234号 |\n| 独立用户访问总量（单位：个） | 3284410 |"])
def test_text_after_no_footer_stays(lines: str) -> None:
    text = f"{ARTICLE}\n{lines}"
    assert clean.remove_text_after_the_article_end(text) == text


def test_page_furniture_above_a_comment_link_is_not_text_enough_to_end_on() -> None:
    # A toolbar's "评论" under 200 characters of menus and share buttons is no comment box after an article.
    furniture = "\n".join(["首页 新闻 财经 体育 娱乐 科技 汽车 房产 教育 旅游 健康 文化 军事 时尚"] * 6)
    text = f"{furniture}\n评论\n{ARTICLE}"
    assert clean.remove_text_after_the_article_end(text) == text


# The 吉林 government's 政府信息公开 table, as trafilatura writes it for a short notice (CWCED e8847578).
JILIN_INFORMATION_TABLE = ("索 引 号：\n11220000013544357T/2022-00426\n分 类：\n环境监测、保护与治理;通告\n发文机关：\n吉林省人民政府\n"
                           "成文日期：\n2022年01月27日\n标 题：\n吉林省人民政府关于禁止在吉林省嫩江干流补充治理工程建设征占地范围内新增建设项目和迁入人口的通告\n"
                           "发文字号：\n吉政明电〔2022〕1号\n发布日期：\n2022年01月28日")


def test_an_information_table_goes_wherever_it_is_written() -> None:
    notice = "吉政明电〔2022〕1号\n为做好吉林省嫩江干流补充治理工程建设，确保工程前期建设征地实物调查工作顺利进行，现就有关事项通告如下："
    text = f"{JILIN_INFORMATION_TABLE}\n{JILIN_INFORMATION_TABLE}\n{notice}"
    assert clean.remove_information_tables(text) == notice
    # Fields on one line each, as other CMSs write them.
    assert clean.remove_information_tables(f"发文机关：国务院\n成文日期：2024年3月10日\n发文字号：国发〔2024〕3号\n{notice}") == notice
    # Written in rows, its labels spaced to one width, as a layout of labels and values becomes.
    rows = ("| 索 引 号： | 11330100002482052T/2024-00123 | 发布机构： | 市生态环境局 |\n"
            "| 名 称： | 关于印发《2024年全市生态环境保护工作要点》的通知 |\n| 文 号： | 某环发〔2024〕12号 | 生成日期： | 2024-02-20 |")
    assert clean.remove_information_tables(f"{rows}\n{notice}") == notice


def test_a_data_tables_header_naming_fields_stays() -> None:
    # A table of documents heads its columns with the same words, without colons.
    table = "| 序号 | 名称 | 文号 | 发布日期 |\n| 1 | 关于印发《2024年全市生态环境保护工作要点》的通知 | 某环发〔2024〕12号 | 2024-02-20 |"
    assert clean.remove_information_tables(f"{CONFERENCE}\n{table}") == f"{CONFERENCE}\n{table}"


def test_the_text_under_a_tables_empty_last_field_stays() -> None:
    notice = "为做好吉林省嫩江干流补充治理工程建设，确保工程前期建设征地实物调查工作顺利进行，现就有关事项通告如下："
    text = f"发文机关：\n吉林省人民政府\n发文字号：\n吉政明电〔2022〕1号\n发布日期：\n{notice}"
    assert clean.remove_information_tables(text) == notice


def test_a_documents_own_field_lines_stay() -> None:
    # Two fields are no table: a notice may state its date and issuer.
    text = f"{CONFERENCE}\n发布日期：2024年3月10日\n发文机关：示例市人民政府"
    assert clean.remove_information_tables(text) == text


def test_a_last_crumb_after_its_separator_and_a_close_button_go() -> None:
    assert clean.remove_breadcrumbs(f">> 政府信息公开基础平台\n{CONFERENCE}") == CONFERENCE
    assert clean.remove_page_furniture(f"X\n{CONFERENCE}") == CONFERENCE
    # The 吉林 CMS's buttons for the document's other formats; an attachment's line names its file.
    assert clean.remove_page_furniture(f"{CONFERENCE}\npdf下载\nword下载\n【下载PDF版】") == CONFERENCE
    attachment = f"{CONFERENCE}\n附件：2022年嫩江干流补充治理工程征占地范围.pdf"
    assert clean.remove_page_furniture(attachment) == attachment


def test_an_editors_credit_in_brackets_ends_the_article_and_names_the_editor() -> None:
    # 松花江网's repost of a 光明日报 story, closing with the newspaper group's reprint policy.
    policy = ("二、对侵犯江城日报社(包括《江城日报》、《江城晚报》、松花江网、吉林乌拉圈等)著作权益的违法行为，本报社将采取一切合法措施，"
              "追究行为人的侵权责任，包括但不限于公开谴责、向国家版权行政管理部门举报、提起诉讼等；\n陈律师（法律顾问）0432-62099222")
    text = clean.remove_text_after_the_article_end(f"{ARTICLE}\n《光明日报》（ 2022年02月13日 02版）\n（松花江网编辑 孙桂芳）\n{policy}")
    assert text == f"{ARTICLE}\n《光明日报》（ 2022年02月13日 02版）\n（松花江网编辑 孙桂芳）"
    body, stated = attribution.split_attribution(text)
    assert stated.editor == "孙桂芳" and body == f"{ARTICLE}\n《光明日报》（ 2022年02月13日 02版）"
    # A video's editor, credited under a video within the text, ends nothing.
    video = f"{ARTICLE}\n（视频编辑：张琳）\n{CONFERENCE}"
    assert clean.remove_text_after_the_article_end(video) == video


def test_an_editors_line_under_a_summary_ends_nothing() -> None:
    # A summary of a brief's length above the editor's line, the article's sentences below it.
    summary = ("导语：全省生态环境保护工作会议今天在广州召开，会议总结了去年全省生态环境保护工作，"
               "部署了今年的重点任务，对打好污染防治攻坚战提出了明确要求。")
    text = f"{summary}\n责任编辑：刘响\n{ARTICLE}"
    assert clean.remove_text_after_the_article_end(text) == text


def test_an_editors_line_above_the_text_ends_nothing() -> None:
    text = f"- 原标题：全省生态环境保护工作会议召开\n- 责任编辑: 刘响\n{ARTICLE}"
    assert clean.remove_text_after_the_article_end(text) == text


@pytest.mark.parametrize("line, names", [("文/图 刘玺东 易赛楠", "刘玺东 易赛楠"), ("腾讯新闻《棱镜》作者 周纯", "周纯"),
                                         ("作者｜周纯 编辑｜王一", "周纯"), ("作者 周纯 编辑 王一", "周纯"),
                                         ("[作者: 刘满仓 责任编辑: 杨丹宇 ]", "刘满仓"), ("作者︱春春", "春春"),
                                         ("作者丨春春丨编辑丨王一", "春春"), ("文丨政能亮特约评论员 韩涵", "政能亮特约评论员 韩涵"),
                                         ("《精益创业》作者 Eric Ries 在 Hacker News 举办 AMA", None),
                                         ("该书作者 张三认为这是好事，", None)])
def test_labelled_authors(line: str, names: str | None) -> None:
    match = lexicon.LABELLED_AUTHOR.search(line)
    assert (match["names"] if match else None) == names


@pytest.mark.parametrize("line", ["版权所有者有权要求侵权人停止侵权、赔偿损失。", "该作品的版权所有人为市文化馆。"])
def test_a_sentence_naming_the_copyright_holder_is_no_copyright_line(line: str) -> None:
    assert clean.remove_disclaimers(f"{CONFERENCE}\n{line}") == f"{CONFERENCE}\n{line}"


@pytest.mark.parametrize("tail", ["跟贴热词：", "关键词阅读：\n跟贴热词：", "词条标签：", "关键字：\nLPR",
                                  "关键词阅读： 汇丰 服务业PMI", "标签：\n生态环境\n大气污染防治\n标签：",
                                  "关键词 >> 新型冠状病毒,新冠病毒,味觉嗅觉丧失,预测指标,澎湃",
                                  # a content farm's row under a copy, and DedeCMS's
                                  "热门标签：生态环境 工作会议 巴彦淖尔", "相关标签：\n生态环境\n政协", "TAG标签：生态环境 政协"])
def test_labels_and_tags_ending_the_text_go(tail: str) -> None:
    assert clean.remove_labels_at_the_end(f"{CONFERENCE}\n{tail}") == CONFERENCE


@pytest.mark.parametrize("tail", ["以下为公告：", "附：", "主要内容如下：", "关键词：电子商务；物流配送；对策",
                                  "关键字：\n会议强调，要深入打好污染防治攻坚战。", "联系人：\n张明"])
def test_what_announces_more_or_is_a_sentence_stays_at_the_end(tail: str) -> None:
    assert clean.remove_labels_at_the_end(f"{CONFERENCE}\n{tail}") == f"{CONFERENCE}\n{tail}"


def test_lines_of_bullets_alone_go_and_a_forms_blanks_stay() -> None:
    text = f"{CONFERENCE}\n·\n———\n* * *\n-\n：\n,\n】\n】【\n__________。\n）\n……\n{CONFERENCE}"
    assert clean.remove_blank_lines_and_padding(text) == f"{CONFERENCE}\n__________。\n）\n……\n{CONFERENCE}"


def test_summaries_of_story_cards_go_and_the_article_stays() -> None:
    cards = ["信報財經新聞8小時前重置城寨不如搞「港版環球影城」最新港產片《九龍城寨之圍城》熱播，好評如潮，不少人建議政府「復刻」該片的九龍城寨場景作為旅遊景點。",
             "經濟通1小時前滔搏盈利遜預期瑞銀發表報告指，滔搏2024財年盈利較預期弱。"]
    article = "路透月度調查顯示，日本企業信心5月保持穩定，但製造業及服務業反映，日圓疲弱帶來的通脹壓力正損害利潤。"
    text = f"{article}\n最新港產片《九龍城寨之圍城》熱播，好評如潮，不少人建議政府「復刻」該片的九龍城寨場景作為旅遊景點。\n8小時前\n瑞銀發表報告指，滔搏2024財年盈利較預期弱。"
    assert clean.remove_teaser_summaries(text, cards) == f"{article}\n8小時前"
    assert clean.remove_teaser_summaries(text, []) == text


def test_a_card_for_the_article_itself_keeps_its_lead() -> None:
    lead = "2月21日，2023年全省生态环境保护工作会议在广州召开，总结2022年工作，部署2023年重点任务。"
    cards = [f"全省生态环境保护工作会议召开{lead}2023-02-21", "省生态环境厅开展执法检查3月1日，省生态环境厅在全省开展执法检查。"]
    text = f"{lead}\n会议指出，要深入打好污染防治攻坚战。"
    assert clean.remove_teaser_summaries(text, cards, title="全省生态环境保护工作会议召开") == text
    assert clean.remove_teaser_summaries(text, cards) == "会议指出，要深入打好污染防治攻坚战。"


@pytest.mark.parametrize("title, sitename, no_headline", [
    (None, None, True), ("显示", None, True), ("1", None, True), ("世艺网>艺术教育", None, True), ("北医新闻网", None, True),
    ("中国地理学会官网", "中国地理学会官网", True),
    ("土豆不“土” 土豆无“土”", None, False), ("全省生态环境保护工作会议召开", "广东省生态环境厅", False),
    ("多维博客 » 播客热潮迅速蔓延 挑逗传统传媒业", None, False),  # the site's name, then the headline
])
def test_titles_that_name_no_headline(title: str | None, sitename: str | None, no_headline: bool) -> None:
    assert clean.names_no_headline(title, sitename) is no_headline


def test_placeholder_titles() -> None:
    # "北医新闻网" might be a headline ending in 网 (as "区块链赋能金融科技" ends in 科技): no placeholder.
    assert clean.is_placeholder_title("1", None) and clean.is_placeholder_title("世艺网>艺术教育", None)
    assert not clean.is_placeholder_title("北医新闻网", None)


@pytest.mark.parametrize("text, headline", [
    (f"犬儒病(上)\n——当代中国的精神危机 (上)\n{CONFERENCE}", "犬儒病(上)——当代中国的精神危机 (上)"),
    (f"对于Docker和Podman的一点使用经验\n{CONFERENCE}", "对于Docker和Podman的一点使用经验"),
    (f"【新春走基层】\n{CONFERENCE}", None),  # a kicker
    (f"一、基本情况\n{CONFERENCE}", None),  # a numbered section
    (f"来源：巴彦淖尔日报\n{CONFERENCE}", None),  # a label
    (CONFERENCE, None),  # a sentence
])
def test_a_headline_the_text_opens_with(text: str, headline: str | None) -> None:
    found, rest = clean.split_opening_headline(text)
    assert found == headline
    assert rest == (CONFERENCE if headline else text)


def test_link_block_headings_closing_the_text_go() -> None:
    headings = {"证券要闻", "行业动态", "公司新闻"}
    assert clean.remove_link_blocks_at_the_end(f"{CONFERENCE}\n证券要闻\n行业动态\n- 公司新闻", headings) == CONFERENCE
    # Only where they close the text: above it they may be the article's own lines.
    text = f"证券要闻\n{CONFERENCE}\n广东省生态环境厅"
    assert clean.remove_link_blocks_at_the_end(text, headings) == text


RELATED = clean.LinkTexts({"复盘A股惊魂30分真正原因", "沪指3周重挫近30%"})


@pytest.mark.parametrize("entries", [
    "- 复盘A股惊魂30分真正原因 2015/06/05",  # 网易's 关键词阅读: one related headline and its day
    "证券要闻\n- 复盘A股惊魂30分真正原因 2015/06/05",  # the heading it leaves closing the text goes too
    "复盘A股惊魂30分真正原因 (2015-06-05)\n沪指3周重挫近30% [06-04]",
])
def test_dated_related_entries_closing_the_text_go(entries: str) -> None:
    assert clean.remove_link_blocks_at_the_end(f"{CONFERENCE}\n{entries}", {"证券要闻"}, RELATED) == CONFERENCE


@pytest.mark.parametrize("closing", [
    "广东省生态环境厅\n2023年2月21日",  # a notice's signature and date: no link's text before the date
    "- 复盘A股惊魂30分真正原因",  # a link with no date: one 原文链接 may close an article
    "复盘A股惊魂30分真正原因，2015/06/05",  # a sentence naming the same words
    "沪指3周重挫近30% 1.2",  # a version, not a day
])
def test_a_texts_own_closing_lines_are_no_dated_entries(closing: str) -> None:
    text = f"{CONFERENCE}\n{closing}"
    assert clean.remove_link_blocks_at_the_end(text, {"证券要闻"}, RELATED) == text


CARD_LINKS = clean.LinkTexts({"【详细】", "[详细]", "详细>>"})
CARD = "致敬改革开放四十年，文化大家讲述亲历 《见证人》邀请文化艺术大家，分享其求艺之路的艺术探索与思想感悟。"


@pytest.mark.parametrize("cards", [
    f"{CARD} 【详细】\n文脉颂中华·书院@家国 媒体团一同实地走访六大书院。 [详细]",  # 人民网's 推荐阅读: two are enough
    f"推荐阅读\n{CARD}详细>>\n{CARD}详细>>",
    f"{CARD} 【详细】\n证券要闻\n{CARD} 【详细】",  # with a block's heading between them
])
def test_cards_ending_in_a_details_link_closing_the_text_go(cards: str) -> None:
    assert clean.remove_link_blocks_at_the_end(f"{CONFERENCE}\n{cards}", {"推荐阅读", "证券要闻"}, CARD_LINKS) == CONFERENCE


@pytest.mark.parametrize("closing", [
    f"{CARD} 【详细】\n{CONFERENCE}",  # above the text's last line it may be the text's own
    "全文见生态环境部网站。[详细]",  # one alone: the article's last sentence pointing to its full text
    f"{CARD} 【详细】\n证券要闻",  # one alone, though a block's heading follows it (the heading goes)
    f"{CARD} 【详情】\n{CARD} 【详情】",  # a details link the page does not have: the words are the text's
    f"{CARD} 阅读全文>>",  # a share page's last paragraph shown, linking to the app's whole text
])
def test_a_texts_own_lines_ending_in_a_details_link_stay(closing: str) -> None:
    text = f"{CONFERENCE}\n{closing}"
    links = clean.LinkTexts({*CARD_LINKS.texts, "阅读全文>>"})
    assert clean.remove_link_blocks_at_the_end(text, {"推荐阅读", "证券要闻"}, links) == text.removesuffix("\n证券要闻")


def test_a_comment_counters_number_above_its_words_goes() -> None:
    assert clean.remove_page_furniture(f"{CONFERENCE}\n0\n人参与") == CONFERENCE
    assert clean.remove_page_furniture(f"{CONFERENCE}\n1938\n- 条评论") == CONFERENCE
    # A number above anything else is the text's (a table's last cell written as a line).
    table = f"{CONFERENCE}\n合计\n1234"
    assert clean.remove_page_furniture(table) == table


def test_a_notices_closing_date_is_no_leftover_time() -> None:
    text = f"{CONFERENCE}\n广东省生态环境厅\n2023年2月21日"
    assert clean.remove_page_furniture(text) == text


# --- paragraphs of a table cell or list item that trafilatura wrote as one line ---

CELL_PARAGRAPHS = ("8个月4轮谈判", "2004年9月，现代主动找到广汽旗下的骏威客车厂商谈合作，广汽和现代坐到了一起。",
                   "据记者采访了解，骏威客车是生产大客车的生产企业，通过与现代方面进一步商谈后才知道，现代提出的是商用车全方位合作。",
                   "“接触后发现，现代是希望商用车的全面合资合作。”广汽内部消息灵通人士称，广汽通过论证后，决定与现代就商用车方面进行全面合资合作。")


def test_a_cells_paragraphs_are_restored_where_the_page_starts_them() -> None:
    line = " ".join(CELL_PARAGRAPHS)
    assert clean.restore_paragraphs(line, [CELL_PARAGRAPHS]) == list(CELL_PARAGRAPHS)


def test_what_trafilatura_left_out_of_a_paragraph_costs_no_text() -> None:
    # A link's words missing from the line: the paragraph is found by its beginning, and the line is
    # only cut, so the words it does hold all stay.
    line = " ".join(CELL_PARAGRAPHS).replace("通过与现代方面进一步商谈后才知道，", "")
    restored = clean.restore_paragraphs(line, [CELL_PARAGRAPHS])
    assert len(restored) == 4 and clean.without_spaces("".join(restored)) == clean.without_spaces(line)
    # Missing from a paragraph's beginning, the break before it is not found: it stays with the one
    # before, still whole.
    line = " ".join(CELL_PARAGRAPHS).replace("现代主动找到", "")
    restored = clean.restore_paragraphs(line, [CELL_PARAGRAPHS])
    assert len(restored) == 3 and clean.without_spaces("".join(restored)) == clean.without_spaces(line)


def test_a_short_paragraph_is_looked_for_only_where_the_line_has_got_to() -> None:
    # "然而，" left out of the line but said again inside the next paragraph: met there, it would
    # carry the search past that paragraph's beginning, and the two would stay one line.
    block = (CELL_PARAGRAPHS[1], "然而，", "据记者采访了解，骏威客车是生产大客车的生产企业，通过与现代方面进一步商谈后才知道，现代提出的是商用车全方位合作，然而，广汽此前并无准备。",
             CELL_PARAGRAPHS[3])
    line = " ".join(paragraph for paragraph in block if paragraph != "然而，")
    assert clean.restore_paragraphs(line, [block]) == [paragraph for paragraph in block if paragraph != "然而，"]


def test_a_line_no_block_accounts_for_stays_one_line() -> None:
    line = " ".join(CELL_PARAGRAPHS)
    other = ("今年一季度，全市空气质量优良天数比例为85.6%，同比上升3.2个百分点。", "细颗粒物平均浓度同比下降8.1%。")
    assert clean.restore_paragraphs(line, [other]) == [line]
    # Two short beginnings met by chance in a long line are not its paragraphs.
    assert clean.restore_paragraphs(line, [("8个月4轮谈判", "据记者采访了解")]) == [line]


def test_a_list_item_holding_a_column_loses_its_item_mark() -> None:
    text = f"{CONFERENCE}\n- " + " ".join(CELL_PARAGRAPHS)
    assert clean.restore_flattened_items(text, [CELL_PARAGRAPHS]) == "\n".join([CONFERENCE, *CELL_PARAGRAPHS])


@pytest.mark.parametrize(("text", "title", "number"), [
    ("国务院关于积极推进“互联网+”行动的指导意见\n国发 〔2015〕40号\n各省、自治区、直辖市人民政府：", None, "国发〔2015〕40号"),
    ("各省、自治区、直辖市人民政府：", "国务院关于印发《2024年政务公开工作要点》的通知（国办发[2024]12号）", "国办发〔2024〕12号"),
    # Cited inside a sentence, it is another document's number.
    ("根据《国务院关于积极推进“互联网+”行动的指导意见》（国发〔2015〕40号）精神，现将有关事项通知如下。", None, None),
    ("各省、自治区、直辖市人民政府：", "关于开展2024年度检查的通知（第2号）", None)])
def test_a_document_number_stated_without_a_label(text: str, title: str | None, number: str | None) -> None:
    assert clean.stated_document_number(text, title) == number


@pytest.mark.parametrize(("title", "sitename", "expected"), [
    ("保定市人民政府网——保定市统筹推动城市和产业转型升级", "保定市人民政府网", "保定市统筹推动城市和产业转型升级"),
    ("某某市生态环境局 | 关于开展2024年环境执法检查的通知", "某某市生态环境局", "关于开展2024年环境执法检查的通知"),
    # The same words opening the headline, with no separator after them, are the headline's.
    ("保定市人民政府网站群建设工作会议召开", "保定市人民政府网", "保定市人民政府网站群建设工作会议召开"),
    ("保定市人民政府网——通知", "保定市人民政府网", "保定市人民政府网——通知"),
    ("保定市统筹推动城市和产业转型升级", None, "保定市统筹推动城市和产业转型升级")])
def test_the_sites_own_name_before_the_headline_goes(title: str, sitename: str | None, expected: str) -> None:
    assert clean.remove_site_name_prefix(title, sitename) == expected


@pytest.mark.parametrize(("text", "signed"), [
    ("经研究，决定：张三同志任某某市生态环境局局长。\n某某市人民政府\n2024年1月5日", True),
    ("现将有关事项通知如下。\n国务院办公厅\n二〇〇七年十一月六日", True),
    # A list's leftover: titles and dates, no sentence.
    ("关于开展安全检查的通知\n2024年1月5日\n关于春节放假安排的通知\n2024年1月3日", False),
    # A date closing a sentence's line is no signature.
    ("会议于2024年1月5日召开。\n某某市人民政府办公室于2024年1月5日印发。", False),
    # A notice publishing its attachments signs them off as one of sentences does.
    ("附件：审批意见一览表.xlsx\n盘锦市生态环境局双台子分局\n2024年10月11日", True)])
def test_a_notice_signed_by_its_issuer_and_dated(text: str, signed: bool) -> None:
    assert clean.is_signed_notice(text) is signed


@pytest.mark.parametrize("text, expected", [
    # the info line's source link, written on a line of its own above a short text
    ("人民网－财经频道\n人民网北京5月11日电 据国家统计局网站消息，4月份，全国居民消费价格同比上涨0.3%。",
     "人民网北京5月11日电 据国家统计局网站消息，4月份，全国居民消费价格同比上涨0.3%。"),
    # past the first sentence the same name is the text's (a signature)
    ("据国家统计局网站消息，4月份，全国居民消费价格同比上涨0.3%。\n人民网－财经频道",
     "据国家统计局网站消息，4月份，全国居民消费价格同比上涨0.3%。\n人民网－财经频道"),
    # a line that only holds the name among other words stays
    ("人民网－财经频道记者调查\n据国家统计局网站消息，4月份，全国居民消费价格同比上涨0.3%。",
     "人民网－财经频道记者调查\n据国家统计局网站消息，4月份，全国居民消费价格同比上涨0.3%。"),
    # with the city and the web address the info line sets after the origin's link (网易's 来源: <a>…</a>(上海))
    ("人民网－财经频道(北京)\n据国家统计局网站消息，4月份，全国居民消费价格同比上涨0.3%。",
     "据国家统计局网站消息，4月份，全国居民消费价格同比上涨0.3%。"),
    ("人民网－财经频道 (www.people.com.cn)(北京)\n据国家统计局网站消息，4月份，全国居民消费价格同比上涨0.3%。",
     "据国家统计局网站消息，4月份，全国居民消费价格同比上涨0.3%。"),
    # other words in the brackets are a line of the text's
    ("人民网－财经频道（专题：数据看中国）\n据国家统计局网站消息，4月份，全国居民消费价格同比上涨0.3%。",
     "人民网－财经频道（专题：数据看中国）\n据国家统计局网站消息，4月份，全国居民消费价格同比上涨0.3%。"),
])
def test_the_info_lines_values_above_the_text_go(text: str, expected: str) -> None:
    assert clean.remove_leading_field_values(text, ("人民网－财经频道", None, "人民网")) == expected




@pytest.mark.parametrize("title, expected", [
    # document-sharing sites' copies titled by their files (docduoduo.com, bdocx.com)
    ("山西省环境保护行政处罚实施规范.doc", "山西省环境保护行政处罚实施规范"), ("园林局城市绿化讲话全文.docx", "园林局城市绿化讲话全文"),
    ("2023年环境质量报告.PDF", "2023年环境质量报告"),
    # an extension in the headline's words, and one leaving no headline
    ("如何把.doc文件转换成PDF格式", "如何把.doc文件转换成PDF格式"), ("说明.doc", "说明.doc"),
])
def test_a_documents_file_extension_leaves_its_title(title: str, expected: str) -> None:
    assert clean.remove_file_extension(title) == expected
