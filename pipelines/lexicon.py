"""The patterns and word lists the cleaning steps use: data, kept in one place so they can be
maintained without touching the steps. Each list says what it matches and why.

Lines are paragraphs of extracted text. Patterns marked "line" match a whole paragraph that is
to be dropped; patterns marked "anchor" must start the paragraph.
"""
import re

# --- Invisible characters ------------------------------------------------------------------------
# Characters that show nothing, which copies interleave with a text's characters to defeat matching and which
# stray into pages' markup: zero-width spaces, non-joiners and joiners, the soft hyphen, the byte order mark, the
# word joiner and invisible operators, and direction marks and embeddings. A text read from the markup had them as
# spaces between every character (2 0 2 3 年) or kept them unseen. (The reading drops the joiner of an emoji
# sequence, 👨‍👩‍👧, all the same.)
INVISIBLE_CHARACTER = re.compile(r"[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")

# A comma a copy put before the text's own pause or stop, all through it, to defeat matching: hijacked copies of
# 新华社's stories (新华社记者张晓龙，、曲延函，、张啸诚 / 主峰，，盘羊 / 汲水，。; feifmx.com, j637.cn). Only after a
# character outside ASCII: a data line's empty field (2023,,45) stays.
INJECTED_COMMA = re.compile(r"(?<=[^\x00-\x7f])[,，](?=[，,、。；])")
# Fewer in a text than this are its typos (赞叹我中国，，畏服我中国, an old essay's), which are left as the page has them.
MIN_INJECTED_COMMAS = 3

# --- Gambling / casino SEO spam injected by hijacked sites (seed 001) -------------------------
# Strong: never found in the articles this archive collects; one hit marks a text as spam.
SPAM_STRONG_TERMS = (
    "真人视讯", "皇冠体育", "bet365", "WNS认证",
    # The betting brands whose SEO titles hijacked school and government sites carried in 2022–2025
    # ("开云体育(中国)官方网站", "九游会J9", "PG电子官方网站").
    # Whole brand names only: 半岛体育 and 华体会 alone are words of honest texts (山东半岛体育产业, 到中华体会…).
    "开云体育", "九游会J9", "九游会体育", "亚博体育", "天博体育", "乐鱼体育", "华体会体育", "米乐体育", "爱游戏体育",
    "必威体育", "betway", "雷竞技", "博鱼体育", "PG电子", "AG真人", "开元棋牌", "BOB体育",
    # The same campaigns' other brands ("澳门新葡萄京官网", "OB欧宝体育", "星空体育app下载").
    "新葡萄京", "OB体育", "欧宝体育", "星空体育",
    # More of their brands, whole: 江南体育, 米兰体育 and 沙巴体育 stay out (江南体育馆, AC米兰体育总监, 沙巴体育健儿;
    # 沙巴体育 is a weak term).
    "万博体育", "ManBetX", "火狐体育", "球盟会", "尊龙凯时", "凯发娱乐", "KY棋牌", "问鼎娱乐", "365bet",
    # and one written into a spun copy's sentences ("9月12日至13日IM体育app,生态情况部在浙江省绍兴市…"), with its
    # e-sports site (im电竞官网入口)
    "IM体育", "IM电竞",
    # 九游会 itself, which hijacks write with codes on either side (J9九游会·(中国)登录入口, “ag九游会登录j9入口”吉首…) and,
    # joined to AG's 亚游, into copied sentences (…分别对福建亚游九游会、河南…); the joined name goes whole (亚游 alone
    # is in 哥伦比亚游击队). See NOT_AFTER_A_TERM for 九游会员.
    "亚游九游会", "九游会",
    # The older campaigns' brands, which their mirrors' titles still carry ("乐虎国际官方网站", "亚洲必赢官网-欢迎您",
    # "188金宝搏app", "新利18luck体育官网", "凯发k8国际首页登录", "w88优德中文", "NG南宫28官网"): whole names again
    # (雷火 alone is a game studio, 南宫 a city, 宝盈 and 凯发 companies, 明升 a word).
    "乐虎国际", "必赢亚洲", "亚洲必赢", "bbin宝盈", "BOB综合", "乐鱼全站", "南宫28", "南宫NG", "雷火电竞", "大发888",
    "凯发k8", "k8凯发", "金宝搏", "明升体育", "新利体育", "18luck", "博狗", "bodog", "优德w88", "w88优德", "易胜博",
    # The same hijacks' pornographic SEO titles, set above a copied government document ("日韩高清亚洲日韩精品一区二区_
    # 亚洲成a人片在线观看无码_…_婷婷五月天激情综合影院" over a 成都市人民政府 notice): their stock phrases, never a
    # news text's words (五月天 alone is a band, 国产精品牌 a brand's news, 欧美日韩 four markets; 色综合 is in 特色综合体
    # and 绿色综合利用, 一区二区三区 in a city's zones, and stay out).
    "精品一区二区", "亚洲成a人", "婷婷五月", "激情综合", "久久精品", "国产精品久久",
    "自拍偷拍", "偷拍自拍", "亚洲AV", "AV无码", "无码AV", "成人影院",
    # and their phrases of a porn site's "zones", which content farms' spun posts glue into their sentences (…吃瓜中文一区二区
    # 三区亚洲构建起…, …午夜成人一区二区三区又通过…, …黑料少妇激情一区二区三区案件…; ylgood.com.cn, taj.org.cn). A place
    # has its 一区二区 after its own name (园区一区二区), never after these words.
    "成人一区二区", "激情一区二区", "中文一区二区", "午夜一区二区", "国产一区二区", "日韩一区二区", "欧美一区二区",
    "亚洲一区二区", "无码一区二区", "久久一区二区",
    # Lottery tips' jargon (the 六合彩 "一肖一码" sites' "澳门一肖一码100%准确", "管家婆一码一肖资料"): no honest text's.
    "一肖一码", "一码一肖", "一码中特", "三肖三码", "平特一肖", "澳门开奖", "六开彩", "管家婆一码", "管家婆资料",
)
# Gambling's own words and come-ons, weak terms in a banner, a title or a byline (two make one spam, one alone is
# a headline's word: 警方捣毁一百家乐赌博窝点), and no spam in a sentence: news
# uses them (a police notice on 网络赌博's 百家乐 and 六合彩 or on 电子游艺 halls, 网易财经's "配资炒股跟老虎机一样", a
# fire in a 娱乐城, a lottery's 彩金, a carrier's 注册送10GB流量, a bank's 首存金额, 北京赛车场).
# (A text holding a full stop, FULL_STOP, is a statement: a banner, a title or a byline holds none.)
SPAM_GAMBLING_WORDS = ("百家乐", "博彩", "老虎机", "六合彩", "时时彩", "网上赌场", "澳门赌场", "体育投注",
                       "娱乐城", "彩金", "注册送", "开户送", "注册即送", "首存", "棋牌游戏", "电子游艺", "北京赛车",
                       # betting online and its games, which police notices name (严厉打击网赌, 幸运飞艇 rigged)
                       "网赌", "赌博网站", "买球", "足球投注", "麻将胡了", "幸运飞艇", "极速赛车", "pk10", "开奖直播",
                       # betting on a tournament and on line (沙巴体育网址_2024欧洲杯投注官网-网投|盘口 over a city's
                       # news; 十博体育投注官网：曝辽篮…), and the private lotteries such sites run, which only police
                       # notices name otherwise (澳洲幸运10开奖官网直播手机版 over a copied news story)
                       "投注官网", "欧洲杯投注", "世界杯投注", "网投", "盘口", "澳洲幸运", "幸运28", "加拿大28",
                       "极速飞艇", "分分彩")
# Weak: words a genuine article may use; they count as spam only beside another hit.
# The Macau resorts' names (澳门金沙, 澳门银河…) and the Latin brand kaiyun are in hijack titles ("澳门金沙(js333)官方网站",
# "kaiyun·开云(中国)官方网站"), and the resorts are also news in honest texts.
SPAM_WEAK_TERMS = ("威尼斯", "电子游戏", "Champions League", "官方网站", "官网", "真人", "娱乐",
                   "澳门金沙", "澳门银河", "澳门永利", "kaiyun",
                   # Macau's resorts and their listed companies, and a place name hijacks borrow, which news names
                   # (葡京酒店设专区悼念赌王, 银河娱乐集团公布业绩, 威尼斯人金光综艺馆's concerts, 太阳城小区)
                   "葡京", "金沙娱乐", "永利娱乐", "银河娱乐", "太阳城",
                   # bookmakers that sports news quotes for their odds (据威廉希尔赔率…), and one that Malaysian
                   # papers' 沙巴 sport news writes (沙巴体育理事会, 沙巴体育健儿)
                   "威廉希尔", "伟德国际", "沙巴体育",
                   # the words pornographic and lottery-tips SEO lean on, which honest texts also use
                   # (a film's 无码 version, a restaurant's 龙门客栈; a generated "关于澳门最精准正最精准龙门客栈…的通知")
                   "无码", "最精准", "龙门客栈", "天天开好彩", "精准资料",
                   # the pornographic titles' 日韩精品, also a shop's imported goods (日韩精品服饰)
                   "日韩精品",
                   # a brand a city's sports ground may share (开元体育…官网 - 登录入口 on a hijacked company site), and its
                   # come-on, which a government portal's login link also says
                   "开元体育", "登录入口")
# Weak terms that name a brand, not a word of honest prose (官网, 娱乐): where the page's own spam names one (its
# banner "开元体育·(中国)官网 - 登录入口"), the page's statements and title lose it too (spam.cut_injected_brands).
SPAM_WEAK_BRANDS = ("开元体育", "kaiyun", "澳门金沙", "澳门银河", "澳门永利", "威廉希尔", "伟德国际")
# What a hijack writes after a brand it injects into a copied sentence, as its banners name the brand's site:
# "…9月12日至13日IM体育app,生态…", "…运用文释开元体育网站入口、…", "开元体育·(中国)官网".
INJECTED_BRAND_SUFFIX = r"(?:[·・]?\s*[(（]中国[)）])?(?:\s*(?:app|官方网站|官网|网站入口|登录入口|登陆入口|入口|网页版|手机版|下载))*"
# A code a hijack glues to a brand it writes into a copied sentence, before or after it, as its banners write the
# brand (…工作，乐虎国际lehu88安排部署…; ayx爱游戏体育, 金沙js3845, 开云体育·kaiyun, 乐虎国际lehu88.com): it goes with
# the brand, where it had been left in the sentence (…工作，lehu88安排部署…), or had kept the brand there as spam of its
# own. Lower case, as the codes are written: an upper-case acronym is a word (NBA, CBA).
GLUED_BRAND_CODE = r"[·・]?(?-i:[a-z]{2,8}\d{0,6}(?:\.[a-z]{2,4})?)(?![A-Za-z0-9])"
GLUED_BRAND_CODE_BEFORE = r"(?<![A-Za-z0-9])(?-i:[a-z]{2,8}\d{0,6})[·・]?"
# A name in quotes or title marks is mentioned, not injected: a police notice's "为“开云体育”等境外赌博网站引流"; the
# brand opens the quotes (“乐虎国际体育平台”) or they hold at most this many characters more (“网上开云体育”), not a
# quoted word or title it was written into (“反华同乐虎国际lehu88志”, 《…工作要点》).
QUOTED_NAME = re.compile(r"“[^“”]{1,30}”|「[^「」]{1,30}」|《[^《》]{1,30}》|‘[^‘’]{1,30}’|\"[^\"]{1,30}\"")
MAX_MENTION_EXTRA_CHARS = 2
# A brand opening a sentence is its subject, as in an advert's copy ("开云体育是…平台。"), not a word slipped into
# someone else's sentence; unless a bracket or a separator sets it off from what follows, as a hijack prefixes a
# copied headline with it ("开元体育【思想之光】…"), or the line has it glued after its words at least
# MIN_BRANDS_WRITTEN_INTO_A_COPYS_WORDS times besides: a hijack writing its brand into a copy does so at intervals
# (亚游九游会中国经济网北京…讯…分别对福建亚游九游会、河南…甘肃亚游九游会…), an advert names it where it says something.
# (The line's start, or these marks and white space before it.)
SENTENCE_CLOSING_MARKS = "。！？!?"
MIN_BRANDS_WRITTEN_INTO_A_COPYS_WORDS = 2
# What follows a hijack's banner written into a copied sentence in place of a name (…盘口:生态环境局党组成员…), and
# goes with it (spam.cut_page_banner).
BANNER_WRITTEN_INTO_TEXT_END = r"[:：]?"
BRAND_SET_OFF = re.compile(r"[【《(（\[「“:：|｜—\-\s]")
# What a brand cut from a heading leaves at its ends: "开云体育 - …", "…召开|开元体育".
HEADING_SEPARATORS = " -—–:：|｜_·"
# What a heading without its brand must still hold to be a heading: a letter or a Han character.
WORD_CHARACTER = re.compile(r"[^\W\d_]")
# Words of honest texts that hold a weak term, which does not count in them: a reality show (真人秀) and a live-action
# version (真人版), the entertainment world and a portal's entertainment channel (娱乐圈, 娱乐新闻, "…上线 - 娱乐 -
# 人民网"), Venice's film festival and biennale. Entertainment news' titles had been taken for hijack banners
# ("真人秀节目《奔跑吧》官网发布新一季预告_娱乐_央视网" left only 央视网).
# A title in title marks is named, not advertised (《新龙门客栈》's 龙门客栈). (Weak terms also count only within one
# part of a title: see spam._spam_scores.)
HONEST_WEAK_TERM_USES = re.compile(r"真人(?:秀|版|剧|电影)|娱乐(?:圈|频道|新闻|资讯|节目|明星|产业|行业|版)|"
                                   r"威尼斯(?:国际)?(?:电影节|双年展|商人|影展)|电子游戏(?:产业|行业|市场|玩家|成瘾)|"
                                   r"《[^《》]{1,30}》")
# A betting brand named "…体育" runs into no word of a venue, a channel or a body: 皇冠体育中心 and 星空体育频道 are
# what they say.
SPORTS_BRAND_SUFFIX = "体育"
NOT_AFTER_A_SPORTS_BRAND = "(?!馆|场|中心|频道|公园|学院|学校|总局|局|协会|理事会|产业|用品|彩票)"
# A term's own words that go on into an honest word: 九游会员 is a member of the 九游 game platform.
NOT_AFTER_A_TERM = {"九游会": "(?!员)"}
# Hijack titles break a brand with a middle dot or a space to slip past keyword filters (乐鱼·体育, 开云 体育):
# a term matches with one of these between any two of its characters but two Latin letters or digits.
SPAM_TERM_BREAKS = "·・•. \u3000"
# A strong spam term or pattern counts this much, a weak term 1; a text scoring SPAM_SCORE is spam:
# one strong term is enough, a single weak one (which an honest page may use) is not.
STRONG_SPAM_WEIGHT = 2
SPAM_SCORE = 2
# Weak terms alone mark only a banner or a byline this long at most, and holding no full stop: in prose
# (a forum post about a singer's 娱乐 career and her 官网, an exhibition's 娱乐休闲、真人互动体验 halls) they are
# ordinary words.
MAX_WEAK_SPAM_CHARS = 200
# A site's number and vip, as in 5848vip, vip8888, 3522.vip, 5848vip·WNS.
_VIP_SITE_NUMBER = r"\d{3,6}\s*[.·]?\s*vip|vip\s*\d{3,6}"
# A site's number and vip written into a copied sentence (…会议在广威尼斯人5848vip州召开…) goes with the weak terms its
# banners glue before it (威尼斯, each with at most one character after it: 威尼斯人娱乐城5848vip), the come-ons glued
# after it (gambling's words: 5848vip注册送彩金) and its site's domain (5848vip.com), as a brand and its code do
# (spam.cut_injected_brands); the number alone is spam, and had taken the sentence with it.
# At most this many weak terms before it: a place's and a casino's words (威尼斯人娱乐城) and one more. Unbounded, a
# text of weak terms run together with a number far after them cost time growing with the square of its length.
MAX_WEAK_TERMS_BEFORE_A_SITE_NUMBER = 3
INJECTED_VIP_SITE_NUMBER = r"(?:" + _VIP_SITE_NUMBER + r")(?:\.(?:com|cc|vip|net))?(?:[·・]\s*[A-Z]{2,4}认证)?"
VIP_SITE_NUMBER = re.compile(_VIP_SITE_NUMBER, re.IGNORECASE)
SPAM_PATTERNS = (
    VIP_SITE_NUMBER,
    # A brand's site code in brackets, lower case, as hijack titles write it: 澳门金沙(js333), 澳门皇冠(hg0088).
    re.compile(r"[(（][a-z]{2,4}\d{3,5}[)）]"),
)
# A hijack writes a betting brand glued to a code that spells it, the letters of its mirror domains: 乐虎国际lehu88,
# 金沙js3845, 永利澳门yl23411, 皇冠hg0088, 易胜博ysb88, 太阳成集团tyc4633, and before the name ayx爱游戏, hth华体会.
# The letters, lower case, spell the name's first characters (at least MIN_SPELLED_BRAND_CHARS), each by its pinyin
# or its initial (spam.brands_with_their_codes). Honest names are written with their pinyin too (华为huawei,
# 海尔Haier), never with a number after it nor by lower-case initials alone; a product's model is upper case
# (昌河爱迪尔CH7121, 比亚迪BYD). So a code with at least MIN_BRAND_CODE_DIGITS digits (one is a format's or a
# group's: 磁带转成mp3, 快乐大本营by2) counts as a strong term. One of initials only, at least MIN_BRAND_INITIALS of
# them (two spell too many pairs: 北京bj, 腾讯tx), counts as a weak term: portals write a name's initials before it
# for their search box (gdg郭德纲), forum users in their nicknames (wxbt为雪白头). A name so written in the page's
# spam is one of the page's brands (spam.page_spam), which its byline and its banners lose.
# Found as lower-case letters and digits with a Han character before or after them, and judged by what else is
# beside them. The pattern starts with its letter, which the regular expression engine looks for fast; one that
# looks behind for a Han character first, or finds every run of letters, costs about three times as much on body text.
# A code starts where its run of letters does: begun at every letter of a long run (a base64 string's), the search
# read the rest of the run each time, quadratic in its length (12,800 letters: 0.14 s).
BRAND_CODE = re.compile(r"[a-z](?<![A-Za-z0-9][a-z])(?:(?<=[\u3400-\u9fff][a-z])[a-z]*+\d*+|[a-z]*+\d*+(?=[\u3400-\u9fff]))")
BRAND_CODE_LETTERS = range(2, 9)
MAX_BRAND_CODE_DIGITS = 6
MIN_SPELLED_BRAND_CHARS = 2
MIN_BRAND_CODE_DIGITS = 2
MIN_BRAND_INITIALS = 3
# The name beside a code: at most this many Han characters (a betting brand's, 太阳成集团, 永利澳门), the banner's
# words after it (官方网站) not counted.
MAX_CODED_BRAND_CHARS = 6
# The words a brand's banner writes after its name (INJECTED_BRAND_SUFFIX), which are no part of the name.
BRAND_NAME_SUFFIX = re.compile(INJECTED_BRAND_SUFFIX + "$")
HAN_RUN_AT_END = re.compile(r"[\u3400-\u9fff]+$")
HAN_RUN_AT_START = re.compile(r"[\u3400-\u9fff]+")
# A domain of letters and digits (hg0088.com, amjs66.cc) counts as a weak term: honest sites are named so too,
# in their own copyright lines (Copyright © 2000-2006 CL2000.com, xinhua08.com).
SPAM_WEAK_PATTERNS = (re.compile(r"[A-Za-z]{2,8}\d{3,6}\.(?:com|cc|vip|net)", re.IGNORECASE),)
# So does a name glued to its site number and 网址, as hijack banners write a resort's (澳门新葡京8883网址, 澳门金沙3777网址);
# not the public services' numbers, 123 and two digits, which are written so too (铁路12306网址, 环保12369网址).
# A text without SITE_NUMBER_WORD is not searched: the pattern opens with a class, tried at every character.
SITE_NUMBER_WORD = "网址"
_PUBLIC_SERVICE_NUMBER = r"123\d\d(?!\d)"
_SITE_NUMBER = rf"(?!{_PUBLIC_SERVICE_NUMBER})\d{{3,5}}{SITE_NUMBER_WORD}"
SITE_NUMBER_ADDRESS = re.compile(rf"[\u4e00-\u9fff]{_SITE_NUMBER}")
# The name so glued, set off before it, is a brand of the page's spam (spam.page_spam), as a mock site's is:
# a banner "澳门新葡京8883网址" names 澳门新葡京, whose byline and line alone then go.
SITE_NUMBER_BRAND = re.compile(rf"(?<![\u4e00-\u9fff])(?P<brand>[\u4e00-\u9fff]{{2,6}}){_SITE_NUMBER}")
# A brand's mock official site, the name a segment of the hijacks' SEO titles of 2023–2025 ends with, counts as
# a weak term: "千亿体育(中国)官方网站-登录入口", "leyu·乐鱼(中国)体育官方网站", "爱游戏(ayx)中国官方网站", "米兰体育(milan)官方网站",
# "太阳成集团tyc4633(中国)有限公司-官方网站", "金年会(中国)官方网站-金字招牌诚信至上". (Weak: a company's own site is named so too.)
# A betting brand's code may be upper case, after the …体育 or …运动 its name ends with: 江南体育(JN), 必一运动(B-Sports)
# (an organisation's abbreviation follows no such word).
_BETTING_BRAND_CODE = r"(?<=体育|运动)[(（][A-Z][A-Za-z]{0,3}(?:-[A-Za-z]{2,10})?[)）]"
# The brand is the segment's whole start (at most MAX_MOCK_SITE_BRAND_CHARS, no separator): in a headline the name
# runs on (特斯拉(中国)官网上线新车型), a sentence points to it (更多信息请访问博世(中国)官方网站: NOT_A_BRAND), and an
# organisation's abbreviation is upper case (世界卫生组织(WHO)官方网站).
MOCK_OFFICIAL_SITE = re.compile(r"(?:[(（](?:中国|[a-z][A-Za-z]{1,10})[)）]|" + _BETTING_BRAND_CODE + r")"
                                r"\s*(?:中国)?(?:体育)?(?:官方网站|官网|有限公司)"
                                r"(?=\s*(?:$|[-_|｜–—·]))")
MOCK_SITE_SEGMENT_START = re.compile(r"[-_|｜–—\s]")
# The words every mock official site ends with (MOCK_OFFICIAL_SITE): a text holding none is not searched with it.
MOCK_SITE_WORD = re.compile("官方网站|官网|有限公司")
MAX_MOCK_SITE_BRAND_CHARS = 12
NOT_A_BRAND = re.compile(r"请|访问|登录|登陆|详见|查询|欢迎|关注|点击|进入|浏览")

# Styles that put an element where no reader sees it (extract's _drop_text_no_one_sees): an offset of
# MIN_OFF_SCREEN_PX or more off the page (-999px, -9999px, -10000px; layouts' own negative margins are
# tens or hundreds), unless the element is at least that wide (a carousel's strip of slides, 3600px
# wide at left:-2400px, shows one of them), and type of size 0.
OFF_SCREEN_OFFSET = re.compile(r"(?:^|[;\s])(?:left|top|right|text-indent)\s*:\s*-\s*(?P<px>\d+)(?:\.\d+)?\s*(?:px)?"
                               r"\s*(?:!important\s*)?(?:;|$)", re.IGNORECASE)
STYLE_WIDTH = re.compile(r"(?:^|[;\s])width\s*:\s*(?P<px>\d+)(?:\.\d+)?\s*px", re.IGNORECASE)
MIN_OFF_SCREEN_PX = 999
# What either kind of style holds at least (a negative value of three digits, a size of 0): one quick
# search on each of a page's hundred style attributes before the exact ones.
INVISIBLE_STYLE_HINT = re.compile(r":\s*-\s*\d{3}|[sS][iI][zZ][eE]\s*:\s*0")
# A forum's anti-copy junk in a hidden <span>, as Discuz!'s jammer() writes it: 5 to 15 pairs of a character
# from space to ";" and one from "?" to "~", a space between ("4 e7 A4 Z\" n6 c% M/ S; C"). Only so: a hidden span
# may hold a date the page's scripts show.
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
FORUM_JAMMER = re.compile(r"(?:[ -;] [?-~]){5,15}")
ZERO_FONT_SIZE_STYLE = re.compile(r"(?:^|[;\s])font-size\s*:\s*0(?:\.0+)?\s*(?:px|pt|em|rem|%)?\s*(?:!important\s*)?(?:;|$)", re.IGNORECASE)

# The other spam hijacked government and school sites carry: invoices and forged papers for sale, each a banner with
# a contact ("代开各地发票 联系电话：13800000000 微信同号", "办证刻章 QQ:123456789", "办理各类证件 微信：abc123456"). The
# service alone is news or a tax bureau's own (税务机关代开发票, 公安机关办证大厅, 警方打掉办假证团伙), and so is a contact alone;
# the two together in a banner (no full stop) make spam, worth a strong term there: a police appeal naming both in a
# statement ("发现代开发票、办假证等违法行为，请拨打举报电话139…。") stays.
# Words every such service holds: a text without them (most of a page's 50,000 links) is not searched.
ILLICIT_SERVICE_WORDS = ("发票", "证", "刻章", "文凭")
ILLICIT_SERVICE = re.compile(r"代开(?:各[类种地])?(?:增值税)?(?:普通|专用)?发票|发票代开|出售(?:各[类种地])?发票|"
                             r"办证刻章|刻章办证|(?:办|做|制作?)(?:各[类种])?假证|(?:代办|办理|制作)各[类种](?:证件|证书|文凭)|"
                             r"(?:代办|出售)(?:毕业证|学位证|身份证|驾驶证|文凭)")
# A mobile number (138-0000-0000 written with dashes or spaces too), a QQ number, a WeChat account.
CONTACT_NUMBER = re.compile(r"(?<!\d)1[3-9]\d(?:[-\s]?\d{4}){2}(?!\d)|(?:QQ|qq|扣扣)\s*[:：]?\s*\d{5,11}|"
                            r"(?:微信|V[Xx]|vx)(?:号)?\s*[:：]\s*[A-Za-z0-9_-]{6,20}|微信同号")

# The pornographic SEO banners hijacked sites set above a copied article: a run of stock phrases recombined on every
# site, so no list of phrases holds them ("日韩区一区二区三区四|交换国产精品视频一区|…|亚洲高清一区二区三区高清不卡",
# "国产精品电影_久久视频免费_欧美日韩国产激情_…", "欧美性猛交XXXX免费看蜜桃,成人网18免费韩国,…"; nine sites'
# banners). The words they are made of are each an honest word (国产, 精品, 亚洲, 高清, 午夜, 一区 a city's zone, 在线观看
# a live broadcast); a banner is a text without a full stop whose parts are mostly made of them, each part two
# or more of them, as a stock phrase is (国产精品, 一区二区, 久久精品, 在线观看无码).
PORNOGRAPHIC_SEO_WORDS = ("国产", "精品", "久久", "一区", "二区", "三区", "无码", "日韩", "欧美", "亚洲", "成人", "午夜",
                          "福利", "人妻", "中文字幕", "高清", "不卡",
                          # 成人 scrambled (免费人成视频, 亚洲人成; honest text has it across words, 个人成长),
                          # and the banners' 少妇 and 伊人 (伊人综合)
                          "人成", "少妇", "伊人",
                          # the porn sites' names the banners recombine (五月丁香婷婷精品, 色婷婷久久色丁香色, 青青草原在线伊人,
                          # 黄色三级在线观看; wxjxgy.cn): a girl's name, a flower, grass and a colour in honest texts, where
                          # a part holds one of them, not two of the banners' words
                          "婷婷", "丁香", "青草", "黄色",
                          "免费看", "免费观看", "在线观看", "在线看", "在线播放", "视频", "一级", "三级", "激情", "自拍", "偷拍")
PORNOGRAPHIC_SEO_WORD = re.compile("|".join(PORNOGRAPHIC_SEO_WORDS) + r"|(?<![A-Za-z])[Aa][Vv](?![A-Za-z])")
# The parts of such a banner: what a title's parts are split at, and commas (begun only where a run of white space
# does, so that a long run is read once).
BANNER_PART_SEPARATOR = re.compile(r"(?<!\s)\s*(?:\s[-–—|｜]\s|[-_|｜,，])\s*")
# A part made of this many distinct words or more is a stock phrase; a banner holds this many such parts or more,
# and they are at least half its parts: a headline's title with a market report's part (国产精品牌出海_亚洲欧美日韩市场)
# holds two, and a site's channels (高清视频_在线观看_新华网) two words in one part.
MIN_PORNOGRAPHIC_WORDS_IN_A_PART = 2
MIN_PORNOGRAPHIC_PARTS = 3

# --- Paywall and trial stubs (seed 003) ---------------------------------------------------------
# A paragraph matching one of these starts the stub: it and everything after it go, and the
# article is marked truncated.
PAYWALL_STUB_PATTERNS = (
    re.compile(r"试读结束|试读已结束|免费试读到此|预览已结束|预览结束"),
    re.compile(r"(?:查阅|阅读|查看|获取|下载)(?:完整)?全文.{0,12}(?:加|添加|联系|请|付费|购买|登录|关注|开通|扫码)"),
    re.compile(r"(?:加|添加|联系)(?:微信|vx|VX|QQ).{0,20}(?:阅读|查阅|查看|获取)(?:完整)?全文"),
    re.compile(r"剩余\s*\d+\s*字|余下\s*\d+\s*字|还剩\s*\d+\s*字|剩余\s*\d+\s*%\s*(?:的)?(?:内容|未读)"),
    re.compile(r"付费阅读|(?:付费|购买)后(?:即可|方可|才能|可)?(?:继续)?(?:阅读|查看|下载)|VIP\s*专享|会员专享|开通会员(?:后)?(?:阅读|查看)|"
               # a subscription wall's other wordings: "本文为付费内容，订阅后可阅读全文", "成为会员即可阅读全文",
               # "开通VIP会员，畅享全文阅读", "您已阅读30%，购买后继续阅读", a document site's "以下内容需要积分下载"
               r"本文为付费内容|(?:成为|开通|升级)(?:VIP)?\s*会员.{0,10}(?:阅读|查看)|您已阅读\s*\d{1,2}\s*%|以下内容需(?:要)?(?:积分|付费|购买|登录|VIP)"),
    # A funnel to where the whole text is, a short line of its own: an account's ("关注公众号，回复“环保”获取全文",
    # "扫码关注公众号后阅读全文") or an app's, on a news app's share page showing the first paragraphs ("打开APP阅读全文",
    # "完整内容请下载APP查看"). An app's promotion under a whole article ("打开APP 查看更多精彩内容") names no text it
    # withholds, and a release pointing to a document on the bureau's account ("关注“杭州发布”公众号查看全文") follows no one.
    re.compile(r"^.{0,20}(?:回复\S{0,12}(?:获取|查看|阅读)(?:完整)?全文|关注\S{0,12}?后(?:即可)?(?:阅读|查看|获取)(?:完整)?全文|"
               r"(?:打开|下载|前往|进入)\S{0,10}(?:APP|App|app|客户端)\S{0,4}(?:阅读|查看)(?:完整|全部)?(?:全文|内容)|"
               r"(?:完整|剩余|全部)内容请(?:下载|打开|前往)\S{0,10}(?:APP|App|app|客户端)\S{0,4}(?:阅读|查看)?|"
               r"(?:本文)?(?:仅|只)(?:展示|显示)部分内容).{0,12}$", re.MULTILINE),
    # Document-sharing sites' previews (文库 and 文档 sites): "（全文共5632字，完整版请点击下载）",
    # "以上为部分内容预览，完整内容请关注…", "本文档仅提供部分内容试读，如需全文请下载。" A government release's
    # "完整内容请登录国家统计局网站查阅" or "政策原文完整版请点击下载" points to the document, and is no stub.
    re.compile(r"全文共\s*\d+\s*字.{0,20}(?:下载|付费|购买|完整版)|完整内容请(?:关注|购买|付费)|"
               r"(?:仅提供|以上为|以上是)部分内容(?:预览|试读)"),
    re.compile(r"登录后(?:查看|阅读)(?:完整|全文|更多)?|(?:查看|阅读)(?:全部|完整)(?:内容|全文)?\s*[,，]?\s*请先登录|解锁全文"),
    # Document-sharing and 范文 sites (文库, 文档 and 范文 sites alike) end their free preview with a count of what
    # they hide or the pages it spans: "……此处隐藏：2431字，全部文档内容请下载后查看。喜欢就下载吧 ……",
    # "亲，该文档总共12页，到这已经超出免费预览范围，如果喜欢就下载吧！", "当前文档最多预览五页，下载文档查看全文",
    # "剩余6页未读，继续阅读", "本文档共12页，当前仅展示前3页". A government page pointing to its attachment
    # ("全文请下载附件查看") names no document it hides.
    re.compile(r"此处(?:已)?隐藏\s*[:：]?\s*\d+\s*字|(?:全部)?文档内容请下载|下载文档(?:后)?(?:查看|阅读)(?:全文|完整)|超出(?:了)?(?:免费)?预览范围|"
               r"(?:最多|仅|只)(?:能|可)?(?:预览|展示|显示)(?:前)?\s*[\d一二三四五六七八九十]+\s*页|(?:剩余|还剩)\s*\d+\s*页(?:未读)?"),
    # Paid essay and 范文 sites' other wordings ("以上为部分内容，完整版请联系客服", "想要查看完整内容，请扫码支付",
    # "全文共计3200字，试读前1000字"), and a copy of a forum post whose hidden part it never saw ("此处为隐藏内容，请前往
    # 原网页查看", "回复后可见").
    re.compile(r"(?:以上为|以上是|以上仅为)部分内容[，,。]?\s*(?:完整|全部)(?:版|内容)?(?:请|需)(?:联系|扫码|购买|付费|加)|"
               r"(?:查看|阅读|获取)(?:完整|全部)内容[，,]?\s*请(?:扫码|付费|支付|购买|加)|试读前\s*\d+\s*字|"
               r"此处(?:为|有)隐藏内容|(?:回复|评论)后(?:才能|方可|即可)?(?:可见|查看隐藏内容)"),
    # What a preview says of the rest it withholds, or of itself, on document-sharing and essay sites: "余下全文请下载原文档",
    # "剩余内容已隐藏，请支付后下载全文", "本文剩余内容需付费查看", "阅读全文需支付5元", "—— 未完，请下载全文 ——",
    # "以上为本篇文章的部分内容，完整版请下载", "~~~以上为预览内容~~~", "本文档共10页，当前显示前3页" or, on a 公文网
    # site, "(未完,全文共782字,当前显示203字)" over its members' notice, and 道客巴巴's
    # "全文阅读已结束，如果需要下载本文请点击" over its "下载文档到电脑，查找使用更方便". (A release's "政策原文完整版请点击
    # 下载" names no rest it withholds, nor an account's "剩余内容将于明日推送" a payment.)
    re.compile(r"余下(?:全文|内容)\S{0,2}请(?:下载|购买|付费|登录)|剩余(?:内容|全文|部分)(?:已隐藏|需|请)\S{0,4}(?:付费|支付|购买|下载|登录)|"
               r"(?:阅读|查看|下载)全文需(?:支付|付费|购买)|未完.{0,3}请下载全文|部分内容.{0,6}完整版请(?:下载|购买)|以上为预览内容|"
               r"当前(?:仅)?(?:显示|展示)前\s*[\d一二三四五六七八九十]+\s*页|全文共\s*\d+\s*字\S{0,2}当前(?:仅)?(?:显示|展示)(?:前)?\s*\d+\s*字|"
               r"全文阅读已结束|下载文档到电脑"),
)

# A copy cut mid-sentence with no stub after it, as an essay site cuts its free preview at a count of characters
# (…的良好态势。我, over the site's own notice; seed 003's …要深化农业“肥, before its stub): its last paragraph breaks off
# after its last sentence with a few characters of the next. A dozen at most: a longer unpunctuated close is more
# often the author's last sentence. What a text may close with after its last sentence is set apart by a bracket, a
# space, a bar or a dash (（记者 胡晓蓉）, 新华社记者 李梦馨 摄, 编辑|禤志杰, ——汪勇, （完）), or is a closing formula.
CUT_MID_SENTENCE = re.compile(r"[。！？!?][”’」』]*(?P<fragment>[\u4e00-\u9fff“‘《，、]{1,12})$")
CLOSING_FORMULAS = ("特此通知", "特此公告", "特此通告", "特此函告", "特此报告", "此复", "此致", "谢谢", "谢谢大家")
# What leads into a stub run into a paragraph, which goes with it: a row of dots or dashes, an opening bracket.
STUB_LEAD_IN = ".…·-—~=*_ \u3000（(【[<《"
# A preview's words of itself (亲，该文档总共12页，到这已经超出免费预览范围): a clause holding one before a stub is its lead-in.
PAYWALL_WORDING = re.compile(r"文档|预览|全文|试读|付费|下载|会员|登录|共\s*\d+\s*[页字]")

# A newspaper's jump to the page an article goes on from or came from, as its digital edition keeps
# it: "（下转第四版）" closing the front page's part, "（上接第一版）" opening the rest, "(下转A3版)", "（转第2版）".
# Either part alone is a truncated copy; a cross-reference ("见第3版") is not a jump.
# (The look-ahead names the characters a jump begins with and changes no match: most places fail at it.)
NEWSPAPER_PAGE_JUMP = re.compile(r"(?=[\s（(])\s*[（(]\s*(?:下转|上接|紧接|接|转)\s*(?:第|本报)?\s*[A-Za-z]?\s*"
                                 r"[\d一二三四五六七八九十〇零]{1,3}\s*(?:版|页|面)\s*[）)]\s*")

# What an info line sets in brackets after its origin's link: the city, and the outlet's web address
# (网易's 来源: <a>上海证券报·中国证券网</a>(上海), <a>Wind资讯</a> (www.wind.com.cn)(上海)).
ORIGIN_BRACKETED_SUFFIX = re.compile(r"(?:[(（](?:[\u4e00-\u9fff]{2,4}|(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org))[)）])+$",
                                 re.IGNORECASE)

# The words of a comment box's counter, whose number stands before them, on their line or, when the number
# is a link of its own, on the line above (163.com's "<a>0</a>人参与"; clean.remove_page_furniture).
COMMENT_COUNTER_WORDS = r"(?:人参与|人跟贴|人跟帖|条评论)"
COMMENT_COUNTER = re.compile(COMMENT_COUNTER_WORDS)
COMMENT_COUNTER_ALONE = re.compile(rf"^{COMMENT_COUNTER_WORDS}$")
COUNTER_NUMBER = re.compile(r"^\d+$")

# --- Site boilerplate that reaches the main text -----------------------------------------------
# A document-sharing site's card of the file it shows, above the text: one field a line (冰豆网, 咨信网: 文档编号:12865864,
# 格式:DOCX, 页数:10, 大小:24.85KB), or all on one (文库网's "上传人:A海阔天空 文档编号:3324136 上传时间:2020-12-30 格式:DOC
# 页数:13 大小:123KB", 三一办公's "资源ID:3992402 资源大小:446.50KB 全文页数:22页"). A card is a run of lines holding
# nothing but its fields, MIN_DOCUMENT_CARD_FIELDS of them at least: a book's 页数：320 in a review is one field.
DOCUMENT_CARD_FIELD = re.compile(r"(?:上传人|上传者|文档编号|资源ID|上传时间|文档格式|资源格式|格式|文档页数|全文页数|页数|"
                                 r"文档大小|资源大小|大小|下载积分)\s*[:：]\s*[^\s:：]+")
MIN_DOCUMENT_CARD_FIELDS = 3
# What a card sets between and before its fields: spaces, bullets (a list item is read as "- "), bars.
DOCUMENT_CARD_SEPARATORS = " \u3000\t•·-|｜/"
# The note such sites set under the card, in one wording on several sites: "《园林局城市绿化讲话全文.docx》由会员分享,可在线阅读,
# 更多相关《园林局城市绿化讲话全文.docx(10页珍藏版)》请在冰豆网上搜索。" (咨信网 the same, 请在咨信网上搜索).
DOCUMENT_SHARING_NOTE = re.compile(r"^《[^》]{1,120}》由(?:会员|用户)分享[,，]\s*可在线阅读[,，]\s*"
                                   r"更多相关《[^》]{1,140}》请在\S{1,12}上搜索[。.]?$")
# line: a document-sharing site's viewer around its preview (原创力文档's copies on several domains, the 文库 sites): its
# page images' texts (…倪光南院士_第1页, 第1页 / 共44页), its buttons and labels (下载本文档, 点击查看更多>>, 文档简介,
# 资源描述, 合集下载), and the rights line those sites share word for word (版权说明:本文档由用户提供并上传,收益归属内容提供方,
# 若内容存在侵权,请进行举报或认领).
DOCUMENT_VIEWER_LINE_PATTERNS = (
    re.compile(r"^\S.{0,120}_第\d{1,4}页$"),
    re.compile(r"^第\d{1,4}页\s*/\s*共\d{1,4}页$"),
    re.compile(r"^(?:下载本文档|点击查看更多\s*>*|文档简介|资源描述\s*[:：]?|合集下载)$"),
    re.compile(r"^版权说明\s*[:：]\s*本文档由用户提供并上传[,，]\s*收益归属内容提供方"),
    # Essay and 范文 sites' download buttons and labels ("点击下载完整版文档", "VIP免费下载", "想要下载该文档？立即下载",
    # "此文档下载收益归作者所有", "本文档共8页，当前为第1页"); a notice's "附件：点击下载" names its attachment.
    re.compile(r"^(?:想要下载(?:该|此|这篇)?文档[？?]\s*)?(?:点击|立即|免费|VIP\s*免费)?下载(?:完整版?|本篇|这篇|该|此)?"
               r"(?:文档|全文|文章|范文|资料|Word(?:文档)?)?$|^此文档下载收益归作者所有$|^本文档共\d{1,4}页[,，]\s*当前为第\d{1,4}页$",
               re.IGNORECASE),
)
# A preview written in numbered chunks cut at a length, not at a sentence ("1、…人连市是全" / "2、国发展最快…"): the chunks
# count up from 1 at the starts of lines this long at least (all but the last); a list's items (1、加强领导 / 2、明确责任)
# are shorter, or each ends its sentence (CHUNK_ENDS_A_SENTENCE).
MIN_PREVIEW_CHUNK_CHARS = 100
CHUNK_ENDS_A_SENTENCE = re.compile(r"[。！？!?；;…”’」』)）]\s*$")
# A site's copyright, "版权所有：…", "版权所有 © 2018 …"; not the copyright holder a sentence names (版权所有者, 版权所有人,
# 版权所有权).
_COPYRIGHT_HELD = r"版权所有(?![者人权方])"
# line: copyright disclaimers, republishing notes, content-farm adverts.
DISCLAIMER_LINE_PATTERNS = (
    re.compile(r"^(?:[【\[](?:免责|版权)声明[】\]]|(?:免责|版权)?声明[:：])|(?:仅代表|纯?属)作者(?:本人|个人)?(?:的)?观点"),
    # A news site's 版权与免责声明 block, in the wording hundreds of sites share: its heading alone on a
    # line, "凡本网注明“来源：…”的作品…", "转载目的在于传递更多信息…", "如因作品内容、版权…需要同本网联系";
    # a portal's note on a partner's story (新浪声明：…新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点…),
    # and the investment caveat financial portals close with (…投资者据此操作，风险自担 / 风险请自担).
    re.compile(r"^\S{0,12}(?:版权与免责|版权及免责|免责|版权)声明\s*[:：]?$|凡本(?:网|站)注明|"
               r"转载(?:的)?目的在于传递更多信息|登载此文出于传递更多信息|并不意味着赞同其观点|据此操作[,，]?\s*风险(?:请)?自担|如因作品内容、?版权"),
    re.compile(r"版权归原作者所有|版权归原作者|如有侵权(?:内容)?[,，]?\s*(?:请|可)?(?:联系|告知)|如有侵犯(?:您的)?版权|侵权请联系|联系删除"),
    # Content farms' shorter and other wordings of the same: "图文来源网络，侵删", "文中图片来自网络，侵权必删",
    # "部分图片来源网络，如涉及版权问题请联系我们", a portal's "如涉及作品内容、版权和其它问题，请在30日内与本网联系",
    # a site's "本站所有资源均来自互联网" and "…的版权归版权所有人所有", and its reprint terms ("如需转载请联系我们获得授权",
    # "转载本网文章请注明来源"). (A story on a copyright dispute says 涉及版权问题 with no request to write in.)
    re.compile(r"侵删|侵权(?:必|即|立)删|如涉及(?:作品内容、?)?版权\S{0,8}问题[，,]?\s*请\S{0,12}联系|版权归版权所有人所有|"
               r"(?:本站|本网站?)(?:所有)?(?:资源|文章|内容)均?来自(?:于)?(?:互联网|网络)|"
               r"如需转载[，,]?\s*请(?:联系|与)\S{0,10}(?:授权|联系)|转载请联系\S{0,6}授权|转载本(?:网|站)(?:文章|内容|稿件)\S{0,4}请注明"),
    # A site's claim to the text, alone on a line: "【文章由本站原创】", "本文为本站原创".
    re.compile(r"^[【\[(（]?(?:本文|文章)?(?:由|系|为)?本站原创(?:文章|内容)?[】\])）]?[。.]?$"),
    # A line crediting "the web" for the text or its pictures ("以上内容来源自网络", WeChat's "信息来源于网络",
    # 环球网's "图片均来自网络", a content farm's "文章来自：网络整理"); in a sentence of the article
    # ("该信息来源于网络，经核实为谣言") it is news.
    re.compile(r"以上(?:信息|内容)(?:源|来源)自于?网络|"
               r"^(?:部分)?(?:信息|内容|图文|图片|文章|素材|资料)(?:均|皆)?(?:来源|来自|源自|取自|转自)于?[:：]?\s*(?:网络|互联网)"
               r"(?:整理|收集)?[。.！!]?$"),
    # A platform's safe-harbour notice under its users' posts (网易号, 搜狐号, content farms; 澎湃's
    # 政务号, where bureaus publish: "特别声明" / "…澎湃新闻仅提供信息发布平台。"), and its invitation
    # to publish there ("发送邮件至…申请加入澎湃政务号或媒体团", 申请入驻); a platform's note on a post it took from a
    # WeChat account (36氪's "本文来自微信公众号“…”（ID：…），作者：…，36氪经授权发布。").
    re.compile(r"本文内容由互联网用户自发贡献|仅提供信息(?:存储|发布)(?:空间)?(?:服务|平台)|不拥有所有权|"
               r"^本文来自微信公众号.{0,80}经授权(?:发布|转载)|"
               r"^(?:特别|免责|版权)声明$|^.{0,30}申请(?:加入|入驻)\S{0,12}(?:号|媒体团)$"),
    # (Apart from the Chinese wordings: ignoring case, its Latin words name no string a line must hold.)
    re.compile(r"only provides? information storage services?", re.IGNORECASE),
    # (and a copy's "转载请注明地址:http://…", naming its own address, or a content farm's "转载请保留本文链接：http://…")
    re.compile(r"如若转载[,，]?请注明出处|转(?:载|发)请(?:注明|保留)[:：]?\s*(?:本文|原文)?(?:出处|来源|原文|本文|作者|地址|链接|网址)|"
               r"转(?:载|发)(?:须|需|务必)注明(?:出处|来源)[。.！!]?$"),
    re.compile(r"仅供(?:学习)?参考[、,，]?交流|(?:本文|文章|以上)(?:内容|观点)?仅供读者参考|不代表本(?:网|站|网站|平台)(?:的)?(?:观点|立场)|并不代表本(?:网|站|网站|平台)赞同"),
    re.compile(r"(?:可搜索|搜索)其他更多资料|写作网|范文网"),
    re.compile(r"^.{0,40}(?:©|Copyright|" + _COPYRIGHT_HELD + r"|All Rights Reserved).{0,80}$", re.IGNORECASE),
    # The owner may be the site itself, a county media centre's (未经本中心授权,不得转载…), or an outlet by its name
    # (未经千龙新闻网书面特别授权，请勿转载); a sentence reporting a case names the one whose work it was
    # (未经原告授权擅自转载), as no disclaimer does.
    re.compile(r"^反侵权公告|未经(?:本(?:网|站|中心|报|刊|台|社|平台|公众号|号))?(?:书面|正式)?(?:许可|授权|允许)[,，]?"
               r"(?:擅自|请勿|不得|禁止|严禁)?转载|有权转载或摘编|"
               r"未经[\u4e00-\u9fff]{2,8}[网报台](?:书面)?(?:特别)?(?:许可|授权)[,，]?(?:请勿|不得|禁止|严禁)(?:转载|复制|摘编)|"
               r"未经(?:书面|正式)?授权[,，]?任何(?:人|单位|个人)不得|"
               r"均由其?内容合作方"),
    # A finance portal's risk notice under each article, a line of its own ("投资有风险，入市需谨慎。", "（本文仅供参考，不构成
    # 投资建议）", "温馨提示：以上内容仅为信息传播之需要，不作为投资参考，网贷有风险，投资需谨慎！"); not a regulator's warning a
    # story reports (监管部门提醒投资者，投资有风险，入市需谨慎。).
    re.compile(r"^[（(【\[]?\s*(?:(?:温馨|风险)提示\s*[:：]\s*)?(?:(?:本文|以上内容|文章|以上)?(?:仅供参考|仅为信息传播之需要)[，,]?\s*"
               r"(?:不构成|不作为)(?:任何)?投资(?:建议|参考|依据)|(?:投资|网贷|理财|股市)有风险[，,]\s*(?:入市|投资|选择)需谨慎)"),
    # A newspaper group's reprint policy under each article (江城日报社, 新京报, 封面新闻…).
    re.compile(r"事先取得.{0,30}书面授权|提供侵权线索|报告非法侵权|(?:禁止|严禁|谢绝)商业转载|"
               r"^.{0,20}(?:版权合作|转载申请)"),
)
# A disclaimer a copy appends to the article's last paragraph, or spam a hijack appends to one, starts a sentence of
# its own or a bracketed group closing the line (…持续高位改善（文章来源网络，侵删）, …持续高位改善。威尼斯人5848vip注册送彩金):
# the line breaks after a sentence's end (with its closing quote or bracket) and before such a group, and what was
# appended goes with the sentences from the first that is a disclaimer or spam by itself.
APPENDED_SENTENCE_BREAK = re.compile(r"(?<=[。！？!?])(?![。！？!?”’」』）)】\]])|(?=[（(【\[][^（）()【】\[\]]{2,80}[）)】\]]\s*$)")
# The sentences just before it that speak of the text itself, its source or its rights open the same disclaimer
# (本公众号文章部分来源于网络，转载目的在于分享。如有侵权请联系删除。; 21世纪经济报道's 所刊载内容的知识产权均属…所有。未经
# 书面授权，任何人不得…). At worst a sentence of the text's own goes with it, where the whole paragraph had.
DISCLAIMER_WORDING = re.compile(r"转载|转自|来源于?(?:网络|互联网)|来自(?:网络|互联网)|版权|侵权|著作权|知识产权|原作者|"
                                r"(?:归|属)\S{0,24}所有|刊载|登载|本文|文章|本(?:站|网|号|公众号|平台)|声明")
# Where a banner opening a statement may end (spam.remove_spam_lines): at a space, after a closing bracket or before
# the date a statement opens with, before the statement's first clause ends (百家乐网上赌场 注册送彩金 2月1日，…;
# 【威尼斯人5848vip】2月1日，…; 威尼斯人5848vip2023年2月21日，…, the banner glued to the date).
# (Not inside a number: 澳门金沙js3332月21日 is the code's 3 or the month's, and the line stays whole.)
BANNER_BREAK = re.compile(r"\s+|(?<=[】\]）)])|"
                          r"(?<!\d)(?=(?:19|20)\d{2}年(?:1[0-2]|0?[1-9])月|(?:1[0-2]|0?[1-9])月(?:3[01]|[12]\d|0?[1-9])日)")
# An opening bracket with no closing one after it.
UNCLOSED_BRACKET = re.compile(r"[（(【\[「『][^）)】\]」』]*$")
# What is left of a paragraph once a disclaimer, a stub or a banner run into it goes must be a sentence's worth to
# stay, not a sign-off (谢谢阅读！) or an advert's opening (专业平台，值得信赖。).
MIN_TEXT_LEFT_BY_A_CUT = 20
# Spam a hijack ran into a statement has the statement on both sides, each at least this many Han characters: a
# short sentence (两报价均与上月持平。: 8, ◆强化绿色发展转型。: 8) but not a banner's phone line after it (联系电话：138…: 4)
# nor a greeting before it (欢迎光临！: 4). An advert opening with its brand is spam throughout.
MIN_STATEMENT_HAN_AROUND_SPAM = 6
# What a document pasted from Word leaves as text when the editor stripped its tags: its settings
# (the view, zoom and grid values of <w:WordDocument>, three false flags, then its languages or the
# browser it targets: "Normal 0 7.8 磅 0 2 false false false EN-US ZH-CN X-NONE", "Normal 0 false
# false false MicrosoftInternetExplorer4", "Print false false false …") and its style sheet's rules,
# which declare Word's own properties ("/* Style Definitions */ table.MsoNormalTable {mso-style-name:
# 普通表格; …}", "@font-face {font-family:宋体; panose-1:2 1 6 0 3 1 1 1 1 1;}").
_WORD_SETTINGS = (r"(?<![A-Za-z])(?:Normal|Print|Web|Outline)\s*(?:\d{1,3}\s*)?(?:false\s*)?(?:[\d.]{1,5}\s*(?:磅|pt)\s*)?"
                  r"(?:\d{1,2}\s*\d{1,2}\s*)?false\s*false\s*false\s*(?:(?:MicrosoftInternetExplorer4|X-NONE|[A-Z]{2}-[A-Z]{2})\s*)+")
# A rule's block is read once, up to MAX_WORD_STYLE_BLOCK_CHARS: a brace never closed costs no more.
MAX_WORD_STYLE_BLOCK_CHARS = 4000
_WORD_STYLE_RULE = (r"(?:/\*[^*]{0,40}\*/\s*)?(?:@[a-z-]+)?[A-Za-z0-9_.#:,\s-]{0,120}"
                    rf"\{{(?=[^{{}}]{{0,{MAX_WORD_STYLE_BLOCK_CHARS}}}?(?:mso-|panose-1))[^{{}}]{{0,{MAX_WORD_STYLE_BLOCK_CHARS}}}\}}\s*")
PASTED_WORD_MARKUP = re.compile(rf"{_WORD_SETTINGS}|(?:{_WORD_STYLE_RULE})+")
# Words every such leftover holds; a text without them is not searched.
PASTED_WORD_MARKUP_HINTS = ("false", "mso-", "panose-1")
# The headline repeated under its label at the text's start (clean.remove_leading_headline).
HEADLINE_LABEL = re.compile(r"^\s*(?:标题|题目)\s*[:：]\s*")
# A forum's codes left as text where the page shows a post's source, as Discuz!'s print view and copies of its posts
# do: an attachment's or a picture's code goes whole ([attach]2680[/attach], [img]…[/img]); a formatting code goes and
# its text stays ([size=4]…[/size], [url=…]…[/url]), on a line that closes one (a[i] in a formula opens none).
FORUM_MEDIA_CODE = re.compile(r"\[(attach|attachimg|img|media|flash|audio|video)(?:=[^\]\n]{0,80})?\][^\[\n]{0,300}\[/\1\]",
                              re.IGNORECASE)
_FORUM_FORMAT_TAGS = r"b|i|u|s|p|size|color|font|align|backcolor|url|email|quote|code|list|indent|float|table|tr|td"
FORUM_FORMAT_CODE = re.compile(rf"\[(?:/?(?:{_FORUM_FORMAT_TAGS})(?:=[^\]\n]{{0,80}})?|hr|\*)\]", re.IGNORECASE)
FORUM_CLOSING_CODE = re.compile(rf"\[/(?:{_FORUM_FORMAT_TAGS})\]", re.IGNORECASE)
# A wiki's edit link after a heading: "历史沿革[编辑]", MediaWiki's "[编辑 | 编辑源代码]".
_WIKI_EDIT_LINK = r"\[\s*编辑(?:源代码)?\s*(?:\|\s*编辑源代码\s*)?\]"
HEADING_EDIT_LINK = re.compile(r"\s*" + _WIKI_EDIT_LINK + r"$")
# A prompt or link a page runs into the end of a line: an app's prompt in brackets ("…至关重要。(本文来自
# 澎湃新闻，更多原创资讯请下载“澎湃新闻”APP)"), a link back to the portal ("…仍将持续。返回腾讯网首页>>",
# 搜狐号's "（编辑：小何）返回搜狐，查看更多"), a wiki's edit link after each section heading, and a digest's link
# to each item's whole story after its last sentence ("…研究生态环境部6月份工作安排。更多内容，点击阅读", as portals copy
# 生态环境部一周要闻).
LINK_RUN_INTO_LINE = re.compile(
    r"\s*(?:[（(][^()（）]{0,40}(?:下载|打开|安装)[^()（）]{0,20}(?:客户端|APP|App|app)[^()（）]{0,4}[)）]|返回\S{0,8}首页\s*[>»]+|"
    r"返回\S{1,8}[，,]\s*查看更多|(?<=[。！？!?])\s*(?:更多内容[，,：:]?\s*)?点击(?:阅读|查看)(?:全文|原文|详情)?\s*[>»]*|"
    + _WIKI_EDIT_LINK + r")$")
# A navigation label naming another story or a topic and ending in its colon, its value on the next line
# (点击进入专题： / 聚焦香港局势, 上一篇： / the other story's headline); not a share bar's 分享到：, whose value
# is its icons, so the line after it is the page's. A value is a name or a headline, at most this long
# and no sentence.
NAVIGATION_VALUE_LABEL = re.compile(r"(?:上一?[篇条页]|下一?[篇条页]|专题|相关\S{0,4})\s*[:：]\s*$")
MAX_NAVIGATION_VALUE_CHARS = 40
# anchor: navigation and page furniture.
NAVIGATION_ANCHOR_PATTERN = re.compile(
    r"^(?:上一篇|下一篇|上一条|下一条|上一页|下一页|相关(?:新闻|阅读|推荐|文章|链接)|热门(?:评论|推荐|文章)|"
    r"推荐阅读|延伸阅读|猜你喜欢|分享到|分享至|分享让更多人看到|打印本页|关闭窗口|【?打印】?|【?关闭】?|字号[:：]?|返回顶部|"
    r"扫一扫|扫码|微信扫一扫|点击(?:这里|查看|进入专题)|网友评论|我要评论|发表评论|评论\s*\d*\s*$|"
    # A portal's blocks under the article, by their headings alone on a line: 163.com's 热点新闻 and
    # 跟贴排行, sina's 点击排行, a blog's 相关热门文章, 加载更多 / 查看更多 buttons, 中新网's 理论新闻精选：,
    # 为您推荐 / 健康资讯推荐.
    r"(?:(?:\d{1,3}小时|一周|本周|本月|今日)?(?:点击|跟贴|跟帖|评论|阅读|热门|新闻|热点)?排行榜?|\S{0,4}(?:热力榜|活跃榜|热榜)|热点新闻|相关热门\S{0,4}|加载更多\S{0,4}|查看更多\S{0,4}|"
    r"\S{0,6}推荐(?:新闻|文章)?|(?:more|更多)\s*[>»＞]*|[^\s，。！？：:]{2,8}更多|最新(?:报道|文章|新闻|资讯|评论)|相关专题|相关内容|(?:热门|相关)标签|标签云|共\s*\d*\s*条评论|\S{0,6}精选[:：]?|"
    # a column's and a portal's other blocks: 观察者网's 小编最近文章, 作者其他文章, TA的文章, 往期回顾, 24小时热文, 大家都在看, 我来说两句,
    # and a gallery's label (图集, 新华网's over its carousel, empty when the story has no pictures)
    r"(?:小编|作者|本文作者|TA|他|她)的?(?:最近|其他|更多)?文章|更多文章|往期(?:回顾|精选)|(?:精彩)?图集|\d{1,2}小时热文|大家都在看|我来说两句)\s*$)"
)
# A sentence opening with the same words is the text's ("上一篇报道中提到的问题，目前已全部整改到位。", "相关新闻
# 发布会将于下周召开，…", "打印机、复印机等办公设备…", "扫码关注后即可参与…"): a navigation line holds no sentence
# punctuation, or sets its anchor off from what follows ("上一篇：坚持生态优先，推动绿色发展").
NAVIGATION_ANCHOR_SET_OFF = re.compile(r"$|[\s:：>»＞|｜【】\[\]（）()<《\-]")
# A button of a page's tool bar: its type sizes, print, close, bookmark and share, and a government site's modes.
_TOOL_BUTTON = (r"(?:字号|字体|大|中|小|默认|标准|超大|特大|较大|A\s*[+-]|打印(?:本页|此页)?|我要打印|关闭(?:窗口|本页)?|收藏(?:本页)?|"
                r"分享|纠错|返回顶部|无障碍(?:浏览|阅读)?|长者模式|关怀(?:版|模式)|繁[體体]版?|简体版?|读屏专用|English)")
# A short line sending the reader to an app or a QR code to do something is a notice's instruction, not a
# prompt to read more: "市民可下载“浙里办”APP，在线办理公积金提取业务。", "扫描下方二维码即可报名参加活动。".
_NO_SERVICE_INSTRUCTION = r"(?!.*(?:办理|查询|申报|预约|报名|缴费|缴纳|申请|提交|填写|投票|登记|领取|挂号|问卷))"
# One author's affiliation in a journal paper: an institution, then the city's postcode.
# (Some journals set the postcode before the city: "黄河水利科学研究院,450003,郑州". No digit before the postcode, written
# as a class rather than a look-behind, which texts drawn from the pattern would break: tests/test_prefilter.py.)
_AFFILIATION_CHAR = r"[^()（）。！？:：;；]"
_AFFILIATION = (_AFFILIATION_CHAR + r"{2,60}?(?:大学|学院|研究院|研究所|中心|实验室|公司|医院)(?:" + _AFFILIATION_CHAR
                + r"{0,59}?[^()（）。！？:：;；\d])?\d{6}(?:[,，]\s*[^()（）。！？:：;；,，\d\s]{2,4})?")
# line: QR-code and app prompts, ICP registration, login and report boxes.
# What a call to pass a post on asks for.
_SHARE_ACTION = r"(?:点赞|点个赞|点个在看|在看|收藏|转发|分享|关注|评论|留言)"
FURNITURE_LINE_PATTERNS = (
    re.compile(r"(?:字号|字体)[:：]?\s*[【\[]?\s*大\s*[】\]]?\s*[【\[]?\s*中\s*[】\]]?\s*[【\[]?\s*小"),
    # A page's tool bar left as a line of its buttons, two or more in any order ("A- A+", "字体：小 中 大",
    # "默认 大 超大", "[ 打印 ] [ 关闭 ]", "【大 中 小】【打印】【关闭】", "收藏 分享", a government site's "无障碍 长者模式 繁体"),
    # or one alone in brackets (【返回顶部】) or a language switch alone (繁體, English, 读屏专用), a listening bar's
    # button alone (听新闻, 语音播报, 听全文, AI朗读: news apps' and 适老化 government pages'; 百度百科's 播报 by each section's
    # heading), a button to read on the phone (手机看), and share.js's QR helper ("微信里点“发现”，扫一下" /
    # "二维码便可将本文分享至朋友圈。") and its other wording, a CMS's WeChat share box ("打开微信，点击底部的“发现”，" /
    # "使用“扫一扫”即可将网页分享至朋友圈。").
    # (Possessive and atomic: a line of many buttons and then a word is given up in one pass, not tried
    # again for every way its spaces could be shared out.)
    re.compile(r"^(?:\s*+[【\[(（]?+\s*+(?>" + _TOOL_BUTTON + r")\s*+[】\])）]?+\s*+[:：|｜/]?+){2,}$|"
               r"^[【\[]\s*(?>" + _TOOL_BUTTON + r")\s*[】\]]$|"
               r"^(?:繁[體体]版?|简体版?|读屏专用|English|关怀模式)$|"
               r"^(?:听新闻|听全文|听文章|语音播报|语音朗读|AI\s*朗读|点击收听|收听本文|朗读本文|播报(?:文章)?|我要打印)\s*[:：]?$|"
               r"^(?:手机看|(?:在)?手机上(?:阅读|打开|查看|浏览))$|"
               r"^微信里点\s*[“\"]?发现[”\"]?\s*[,，]?\s*扫一下|^二维码便可(?:将本文)?分享(?:至|到)朋友圈|"
               r"^打开微信\s*[,，]\s*点击底部的?\s*[“\"]?发现[”\"]?\s*[,，]?$|"
               r"^使用\s*[“\"]?扫一扫[”\"]?\s*即可将(?:网页|本文|文章)?分享(?:至|到)朋友圈"),
    # The author's affiliation on a line of its own, a credit like the author's name ("作者单位:湖北省恩施…巴东县分局",
    # "【作者单位：中国社会科学院研究生院、华中科技大学社会学系】"; CWCED's labels leave it out of the text).
    re.compile(r"^[【\[]?作者(?:所在)?单位\s*[:：]\s*[^。！？]{2,80}?[】\]]?$"),
    # and a journal paper's, as copies of it set it under the authors' names: the institution and its city's postcode in
    # brackets, or numbered, one per author's mark ("(南京大学环境学院,污染控制与资源化研究国家重点实验室,江苏 南京 210023)",
    # "(1.武汉纺织大学 图书馆,武汉430200;2.武汉工程大学 马克思主义学院,武汉 430205)", "1.天津大学青岛海洋技术研究院, 山东 青岛
    # 266235"; fx361.com and its mirrors). No label's colon: a notice's 地址：…大学… 邮编：100084 is its contact.
    re.compile(r"^(?:[(（]\s*(?:\d{1,2}\s*[.．]\s*)?|\d{1,2}\s*[.．]\s*)" + _AFFILIATION + r"(?:\s*[;；]\s*\d{1,2}\s*[.．]\s*"
               + _AFFILIATION + r")*\s*[)）]?$"),
    # or each author's in brackets of its own, side by side ("(中国医学科学院北京协和医院 北京 100730) (国家开放大学图书馆
    # 北京 100039)", zgkjsz.com). (A pattern of its own: texts drawn from the two as one alternation took minutes.)
    re.compile(r"^(?:\s*[(（]" + _AFFILIATION + r"\s*[)）]){2,4}$"),
    # A journal paper's library codes and the way to cite it, as its copies keep them above the text: its
    # classification (中图分类号 X321 文献标识码 A 文章编号 …, [中圖分類號]X321[文獻標識碼]A…; shuizhifenxi.com, handmsg.com)
    # and its reference in GB/T 7714's form, a document type's letter in brackets ([引用格式]吴翠霞,…[J].中国水土保持,2024(7):53-58.).
    re.compile(r"^[\[【]?(?:中图分类号|文献标识码)[\]】]?\s*[:：]?\s*[A-Z][^。！？]{0,200}$|"
               r"^(?:[\[【](?:本文)?引用格式[\]】]|(?:本文)?引用格式\s*[:：])[^。！？]{0,300}\[[JMCDNRSPZ]\]"),
    # A forum archive's link to the thread it abridges (Discuz! Archiver's 查看完整版本: <the headline>).
    re.compile(r"^查看完整版本\s*[:：]"),
    # What a copy left of a tag it cut off: its last attributes and its end, shown as a line of text (foubo.com's copy
    # of 中国环境报's pictures: nload="this.removeAttribute('width'); this.removeAttribute('height');…" />).
    re.compile(r"^[A-Za-z-]{1,20}=\"[^\"]*\"(?:\s+[A-Za-z-]{1,20}=\"[^\"]*\")*\s*/?>$"),
    # A site's software signature left from its footer ("Powered by Discuz! X3.4", "Powered by DedeCMS"), alone or
    # closing a footer's row (Discuz!'s print view: | 欢迎光临 盛世湘黔网 (http://…) | Powered by Discuz! X3.2 |).
    # (Spelled in its two cases, not matched ignoring case: the line prefilter then looks for "owered" first.)
    re.compile(r"^(?:\|.*\|\s*)?[Pp]owered\s+[Bb]y\s+[\w!.\- ]{1,30}?(?:\s*\|)?$"),
    # A repost's link to its original, alone on a line with its address ("原文链接：https://…", "本文地址：http://…").
    re.compile(r"^(?:原文|本文|文章)(?:链接|地址|网址)\s*[:：]\s*https?://\S+$"),
    # A reading time above a blog's or an account's post ("本文共4541字，阅读大约需要18分钟", "阅读时长约3分钟",
    # "全文约2300字，阅读约需5分钟", "本文字数：1234，阅读时长约3分钟"; content farms' template: "本篇文章584字,读完约1分钟").
    re.compile(r"^[^。！？!?]{0,12}(?:\d+\s*字|字数\s*[:：]?\s*\d+)[,，。\s]*(?:(?:预计)?阅读|读完)[^。！？!?]{0,8}\d+\s*分钟[。.]?$|"
               r"^(?:预计)?阅读(?:时长|时间|需要?)\s*[:：]?\s*(?:约|大约)?\s*\d+\s*分钟[。.]?$"),
    re.compile(r"(?:京|沪|粤|浙|鲁|苏|冀|豫|川|鄂|湘|闽|皖|赣|晋|陕|辽|吉|黑|蒙|桂|琼|渝|滇|黔|藏|甘|青|宁|新|津)ICP[备证]|ICP备\d|(?:网站|ICP|公安机关|公安|网安)备案(?:编)?号"),
    # A portal's login box (hexun, 163, 1905.com): "登录超时，稍后再试", "免注册 快速登录", "注册电影网账号",
    # "使用合作账号注册" (a QQ or Weibo login); a Discuz! forum's: "正常登录", "隐身登录", "您可以选择隐身
    # 登录，论坛会员将在用户列表看不到您的信息。"
    re.compile(r"^登录超时|^(?:免注册\s*)?快速登录$|^(?:登录|注册)\s*[|｜/]?\s*(?:注册|登录)$|"
               r"^(?:用户名|通行证|帐号|账号)\s*[:：].{0,20}密码\s*[:：]|^注册\S{0,6}[帐账]号$|^使用合作(?:网站)?[帐账]号(?:登录|注册)$|"
               r"^(?:正常|隐身)登录$|^您可以选择隐身登录"),
    # A report dialog (举报原因, its reasons each alone on a line), a report button alone, and a captcha,
    # under posts, poems and WeChat articles.
    re.compile(r"^(?:举报原因|请详细阐明具体原因|投诉举报$|我要举报$|举报$|举报\s*[/|｜]\s*反馈$)|^(?:侵权抄袭|违法违禁|色情低俗|血腥暴力|赌博诈骗|广告营销|"
               r"人身攻击|其他不良信息|垃圾广告|虚假信息)$|^验证码(?:不正确|错误)?[!！]?$"),
    # A template's placeholder left unfilled, alone on its line or nearly ("{AddTime}", "网友:{AddUser}").
    re.compile(r"^[^{}]{0,10}\{[A-Z][A-Za-z]+\}[^{}]{0,10}$"),
    # A share bar's buttons, each alone on a line, and a site's follow box ("CSDN官方微信", "微信号：CSDNnews").
    re.compile(r"^(?:微信|微博|新浪微博|腾讯微博|QQ空间|QQ好友|易信|豆瓣网?|人人网|朋友圈|微信好友|复制链接)$"),
    re.compile(r"^(?:\S{0,10}官方微(?:信|博)(?:平台)?|微信号[:：]\s*\w+|微博关注|关注我们)$"),
    # A follow box's buttons: "证券时报APP" / "微信公众号" (securities times), "新浪新闻公众号", WeChat's
    # "关注该公众号". A labelled value stays: 来源:新派客户端 is the origin.
    re.compile(r"^(?:[^\s:：]{0,10}(?:APP|App|app|客户端|公众号)|关注(?:该|本)公众号)$"),
    # A share overlay's instructions (光明网): "点击右上角微信好友", "请使用浏览器分享功能进行分享".
    re.compile(r"^(?:点击右上角.{0,12}(?:微信|朋友圈|分享)\S{0,6}|请使用浏览器(?:的)?分享功能\S{0,10}|点击浏览器下方.{0,40}分享.{0,40})$"),
    # Action buttons and their toasts alone on a line: 收藏 / 赞赏 (a poetry site), a wiki's 编辑 beside each section's
    # heading (百度百科's, under its 播报), sina's 已收藏! …
    # 知道了, 新华网's 【纠错】 under a short brief (under a long text it ends the article), huanqiu's
    # 感谢您的反馈，我们将会减少此类文章的推荐 under its "not interested" menu.
    # A reply on a government message board may thank for feedback: only the recommender's toast goes. A
    # commercial site's chat button (联系客服, 在线客服: tender aggregators' copies of a bureau's notices).
    re.compile(r"^(?:收藏|已收藏[!！]?|点赞|赞赏|打赏|编辑|我?知道了|【(?:我要)?纠错】|(?:联系|在线|人工)客服|在线咨询)$|查看所有收藏过的文章。?$|^感谢(?:您|你)的反馈[，,]?\s*我们将(?:会)?减少此类\S{0,4}推荐[。!！]?$"),
    # The expander's button over a text it hides (点击阅读全文, 展开全文; the text is read whole behind it), and a content
    # farm's or an account's call to like and pass it on, two of the actions asked for at once ("如果觉得本文对您有帮助，
    # 请点赞、收藏、转发！"); a sentence reporting them is asked for nothing (该视频获得大量网友点赞、转发。).
    re.compile(r"^(?:点击|轻触)?(?:展开|继续)?(?:阅读|查看)?全文\s*(?:>>|»|＞＞)?$|"
               r"^.{0,16}(?:请|欢迎|记得|别忘了|麻烦)(?:您|你|大家)?(?:动动手指|顺手)?\s*" + _SHARE_ACTION
               + r"(?:\s*[、，,和与及/]\s*" + _SHARE_ACTION + r")+.{0,12}$"),
    # WeChat's page around a post, carried along when a post is reposted or its whole page read: its
    # counters (阅读 1234, 阅读 10万+ 在看 12, 1234人阅读, 点赞 12 在看 3), its links (阅读原文, 轻触阅读原文), its prompts
    # (预览时标签不可点, 继续滑动看下一个, 喜欢此内容的人还喜欢) and its collection tag (收录于合集 #生态环境 12个).
    # An account's end mark (·END·, — END —, -THE END-) and its prompt to the original (点击“阅读原文”了解更多).
    # (Possessive and atomic, as the tool bar's: a line of many counters' words and then a word is given up in one pass.)
    re.compile(r"^(?:(?>阅读|浏览|点赞|在看|赞|分享|留言)\s*+[(（:：]?+\s*+(?:[\d.]++\s*+[万wW]?+\+?+)?+[)）]?+\s*+)+$|"
               r"^[\d.]+\s*[万wW]?\+?\s*人(?:阅读|浏览|看过)$|^(?:轻触)?阅读原文$|^[-—–·•=~\s]*(?:THE\s*)?END[-—–·•=~\s]*$|"
               r"^(?:点击|轻触|戳)(?:下方|左下角|文末|底部)?\s*[“\"「]?阅读原文[”\"」]?.{0,20}$|^预览时标签不可点$|^(?:继续|向上)滑动看下一个$|"
               r"^喜欢此内容的人还喜欢$|^收录于(?:合集|话题)\s*#.{0,40}$|"
               # a post's opening prompt to follow the account ("点击上方【蓝字】,关注我们", "点击上方“生态环境部”关注我们")
               # and a mirror's button to the post ("查看原文")
               r"^[↑☝]?\s*(?:点击|点|戳)(?:上方|顶部)\s*[“\"【「]?[^”\"】」\s]{1,16}[”\"】」]?\s*[,，]?\s*(?:一键)?关注.{0,12}$|^查看原文$"),
    # A comment box's counter left without its number (163.com's "<a>0</a>人参与": the extraction
    # drops the link; ifeng and gamersky show the same counter), or with it (0条评论).
    re.compile(rf"^\d*\s*{COMMENT_COUNTER_WORDS}$"),
    # A WeChat account's keyword menu and end prompts, carried along when a bureau's 公众号 post is
    # reposted ("1、回复【社保】查询广州社保缴纳记录", "点击菜单栏【便民服务】解锁更多服务！", "看都看完了，点【在看】试试").
    re.compile(r"^(?:\d{1,2}\s*[、.．]\s*)?回复[【「\[][^】」\]]{1,12}[】」\]].{0,20}$|^点击(?:底部)?菜单栏.{0,30}$|"
               r"^.{0,12}点(?:个|亮)?[【「“\"]?在看[】」”\"]?.{0,12}$"),
    # An app prompt is a short line: "更多精彩请下载新派客户端。", "安装新浪财经客户端第一时间接收最全面的
    # 市场资讯→【下载地址】". A notice's paragraph telling citizens to download an app to apply stays.
    # So does a follow prompt ("欢迎关注微信公众号：好看的HK，第一时间…") and a portal's "更多精彩资讯请点击
    # 网易股票": 更多精彩 is a promotion's word; "更多详情请登录市政府网站查询" is the notice's.
    re.compile(r"^" + _NO_SERVICE_INSTRUCTION + r".{0,30}(?:下载|打开)\S{0,8}(?:客户端|APP|App|app)(?:[,，。\s].{0,20})?$|"
               r"关注(?:我们的)?(?:微信)?公众号[,，。!！]?$|"
               # a news app's buttons on its share page: 展开全文, APP内打开
               r"^(?:点击)?展开(?:阅读)?全文$|^\S{0,8}(?:客户端|APP|App|app)内(?:打开|阅读|查看)\S{0,4}$|"
               r"^(?:下载|安装)\S{0,10}(?:客户端|APP|App|app).{0,30}$|^(?:欢迎|请|敬请)关注(?:我们的)?(?:微信)?公众号\s*[:：]|"
               r"^更多精彩.{0,20}(?:请|敬请)(?:点击|关注|访问|搜索).{0,20}$|"
               # a paper's tip-off line under each story (澎湃新闻报料：021-962866, 新闻报料热线：…)
               r"^\S{0,10}报料(?:热线|电话|邮箱|方式)?\s*[:：]"),
    # A QR prompt is a short line of its own ("更多猛料！欢迎扫描左方二维码关注新浪新闻官方微信"); a
    # paragraph telling readers to scan a code to book or vote is the article's.
    re.compile(r"^" + _NO_SERVICE_INSTRUCTION + r".{0,20}(?:长按(?:识别)?|扫描?码?\S{0,4})二维码.{0,30}$"),
    # A breadcrumb trail's label and crumbs ("当前位置：首页 > 新闻中心", "您现在的位置 首页"); a sentence opening with
    # the same words ("当前位置不适合建设该项目，…", "您的位置将被严格保密，…") is the text's.
    re.compile(r"^(?:(?:您|你)(?:现在|当前)?(?:所在)?的?位置|当前(?:所在)?的?位置|所在位置)(?:\s*[:：>»]|\s|$)[^。！？，；]{0,40}$"),
    # A site's footer menu written as a line of its words, two or more ("网站地图 | 联系我们 | 使用帮助 | 法律声明",
    # a news site's "关于我们| 客服中心| 广告服务| 建站服务| 联系我们").
    re.compile(r"^(?:\s*+[|｜·]?+\s*+(?>网站地图|联系我们|关于我们|使用帮助|帮助中心|法律声明|隐私(?:声明|政策|保护)|网站声明|版权声明|"
               r"设为首页|加入收藏|友情链接|意见建议|网站纠错|网站导航|客服中心|广告服务|广告合作|商务合作|建站服务|招聘信息|"
               r"人才招聘|诚聘英才|投稿须知|服务条款|用户协议|意见反馈)\s*+){2,}[|｜]?$"),
    # A portal's feedback line under its stories (新浪's "400-052-0066 欢迎批评指正").
    re.compile(r"^(?:客服电话[:：]?\s*)?[\d\-]{7,}\s*欢迎批评指正$"),
    # A Discuz! forum's footer time ("GMT+8, 2025-1-5 06:28"), on its threads and the portals built on it.
    re.compile(r"^GMT[+-]\d{1,2},\s*\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}"),
    # A footer's line for reporting harmful content online ("本站违法和不良信息举报 联系邮箱: …", "中国互联网举报中心"), not
    # a sentence, and not a bureau's own hotline for reporting polluters (举报电话：12369, "可拨打12369环保举报电话反映").
    re.compile(r"^[^。！？]*(?:(?:不良|有害|违法)(?:信息|内容)\S{0,8}举报|举报(?:中心|专区))[^。！？]*$|"
               r"网备字|新出网|公网安备|网安备\d|国新网证?\s*\d|信息网络传播视听节目许可证(?:号|编号)?\s*[:：（(]?\s*\d"),
    # Buttons and labels alone on a line: a slideshow's Previous / 下一张, a follow box's 官方微信, and
    # Bootstrap's screen-reader label of its menu button, "Toggle navigation", on the many sites built
    # on its templates.
    re.compile(r"^(?:Previous|Next|上一张|下一张|官方微信(?:平台)?|文档附件|Email[:：].*|E-mail[:：].*|Toggle navigation)$", re.IGNORECASE),
    # A dialog's close button alone on a line (the 吉林 government CMS's share box: "X"), and a document's
    # buttons for its other formats (its "pdf下载" / "word下载"; an attachment names its file and stays).
    re.compile(r"^[X×✕✖]$|^[【\[]?(?:(?:pdf|word|wps|ofd)\s*(?:版|格式)?\s*下载|下载\s*(?:pdf|word|wps|ofd)\s*(?:版|格式)?)[】\]]?$",
               re.IGNORECASE),
    re.compile(r"使用这个链接引用该篇文章|版权与免责声明"),
    # A picture's prompt ("（点击看清晰大图）", "点击图片进入下一页") or the word a copy left where the picture was
    # (图片 alone: copies of WeChat posts on gailwq.com and ydtiger.com), and a time alone on a line, what is
    # left of a list of "headline time" entries without their headlines ("- 2020年07月08日 13:36:14"): a
    # notice's closing date has no time.
    re.compile(r"^[（(]?点击(?:图片)?可?(?:查看|看|进入)?\S{0,4}(?:大图|原图|高清图|下一页)[)）]?$|^图片$|"
               r"^\d{4}(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2})\s*\d{1,2}:\d{2}(?::\d{2})?$"),
    # A widget's placeholder until its script fills it (光明网's poll, in a form with no fields yet: "调查问题
    # 加载中，请稍候。" / "若长时间无响应，请刷新本页面").
    re.compile(r"^\S{0,10}(?:加载中|正在加载)[，,.。…]*(?:请稍候|请稍等)?[.。…!！]*(?:\s*若长时间\S*)?$|^若长时间(?:无响应|未加载)[，,]?请刷新"),
    # A video player's leftovers: its elapsed and total time ("00:00 / 03:25"), its play prompt alone
    # ("请点击播放"), and the fallback a <video> or a Flash player shows a browser that cannot play it
    # ("您的浏览器不支持HTML5视频播放，请升级浏览器。", "请安装Flash播放器").
    re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?$|^请?点击(?:播放|观看)(?:视频)?$|"
               r"^(?:抱歉[，,]?)?(?:(?:您|你)的?(?:当前)?|当前)浏览器(?:版本过低|暂?不支持).{0,30}$|^请(?:先)?(?:安装|升级)\S{0,8}(?:Flash|flash)\S{0,8}$"),
    # A forum's thread index: "title【author】08-11 16:58 138字 [140/0]", one reply after another.
    re.compile(r"【[^【】]{1,20}】\s*\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}\s+\d+字\s*\[\d+/\d+\]"),
    # A blog post's closing line of its .Text-style engine (博客园, 博客堂): its time and counters,
    # "posted @ 2021-03-05 10:20 作者 阅读(123) 评论(0) 编辑 收藏", "发表于 2004年12月27日 12:40 - (阅读:3727;评论:63)".
    re.compile(r"^(?:posted\s*(?:@|on)|发表于|发布于)\s*\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?\s*\d{1,2}:\d{2}.{0,40}?"
               r"(?:阅读|浏览|评论|views?|comments?)\s*[:：(（]\s*\d+", re.IGNORECASE),
    # A MediaWiki citation under an entry (zh.wikipedia and the wikis on its software): a caret back to
    # where it is cited, then the source with its access date ("- ^ 刘桃熊. …. 新华网. 2023-12-06 [2023-12-11]."),
    # or its archive note ("（原始内容存档于2023-12-11）"). A note explaining a point ("^ 常错译金钟国，…") stays.
    re.compile(r"^(?:-\s*)?\^\s(?:跳转到|.*\[\d{4}-\d{2}-\d{2}\])|（原始内容存档(?:\s*\(PDF\))?于\s*\d{4}-\d{2}-\d{2}）"),
    # A government site's page tools and footer, which a short text's second reading or a layout table
    # brings in: the 找错 button every government site carries, its elderly and accessible modes (适老化
    # 无障碍服务, 长者模式, 关怀版), its reading tools (视力保护色, 默认 护眼, 【大】【中】【小】, 【收藏本页】), a
    # counter alone on its line (阅读次数：1234, 您是本站第1234567位访问者 or 位访客), the browser advice
    # (建议使用1024×768分辨率浏览本站).
    re.compile(r"^(?:政府网站找错|我要找错|适老化(?:无障碍)?(?:服务|浏览)?|无障碍(?:浏览|阅读)|长者模式|关怀版|视力保护色[:：]?.{0,20}|"
               r"默认\s*护眼|(?:[【\[]?[大中小][】\]]?\s*){3}|[【\[]?(?:收藏本页|加入收藏|设为首页)[】\]]?)$|"
               r"^(?:阅读|浏览|点击|访问)(?:次数|量)\s*[:：]\s*\d*\s*次?$|^您是本?(?:站|网站)?(?:的)?第\s*\d+\s*位访(?:问者|客)|"
               r"^.{0,16}建议您?(?:使用|采用).{0,30}(?:分辨率|浏览器)(?:(?:下|进行)?(?:浏览|访问|查看)(?:本站|本网站|网站|本页)?)?[。.!！]?$"),
)
# A line of a contact box: a telephone, fax or hotline number, a postcode, an e-mail address, or an
# address under a label spaced out to the width of the others ("地 址：…", as a footer sets them).
CONTACT_BOX_LINE = re.compile(
    r"^(?:联系电话|电\s*话|传\s*真|联系方式|咨询热线|服务热线|客服热线)[:：]?\s*[\d\-—()（） ]{7,}|"
    # a portal's report box under every story (sina's "举报邮箱：jubao@vip.sina.com")
    r"^(?:举报|投诉)(?:电话|热线|邮箱|信箱)[:：]\s*(?:[\d\-—()（） ]{5,}|\S+@\S+)$|"
    r"^(?:邮政编码|邮\s*编)[:：]\s*\d{6}$|^(?:电子信箱|电子邮箱|电子邮件|邮\s*箱)[:：]\s*\S+@\S+$|^地\s+址[:：].{2,40}$")
# An address line is one of a contact box beside another of its lines ("地址：济南市…" over "联系电话：…"); alone it may
# be an event's or a notice's.
ADDRESS_LINE = re.compile(r"^(?:通讯|联系|单位)?地址[:：].{2,40}$")
# An address with the postcode or telephone beside it, as a footer sets them on one line ("地址：南京市…
# 传媒广场 邮编：210092 联系我们：025-96096"); only above a footer's registration line is it the site's: a
# notice may close with the same line of its own.
ADDRESS_AND_TELEPHONE_LINE = re.compile(r"^(?:通讯|联系)?地址[:：][^\s。；;]{2,40}\s+(?:邮编|邮政编码|(?:联系)?电话|传真|联系我们)[:：]")
# What makes a contact box a notice's own: the line before it names whom to reach or asks the reader
# to get in touch or to report (联系人：张三, 沈勍晔 老师, 联系方式：, 如有异议，请与我局联系。, 欢迎社会各界
# 监督举报。). The site's box, in its header or footer, follows nothing of the kind.
CONTACT_INTRODUCTION = re.compile(r"[:：]\s*$|联系|咨询|垂询|反映|举报|投诉|监督|老师|先生|女士|同志")
# A portal's staff code after its editor's name: 网易's "杨倩_NF4425", 凤凰's "杨岚 PN068", 新浪's "张迪
# SF006". The name says who edited; a code alone ("责任编辑：NF058") is all a page says of its editor and stays.
_STAFF_CODE = r"[A-Z]{2,4}\d{3,6}"
EDITOR_STAFF_CODE = re.compile(rf"(?<![_\s])[_\s]+{_STAFF_CODE}$")
# The article ends at its editor's line ("责任编辑：杨倩_NF4425", after the source on 网易's: "本文来源：华尔街见闻
# 责任编辑：NF058"); what follows is the portal's (comments, "hot news" cards, the next story's teaser).
# The line counts as the end only after the article has begun (MIN_TEXT_BEFORE_ARTICLE_END): some
# templates name the editor above the article (guancha).
# An editorial chain without colons ("编辑 刘晓阳 校对 李铭", 新京报) ends it too, and so does an editor's
# credit in brackets ("（编辑：燕于）", "（松花江网编辑 孙桂芳）", a reposting newspaper site's, before its reprint
# policy); not a video's or a picture's editor (（视频编辑：…）), whose credit may stand within the text.
BRACKETED_EDITOR_CREDIT = re.compile(r"^[（(]\s*(?:[^\s（）()]{1,10}?(?:网|报|社|台|客户端))?(?:责任编辑|编辑)\s*[:：]?\s*"
                                     r"(?P<name>[\u4e00-\u9fff]{2,4})\s*[）)]$")
# The same credit, or an editor's line, run into the end of a paragraph's last sentence near either end of the text, as
# CMSs write it inside the last paragraph ("…提出具体要求。（责任编辑：张三）", "…提出具体要求。 责任编辑：张三"): the editor
# is read and the credit goes (attribution.split_attribution).
CLOSING_EDITOR_CREDIT = re.compile(r"(?<=[。！？”])\s*(?:(?P<open>[（(【\[])\s*(?:责任编辑|编辑|责编)|(?:责任编辑|责编))\s*[:：]\s*"
                                   r"(?P<name>[\u4e00-\u9fff]{2,4})\s*(?(open)[）)】\]])$")
# A paper's credits closing a story, without colons: 新京报's "编辑 刘晓阳 校对 李铭", after its reporters'
# byline on the same line ("新京报记者 张三 编辑 李四 校对 王五"), where the proofreader may be left out and
# the editor named with the paper's short name (每日经济新闻's "每经记者 张三 每经编辑 李四").
EDITORIAL_CHAIN = re.compile(r"^(?:\S{0,8}记者\s*(?P<authors>[\u4e00-\u9fff]{2,3}(?:[ 、]+[\u4e00-\u9fff]{2,3}){0,3})\s+"
                             r"\S{0,4}?)?(?:责任编辑|责编|编辑)\s*[:：]?\s*(?P<editor>\S{2,4})"
                             r"(?(authors)(?:\s+(?:校对|审核|终审|监制)\s*[:：]?\s*\S{2,4})?|\s+(?:校对|审核|终审|监制)\s*[:：]?\s*\S{2,4})$")
ARTICLE_END_LINE = re.compile(r"^(?:本文来源\s*[:：]\s*\S{1,30}\s+)?"
                              r"[【\[(（]?\s*(?:责任编辑|责编)\s*[】\])）]?\s*[:：]\s*\S{0,20}(?:\s+" + _STAFF_CODE + r")?\s*[】\])）]?$|"
                              + EDITORIAL_CHAIN.pattern + "|" + BRACKETED_EDITOR_CREDIT.pattern)
# So does the button readers report an error with (新华网's 【纠错】 under every article, a
# provincial portal's 【我要纠错】); the button goes, the editor's line after it (on its line or the
# next: 【纠错】 then 【责任编辑:张樵苏】) stays.
ERROR_REPORT_BUTTON = re.compile(r"^【(?:我要)?纠错】")
# So does the heading of the readers' comment box, which goes with the comments (最新评论, 全部评论（12）,
# 网易's 网友评论仅供其表达个人看法… and 目前没有热门跟贴, 新华网's 新闻评论): trafilatura keeps a box whose class is not
# "comment…" (网易's post_comment, 新华网's news-com).
COMMENT_BOX_HEADING = re.compile(r"^(?:(?:网友|文章|新闻|最新|最热|热门|全部|精彩)?(?:评论|跟贴|跟帖|留言)(?:\s*[（(]?\d*[)）]?)|"
                                 r"我要评论|发表评论|共\s*\d+\s*条评论|目前没有\S*(?:跟贴|评论)\S*|网友评论仅\S*)$")
# So does the site footer's line with a registration number, which only a footer shows: the ICP licence
# (湘ICP备14002927号), the public-security filing (湘公安网备号43010402000231号, 京公网安备 11010502030143号,
# 公安机关备案号：43010302000524),
# a government site's 网站标识码 (bm17000009) and a news site's licence (互联网新闻信息服务许可证32120170004,
# 新华报业's). A footer kept with a table layout goes on with the site's address, telephone and mailbox
# ("医院地址：…24小时急救电话：…", a hospital). A sentence naming a licence, even with its number ("…许可证编号
# 为11120170001。"), or a data table's row (a 政府网站工作年度报表's | 网站标识码 | … |), is no footer.
SITE_REGISTRATION = re.compile(r"(?:ICP[备证]|公网安备|公安网备|公安机关备案号|网站标识码|互联网新闻信息服务许可证(?:编号)?)"
                               r"\s*[:：]?\s*[\u4e00-\u9fff]{0,2}\s*[A-Za-z]{0,2}\d{6,}")
# The data of a page its script builds holds the page's article when one of its strings has this many
# visible characters of prose: an article's least (pipelines.process.MIN_ARTICLE_CHARS).
MIN_SCRIPTED_ARTICLE_CHARS = 150
# A news brief's worth of text: two or three sentences (新华社快讯, a 北京商报讯 rate notice, a sports flash).
MIN_BRIEF_CHARS = 60
# A statement a hijack wrote a brand into keeps its text without the brand when a brief's worth of it is
# left (spam.cut_injected_brands); an advert's line is shorter, and goes.
MIN_STATEMENT_WITHOUT_BRAND_CHARS = MIN_BRIEF_CHARS
# Shorter, a statement keeps its text without the brand when the brand was glued between Han characters, as keyword
# injection writes it (…和国家乐虎国际lehu88治理体系的优越性。), and what is left holds none of a betting advert's words:
# its short copy glues the brand in too (欢迎来到乐虎国际lehu88体验最刺激的游戏，注册就送大礼包，客服全天在线。), and such a
# line is judged whole. An honest short line holding one of them is judged whole as well, as every short line was.
# (Words of a betting advert's money and service, not those an official text shares with it: 平台, 体验, 优惠, 下载.)
ADVERT_WORDS = ("注册", "充值", "提款", "提现", "到账", "客服", "彩金", "首存", "信誉", "返水", "玩家")
# A headline keeps what a cut brand leaves of it when at least this many Han characters are left: the shortest
# headlines of a government site (市长信箱回复 is six); a banner's leftovers are fewer (the (中国) of
# 开云体育(中国)官方网站-登录入口, the League of …-Champions League).
MIN_HEADLINE_HAN_LEFT_BY_A_CUT = 6
# Characters of sentences (lines with sentence punctuation; menus and share bars do not count) the end
# needs above it...
MIN_TEXT_BEFORE_ARTICLE_END = 200
# ...or, for a short text, a news brief's worth (MIN_BRIEF_CHARS): trafilatura, reading the whole
# page again for a short text, brings the portal's blocks after it (网易's two-sentence PMI flash: 网易荐新闻,
# 跟贴 counters, the login form; a gallery's captions under a one-paragraph story). Not when what is above
# is a summary (导语：, 摘要：…), which a template may set above its editor's line and the article.
MIN_BRIEF_TEXT_BEFORE_ARTICLE_END = MIN_BRIEF_CHARS
# A short line near the top that is only a date, a time and page labels (发布/点击/来自…) is the
# info line leaking into the text; the same line at the end of a notice is its date and stays.
DATELINE_MAX_CHARS = 50
# Old portal templates open the info line with the channel's address ("http://biz.163.com 2005-04-25
# 08:24:06 来源: 第一财经日报 网友评论 0 条", sina's "http://house.sina.com.cn 2005年03月31日03:18"): an
# address is no text and does not count towards that length.
WEB_ADDRESS = re.compile(r"https?://\S+")
# A closing card's line naming the page itself: its headline or its address (clean.remove_permalink_card).
PERMALINK_CARD_LINE = re.compile(r"^(?:本文|文章)?(?:标题|链接|地址|网址)\s*[:：]\s*(?P<value>\S.*)$")
# A law's or resolution's note of its adoption under its title is the document's, not a dateline:
# "（2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）".
DOCUMENT_ADOPTION_NOTE = re.compile(r"^[（(].*\d{4}\s*年.*(?:通过|公布|发布|修订|修正|施行|批准)[)）]$")
DATELINE_HEAD_LINES = 4
# What marks a line of the info area: a field's colon, a date or a time (2019-09-24, 2022年9月20日, 09:54), a time
# told relative to the fetch (3小时前, 昨天).
INFO_DATE = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}:\d{2}|分钟前|小时前|昨天|前天")
INFO_FIELD_OR_DATE = re.compile(r"[:：]|" + INFO_DATE.pattern)
# A time of day: a headline seldom states one, a comment's or a list entry's heading does.
CLOCK_TIME = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")
# A breadcrumb trail split over the first lines ("首页 >" / "快讯 >" / "公司 >" / "公司", securities
# times; "主页" / ">" / ">", a stock-tips site): a piece ending in its separator, a separator alone or
# the home page's link, or a last crumb after its separator (">> 政府信息公开基础平台", a province's
# CMS). The short line after the trail is the current section's crumb.
# A footer's lines above its registration numbers and copyright name who runs the site and who built
# it, among its address and telephone: "主办单位：内蒙古自治区人民政府办公厅 承办单位：…政务服务局",
# "巴彦淖尔市人民政府办公室（主办） 巴彦淖尔市大数据中心（承办）", "版权所有：湖南省市场监督管理局" / "地 址：…" /
# "电 话：…", "技术支持：…科技有限公司", "网站维护：…". They go with the footer when the extraction keeps it...
SITE_OWNER_LABEL = re.compile(r"(?:主办|承办|协办)(?:单位)?\s*[:：]|[（(](?:主办|承办)[)）]|" + _COPYRIGHT_HELD + r"|网站标识码")
SITE_BUILDER_LABEL = re.compile(r"(?:技术支持|网站(?:建设|制作|维护|运维)|运行维护|运维)(?:单位)?\s*[:：]")
# ...and a line naming both, as a footer sets them side by side, ends the article where no registration
# line follows. A notice's organisers (主办单位：… / 承办单位：… / 技术支持：…, a line each) stay.
# A crumb alone, a crumb and its separator, a separator and the last crumb; or the whole trail on one line
# (首页 > 工作动态 > 正文, 首页 >> 新闻中心 >> 工作动态).
BREADCRUMB_LINE = re.compile(r"^(?:网站首页|首页|主页)$|^\S.{0,15}?\s*[>»＞›]{1,2}$|^[>»＞›]{1,2}(?:\s*[^\s>»＞›，。！？]{1,15})?$|"
                             r"^(?:网站首页|首页|主页)(?:\s*+[>»＞›]{1,2}\s*+[^\s>»＞›，。！？]{1,15})+\s*[>»＞›]?$")
BREADCRUMB_HEAD_LINES = 8
MAX_CRUMB_CHARS = 8
# So is a piece of a date set on lines of its own by the template ("2019" / "09/07" / "19:02", qq.com),
# or a relative one ("昨天", "3小时前").
DATE_PIECE_LINE = re.compile(r"^(?:\d{1,4}(?:[/:.\-]\d{1,2}){0,2}|\d{1,2}(?:分钟|小时|天)前|刚刚|昨天|前天)$")
SENTENCE_PUNCTUATION = re.compile(r"[。！？；，]")
# A sentence's end as texts typed with ASCII marks write it (大气污染控制与环境管理专家.现任…, …减排策略. ②…): after a
# Han character, before another, a space or the line's end (not a date's 2023.02.03 nor a domain's dot).
ASCII_SENTENCE_END = re.compile(r"(?<=[\u4e00-\u9fff])[.;!?](?=[\u4e00-\u9fff\s]|$)")
# So does the footer's copyright line, a year after the mark and the reservation with it ("Copyright © 1996 -
# 2005 SINA Inc. All Rights Reserved 版权所有 新浪网", "Copyright © 2005 wenxuecity.com. All Rights Reserved.",
# "版权所有 © 2018 某某市人民政府"), however long the links before it; a picture's credit ("© 2019 Getty
# Images") reserves nothing.
SITE_COPYRIGHT = re.compile(r"^(?=.*(?:All\s+Rights\s+Reserved|版权所有))(?=.*(?:Copyright|©)\s*(?:\(c\)|©)?\s*(?:19|20)\d{2})",
                            re.IGNORECASE)
# The end of a statement: a headline, a banner or a menu never has one.
FULL_STOP = re.compile("。")
# A sentence's end: a footer's line never has one.
SENTENCE_END = re.compile(r"[。！？]")
# A label closing the text with nothing after it: its value was links the extraction dropped (163.com's
# 关键词阅读： and 跟贴热词：, 百度百科's 词条标签：). Nothing follows it for it to name. A sentence
# announcing what follows is the author's, even when what it announced was a picture ("以下为公告：",
# "附："), and stays.
EMPTY_LABEL_LINE = re.compile(r"^(?!.*(?:以下|如下|下列|下面|附))[^\s:：。，！？；、]{1,10}\s*[:：]$")
# The article's tags closing the text, on the label's line or each on a line under it ("关键字：" /
# "LPR", 北京商报; "关键词阅读： 汇丰 服务业PMI", 163.com; "关键词 >> 新冠病毒,预测指标", 澎湃): the page's links
# to its tag pages; a content farm's 热门标签： / 相关标签： and DedeCMS's TAG标签： under a copy.
TAG_ROW_LABEL = re.compile(r"^(?:文章|本文|词条|热门|相关|TAG)?(?:关键字|关键词|标签|Tags?)(?:阅读)?\s*(?:[:：]|>>|»|＞＞)",
                           re.IGNORECASE)
# A tag is a word or a name: a line under the label longer than this, or with sentence punctuation,
# is text, and the label above it stays.
MAX_TAG_CHARS = 12

# --- Attribution and editorial lines (seeds 000, 002, 004) --------------------------------------
# At the start or end of the body, "LABEL: value" (also 来源/…) lines are metadata, not text.
ATTRIBUTION_LINE = re.compile(
    r"^[【\[(（]?\s*(?P<label>来源|文章来源|本文来源|信息来源|新闻来源|稿件来源|内容来源|稿源|出处|供稿单位|供稿|出品|(?:本文)?原标题为?|原题为?|整理|编辑|责任编辑|责编|编审|校对|审核人?|审读|"
    # a repost's note of where it was taken from, with or without a colon: 转自：…, 本文转载自中国环境报
    r"(?:本文|文章)?转(?:载)?自|"
    r"一审|二审|三审|初审|复审|终审|签发|起草人|信息员|"
    # the editors of a paper's or an app's credits: 上观's 栏目主编 / 文字编辑, 本期编辑, 值班编辑, 图片编辑; a multimedia
    # piece's writer, 文字 (a line opening with 设计： or 视频： may be a notice's field or a video's caption)
    r"栏目主编|主编|本期编辑|值班编辑|文字编辑|图片编辑|视频编辑|"
    # a writer who also took the pictures: 文/图：张三, 图/文 张三, 图文：张三; a multimedia piece's credits, 策划：… /
    # 统筹：… / 文字：… / 视频：… / 海报：… (视频 and 设计 only before names: "视频：市民在公园晨练" is a caption)
    r"总监制|监制|统筹|策划|制作|美编|排版|作者|文字|文[/／]图|图[/／]文|图文|文图|文|记者|撰稿|撰文|执笔人|执笔|通讯员|摄影|摄像|"
    # a translation's translator and reviewer (译：Chen Bin, 翻译 | 龚铭康, 审校 | 梁金), credited beside its author
    r"翻译|译者|译|审校|校译|"
    r"剪辑|配音|出镜|航拍|海报|视频|设计|图)[】\])）]?"
    r"(?:\s*[:：/|｜︱丨]\s*|(?<=[题为])(?=《)|(?<=[文图][/／][图文])\s+|(?<=转自|载自)\s*|"
    # a label in brackets needs no colon: 南方+'s closing "【作者】 张三;李四", "【来源】 南方报业传媒集团南方+客户端"
    # (not 【文】 or 【图】, which may open a caption or a paragraph)
    r"(?<=[】\]])(?<![文图][】\]])\s*)(?P<value>.*)$"
)
# A label spaced out to the width of the others in a credits block ("监 制：高明勇", "审　读：…").
SPACED_LABEL = re.compile(r"^[【\[(（]?\s*(?:[\u4e00-\u9fff][ \u3000]+){1,3}[\u4e00-\u9fff](?=\s*[:：])")
# A government site's 供稿 (供稿单位) names the office that supplied the text, as its 来源 does.
# An app's or a paper's 出品 names the outlet that produced the piece ("出品：上游新闻").
# A repost's note of its source (本文转载自中国环境报) needs no colon, and so names a source only when it is no
# sentence (转自外地的危险废物须办理转移联单。).
REPOST_LABELS = frozenset({"转自", "转载自", "本文转自", "本文转载自", "文章转自", "文章转载自"})
ORIGIN_LABELS = frozenset({"来源", "文章来源", "本文来源", "信息来源", "新闻来源", "稿件来源", "内容来源", "稿源", "出处", "供稿",
                           "供稿单位", "出品"}) | REPOST_LABELS
# A source in brackets closing the text: "…2005年8月25日（来源：上海证券报）", "（本文来源：经济日报 作者：…）";
# a figure's 数据来源 or a picture's 图片来源 is not the article's.
CLOSING_SOURCE = re.compile(r"[（(]\s*(?:本文|信息|新闻|稿件|文章)?来源\s*[:：]\s*(?P<value>[^（）()]{2,60}?)\s*[)）]$")
# Credits each in its brackets on one line, closing a story: "(延边晨报) ( 责任编辑:李铁民 )" — the outlet, then the editor.
BRACKETED_CREDIT = re.compile(r"[（(][^（）()]{2,40}[)）]")
BRACKETED_CREDITS_LINE = re.compile(r"(?:\s*" + BRACKETED_CREDIT.pattern + r"){2,}\s*")
# An outlet's name alone in brackets closing the text credits its source ("（央广网）", "（界面新闻）").
CLOSING_OUTLET = re.compile(r"^[（(]\s*(?P<value>[^（）()\s]{2,14})\s*[)）]$")
# Credits whose label may also open a caption or a field: a line under them is a credit when it names people.
CREDIT_LABELS_BEFORE_NAMES = frozenset({"视频", "设计", "翻译", "译者", "译", "审校", "校译"})
# A note in brackets after an author's name, under its label: the author's affiliation (撰文 | 顾凡及(复旦大学生命科学学院),
# 作者：王五（清华大学环境学院教授）) or the name in its own script (作者： 周思博 (Joel Spolsky)). The names before it are the author.
NAME_THEN_BRACKETED_NOTE = re.compile(r"^(?P<names>[^（）()]*[^（）()\s])\s*[（(][^（）()]{1,40}[)）]$")
AUTHOR_LABELS = frozenset({"作者", "文", "文字", "文/图", "图/文", "文／图", "图／文", "图文", "文图", "记者", "撰稿", "撰文",
                           "执笔", "执笔人"})
EDITOR_LABELS = frozenset({"编辑", "责任编辑", "责编", "整理", "本期编辑", "值班编辑", "文字编辑"})
# 澎湃 closes a reposted piece with its first title, with no colon: "（原题为《是“收割韭菜”还是“回归理性”》）";
# a repost of an account's post opens with it: "本文原标题：《定了！…》".
ORIGINAL_TITLE_LABELS = frozenset({"原标题", "原标题为", "本文原标题", "本文原标题为", "原题", "原题为"})
# A first title in its marks with the post's first sentence run into its line after it ("本文原标题：《定了！…》搭地铁去坐邮轮
# 玩转东南亚！"): the sentence is the text's.
TITLE_THEN_SENTENCE = re.compile(r"^(?P<title>《[^《》]+》)\s*(?P<rest>[^《》]+[。！？!?])$")
FIELD_LABELS = ORIGIN_LABELS | AUTHOR_LABELS | EDITOR_LABELS | ORIGINAL_TITLE_LABELS | {"编审", "校对", "审核", "监制"}
# A news text opens with its outlet's dateline (讯头, 电头): "新浪科技讯 北京时间…", "长江网10月4日讯（记者
# 陈智）", "华龙网-新重庆客户端讯", "新华社北京2月29日电", 央视网's "央视网消息（记者 …）", "大气网讯:日前,…". The outlet is the
# longest start of the lead that names one (OUTLET_NAME: 某某县融媒体中心讯, not 某某县融媒); 本报, 本站 and 本网 name the site itself, and
# "据新华社电" cites another's. It is looked for on the text's first LEAD_DATELINE_LINES lines: a
# headline, an info line or a picture's caption may come first.
LEAD_DATELINE_LINES = 4
LEAD_DATELINE = re.compile(r"^[\[【(（]?\s*(?P<lead>(?!据|本)[^\s，。,.：:（(【\[]{2,20}?)"
                           # with its date, a dateline may run into the lead (a spun copy's 中新网7月18日电今年6月,…)
                           r"(?:\d{1,2}月\d{1,2}日(?:讯|电)|(?:\d{1,2}月\d{1,2}日)?(?:讯|电|消息)(?=[\s（(【\[，,:：]|$))")
# A 来源 value may carry the reporter: "齐鲁晚报 记者 张玉岩".
ORIGIN_WITH_REPORTER = re.compile(r"^(?P<origin>.+?)\s*(?:记者|作者|通讯员)[:：]?\s*(?P<author>.+)$")
# How far from either end of the body attribution lines and bylines are looked for.
ATTRIBUTION_HEAD_LINES = 2
BYLINE_END_LINES = 4
ATTRIBUTION_TAIL_LINES = 10
# An attribution value longer than this is a sentence that happens to start with a label.
MAX_ATTRIBUTION_VALUE_CHARS = 60

# What a list of names is written with (李娜、王强, 李娜，王强, 李娜&王强, 李娜 王强): the archive stores them one
# space apart (docs/schema.md). An ASCII comma only between Han names: "Smith, John" is one name.
NAME_SEPARATOR = re.compile(r"\s*[、，；＆]\s*|(?<=[\u3400-\u9fff])\s*[,;&]\s*(?=[\u3400-\u9fff])|\s+")

# Reporter bylines, standalone or in parentheses: "新京报记者 彭冲 山东冠县报道", "本报记者 葛灵丹",
# "（记者 胡晓蓉）", "新华网黑龙江频道 记者 伊琳 李清芬", "顶端新闻·河南商报记者马俊峰/文".
# A name never ends in 摄: "新华社记者刘通摄", "（刘通摄）" credit a photographer, who is not the author.
_HAN_NAME_CHAR = r"(?:(?![摄丨])[\u4e00-\u9fff])"
# A two-character name padded to the width of three, as 人民日报 and many papers set bylines ("本报记者
# 王乐文  方  敏", a journal's "作者: 赵  培"): two lone name characters with spaces between.
NAME_PADDING = (" ", "\u3000", "\xa0")
PADDED_NAME = re.compile(r"(?<![\u4e00-\u9fff])(" + _HAN_NAME_CHAR + ")[" + "".join(NAME_PADDING) + r"]{1,3}(" + _HAN_NAME_CHAR
                         + r")(?![\u4e00-\u9fff])")
# A credit after the names is no co-author: 每日经济新闻's "每经记者 张三 每经编辑 李四".
_CREDIT_WORD = r"(?!\S{0,4}?(?:编辑|责编|校对|审核|摄影|摄像)(?![\u4e00-\u9fff]))"
# A co-author may be named with a role of his own, a local paper's correspondent or intern after its
# reporter: "（记者陈青峰 通讯员吴细兰）", "记者 张三 实习生 李四".
_CO_AUTHOR_ROLE = r"(?:(?:本报)?(?:特约|见习|实习|首席)?(?:记者|通讯员)|实习生)"
# The role as it stands in a byline's names, after a separator, for taking out.
CO_AUTHOR_ROLE = re.compile(r"(?<![^\s、,，])" + _CO_AUTHOR_ROLE + r"\s*")
# Brackets a brand cut from a statement leaves empty, or holding only a label or a byline's roles (…升级。【】,
# （文章来源：）, a lead's （记者 ） whose names a hijack wrote its brand over).
EMPTIED_BRACKETS = re.compile(r"[【\[(（「]\s*(?:[^\s（）()【】\[\]「」:：]{1,8}\s*[:：]|(?:" + _CO_AUTHOR_ROLE + r"\s*)+)?\s*[】\])）」]")
_NAMES = (r"(?P<names>" + _HAN_NAME_CHAR + r"{2,4}(?:[ 、,，\u3000]+" + _CREDIT_WORD + r"(?:" + _CO_AUTHOR_ROLE + r"\s*)?"
          + _HAN_NAME_CHAR + r"{2,4}){0,3})")
# The photographer credited after the reporters ("记者 张三 摄影 李四", "记者 张三 图/李四", 现代快报's "记者 张三 王五 / 文
# 李四 / 摄") is no author.
_PHOTO_CREDIT_AFTER = r"\s+(?:摄影|摄像|图片?)\s*[:：/／]?\s*\S{2,12}(?:[ 、,，]\S{2,4}){0,2}"
_WRITERS_THEN_PHOTOGRAPHERS = (r"\s*[/／]\s*文\s+" + _HAN_NAME_CHAR + r"{2,4}(?:[ 、,，]+" + _HAN_NAME_CHAR
                               + r"{2,4}){0,3}\s*[/／]\s*摄")
# (A paper's contributor and commentator sign as its reporters do: 特约撰稿人 张三, 本报评论员 张三; a reporter who
# took the pictures too signs "本报记者 张三 文/图".)
BYLINE_LINE = re.compile(r"^[□■◎●]?\s*(?P<outlet>[^\s记]{0,16}?)\s*"
                         r"(?:(?:实习生|特约|首席)?记者|实习生|通讯员|(?:特约)?撰稿人|(?:特约)?评论员)\s*" + _NAMES
                         + r"(?:\s*/?\s*(?:文(?:\s*[/／]\s*图)?|图\s*[/／]\s*文)|\s+\S{0,12}(?:报道|电|讯)|\s*发自\S{0,8}|"
                         + _PHOTO_CREDIT_AFTER + "|" + _WRITERS_THEN_PHOTOGRAPHERS + r")?\s*$")
# A photo story's byline needs no role: names, then 摄影报道 (沧州晚报's "吕依霖 摄影报道": the pictures and the report);
# the names are read as names alone on a line are (attribution.standalone_person_names).
# (A name holds no separator, so the line is split into names one way only.)
PHOTO_REPORT_BYLINE = re.compile(r"^(?P<names>[^\s/／、,，]{2,4}(?:[ 、,，]+[^\s/／、,，]{2,4}){0,3})\s*[/／]?\s*(?:摄影|图文)报道$")
# An info line giving the reporter and the outlet without labels, as 澎湃 writes a partner's story
# ("石佳/中国青年报"): the names are the author, the outlet (OUTLET_NAME) the origin. A picture's or a
# video's credit ("图片/新华社") names no one.
NAMES_SLASH_OUTLET = re.compile(r"^(?!图片|视频|图文|文字|来源)" + _NAMES + r"\s*[/／]\s*(?P<outlet>\S{2,16})$")
# In brackets, after a dateline or an outlet's report: "（记者 张三）", "（新华社记者 张三）", 环球网's "【环球网报道 记者 张三】",
# a local paper's correspondents alone ("本报讯(通讯员 伍希博 韩杰)", a bureau's "(通讯员:娄彦涛 刘德凯)", a
# hospital's "本站讯（职工通讯员 李琴雯 刘会）"),
# a paper's own "（韶关日报记者 李明）", "（南方日报全媒体记者 张三）", 中央广播电视总台's "（总台央广记者 张三）", "（央视记者 张三）".
BYLINE_PARENTHESES = re.compile(r"[（(【]\s*(?:\S{0,10}?(?:电|报道)\s*)?"
                                r"(?:本报|新华社|总台(?:央广|央视)?|央广|央视|[^\s（）()【】]{2,10}?(?:报|网|台|社|客户端))?"
                                r"(?:全媒体|融媒体)?(?:(?:实习生|特约|首席)?记者|(?:特约|职工|学生|本报|本站|本台|本刊)?通讯员)"
                                r"\s*[:：]?\s*" + _NAMES + r"(?:" + _WRITERS_THEN_PHOTOGRAPHERS + r")?\s*[）)】]")
# "…记者马俊峰/文…" inside a line, or "…交汇点记者 徐睿翔" ending one.
BYLINE_INLINE = re.compile(r"(?:记者|通讯员)\s*(?P<names>" + _HAN_NAME_CHAR + r"{2,3})\s*/\s*文"
                           r"|(?:记者|通讯员)\s*" + _NAMES.replace("(?P<names>", "(?P<names_at_end>", 1) + r"\s*$")
# An info line "[ 黄宇 ] 来源：[ 国际金融报 ]": the bracketed names before 来源 are the author's.
BRACKETED_BYLINE = re.compile(r"(?:^|\s)[\[【]\s*" + _NAMES + r"\s*[\]】]\s*(?:来源|出处)")
# A lead naming its reporters without brackets: "本报讯 记者张三报道：", "新华社北京9月3日电 记者张三、李四报道".
LEAD_REPORTED_BY = re.compile(r"^\S{0,24}?(?:讯|电|消息)\s*[:：]?\s*(?:本报)?(?:特约|首席|实习)?记者\s*" + _NAMES + r"\s*报道")
# A line ending in a colon introduces what follows (获奖人员： / 王建国 李明华).
LABEL_BEFORE_ITS_VALUE = re.compile(r"[:：]\s*$")
# A profile of the author near either end of the text: "作者简介：张三，北京大学教授…", "【作者简介】李四（1970—），…".
AUTHOR_PROFILE = re.compile(r"^[【\[]?(?:作者简介|作者介绍|关于作者)[】\]]?\s*[:：]?\s*(?P<names>" + _HAN_NAME_CHAR
                            + r"{2,4})(?=\s*[，,（(：:]|\s*[，,]?\s*(?:男|女|现任|系|是|为))")
# A closing "（袁源）" or "（常书香 马丹阳 ）" after the last sentence names the author.
CLOSING_NAME = re.compile(r"[。！？”]\s*[（(]\s*" + _NAMES + r"\s*[）)]$")
# Text and pictures by one person, "文/图 汪路勇", "图文：李四"; 文 alone needs its separator ("文/李四"),
# else it is a word ("文化部").
_TEXT_AND_PICTURES = r"(?<![\u4e00-\u9fff])(?:文\s*[/／、·]\s*图|图\s*[/／、·]\s*文|图文|文图)"
# A credit closing the text: "（文/图 汪路勇）", "（文/刘翠燕）", "（刘翠燕/文 石水/摄）" (the writer, then
# the photographer), and a foreign report's translator, who signs it: "（编译/林靖东）" (腾讯科技),
# "（王磊/编译）". An organisation ("（文/图 学生学业指导中心）") is no one's name.
CLOSING_CREDIT = re.compile(r"[（(]\s*(?:(?P<label>" + _TEXT_AND_PICTURES + r"\s*[/／:：]?|(?:文|编译)\s*[/／:：])\s*)?" + _NAMES
                            + r"\s*(?(label)|[/／]\s*(?:文|编译))(?:\s+[^（）()]{1,20})?\s*[）)]$")
# "作者：宋怡 杨志华", "记者：张三", "文/李四", "作者｜周纯", "文丨李四" (WeChat's separators 丨 and ︱),
# "文/图 刘玺东", and a column's byline with no colon, "腾讯新闻《棱镜》作者 周纯": a label, then names
# (Han, or one Latin handle) that end where the line or the next field begins ("[作者: 刘满仓 责任编辑:
# 杨丹宇 ]": a word before a colon, or a field's label, is the next field, not a co-author).
_NAME_CHAR = r"(?:(?![摄丨])[\u4e00-\u9fff·])"
# A Latin handle (duscha), or a foreign name of up to three capitalised words (Kevin Kelly), a middle initial
# among them (Leticia F Cugliandolo, John F. Kennedy).
_LATIN_NAME = r"[A-Za-z][\w.-]{1,24}(?: [A-Z]\.?(?= ))?(?: [A-Z][\w.-]{1,24}){0,2}"
LATIN_NAME = re.compile(_LATIN_NAME)
_NOT_A_COAUTHOR = r"(?!(?:责任编辑|编辑|责编|来源|出品|摄影|图片|校对|审核)(?![\u4e00-\u9fff]))"
# After the label, the reporter's outlet and role may come first: "作者：记者 王琳琳", "作者：本报记者 陈晨",
# "文/羊城晚报全媒体记者 林园" (a label's value read as 记者 alone had ended the search for the byline).
_REPORTER_BEFORE_NAMES = r"(?:[^\s:：/／|｜]{0,12}?(?:记者|通讯员)(?!站)\s*)?"
# An oral account's credit names the narrator and who wrote it down, its two authors: "口述：王建国 整理：本报记者
# 李娜", "王建国 口述 李娜 整理", "口述/王建国 整理/李娜", "（王建国/口述 李娜/整理）".
_CREDIT_LABEL_SEPARATOR = r"\s*[:：/／|｜丨︱]?\s*"
_WRITTEN_DOWN = r"(?:整理|记录|执笔)"
_NARRATOR = _NAMES.replace("(?P<names>", "(?P<narrator>", 1)
_BRACKETED_CREDIT = r"^[（(【\[]?\s*{}\s*[）)】\]]?$"
ORAL_ACCOUNT_BYLINES = (
    re.compile(_BRACKETED_CREDIT.format("口述" + _CREDIT_LABEL_SEPARATOR + _NARRATOR + r"\s+" + _WRITTEN_DOWN
                                        + _CREDIT_LABEL_SEPARATOR + _REPORTER_BEFORE_NAMES + _NAMES)),
    re.compile(_BRACKETED_CREDIT.format(_NARRATOR + _CREDIT_LABEL_SEPARATOR + r"口述\s+" + _REPORTER_BEFORE_NAMES + _NAMES
                                        + _CREDIT_LABEL_SEPARATOR + _WRITTEN_DOWN)),
)
LABELLED_AUTHOR = re.compile(
    r"(?:(?:作者|记者|撰稿|撰文|执笔人?|" + _TEXT_AND_PICTURES + r"|(?<![\u4e00-\u9fff])文)\s*[:：/／|｜︱丨]\s*"
    + _REPORTER_BEFORE_NAMES + r"|(?:作者|" + _TEXT_AND_PICTURES + r")\s+(?=" + _NAME_CHAR + r"{2,8}(?:$|\s)))"
    r"(?P<names>" + _NAME_CHAR + r"{2,8}(?:(?:[ 、,，]|\s*[&＆]\s*)" + _NOT_A_COAUTHOR + _NAME_CHAR + r"{2,4}(?!" + _NAME_CHAR
    + r")(?!\s*[:：|｜︱丨])){0,3}|" + _LATIN_NAME + r")"
    r"(?=$|[\s|｜︱丨:：,，。()（）\[\]【】<>&/]|\d|发布|时间|日期|来源|编辑|阅读|浏览|点击)"
)
# A column's note of who let the portal publish it: "本文为冀勇庆授权网易财经《亦观察》专栏发布", "本文为李光斗
# 独家授权…" name the author (or an outlet: "本文为百略网授权…", which becomes the origin); "本文系作者授权发布",
# "本文系读者授权转载" and "本文系网友授权" name no one.
REPRINT_AUTHORISED_BY = re.compile(r"^本文(?:为|系)(?P<names>" + _NAME_CHAR + r"{2,8}?|" + _LATIN_NAME + r")(?<![者友])(?:独家)?授权")
# A platform's credit for a post it took from a WeChat account, a book or a paper: a line opening or closing the text
# whose comma-separated parts are the source, then the credits (虎嗅's "本文来自微信公众号:经济观察报 (ID:eeo-com-cn),
# 作者:李佩珊,头图来自:视觉中国" and "本文摘编自《流行之道》,作者:胡泳,题图来源:视觉中国"; 36氪's "本文来自微信公众号“…”
# （ID：…），作者：…，36氪经授权发布。"). The source is the origin, without the account's ID.
PLATFORM_CREDIT_SOURCE = re.compile(
    r"^(?:本文|文章)(?:来自|来源于|转载自|转自|摘编自|摘自|选自)\s*+[:：]?\s*+(?:(?P<account>(?:微信)?公众号)\s*+[:：]?\s*+)?"
    r"(?:“(?P<quoted>[^“”]{1,30})”|(?P<work>《[^《》]{1,60}》)|(?P<name>[^\s,，(（)）“”《》:：]{2,30}))"
    r"\s*+(?P<id>[(（]\s*+ID\s*+[:：][^()（）]{1,40}[)）])?$")
PLATFORM_CREDIT_PART_SEPARATOR = re.compile(r"[,，]")
# A credit after the source: the author, the editor, the post's first title, the pictures' source, and the platform's
# note that it was authorised.
PLATFORM_CREDIT_FIELD = re.compile(r"^(?:(?P<label>作者|编辑|责任编辑|原文标题|原标题)\s*+[:：]\s*+(?P<value>\S.*)|"
                                   r"(?:头图|题图|封面|配图|图片)(?:来自|来源于?)?\s*+[:：]\s*+\S.*|\S{1,16}经授权(?:发布|转载))$")
# What surrounds reporter names in a labelled author value: "信报记者 蔡雪婧", "观察者网专栏作者 王文",
# "姚峰 上海报道", "陈智 整合" (compiled by); and the roles between them in a newspaper's byline
# ("本报记者 张三 通讯员 李四", "记者陈青峰 通讯员吴细兰").
AUTHOR_VALUE_NOISE = (re.compile(r"^\S{0,12}?(?:记者|评论员|专栏作者|通讯员|实习生)(?!站)\s*"),
                      re.compile(r"\s+\S{0,8}(?:报道|出自|摄|整合|整理|编译)$"),
                      re.compile(r"(?<=\s)(?:本报)?(?:特约|见习|摄影)?(?:通讯员|实习生|记者)\s*"),
                      # "et al." after the first author, as WeChat's author field writes several (柴发合等, 文/於方等)
                      re.compile(r"(?<=[\u4e00-\u9fff]{2})等人?$"))
# The issuing organ of a government document is its author: "发文机关： 吉林省人民政府".
ISSUING_ORGAN = re.compile(r"(?:发文机关|发布机构|发文单位|发布机关)\s*[:：]\s*(?P<names>[^\s:：]{2,30})")
# A name alone on a line, or in brackets ("[ 黄宇 ]"), under the headline is its author when it
# starts with a common surname (the 120 most frequent cover about 90% of people).
COMMON_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
)
# What a CMS fills a name field (作者, 来源) with when no one is named: words for "unknown" and its
# user accounts (admin, 管理员, 小编). Compared in lower case.
NAMES_OF_NO_ONE = frozenset({"未知", "不详", "佚名", "匿名", "admin", "administrator", "管理员", "超级管理员", "系统管理员",
                             "system", "root", "webmaster", "小编", "本站编辑", "网站编辑", "本网编辑",
                             # more CMSs' defaults: an English account, the field's own label, a compiled story's
                             "editor", "发布者", "发布人", "综合", "综合报道",
                             # what the page is, written into the field: an original, a repost
                             "原创", "转载", "本站原创", "本网原创"})
# Words that stand alone on pages and start with a surname character, but name no one.
NOT_NAMES = frozenset({"文章", "首页", "新闻", "江湖", "评论", "专题", "图片", "视频", "更多", "返回", "关闭", "打印", "分享",
                       "相关", "推荐", "高级", "全文", "原文", "时间", "来源", "作者", "编辑", "万年历", "方案", "常见问题",
                       # a platform's follow button and a video player's quality switch, beside the byline
                       "关注", "高清",
                       # 网易's share button, beside 微信 and 微博 in share bars
                       "易信",
                       # what a CMS fills the author field with when no one is named
                       "网络", "网友", "网络整理", "本站整理", "本网整理", "综合整理", "本站", "本网",
                       # a portal's advertorial: 来源：商讯
                       "商讯",
                       # the roles of an oral account's credit (王建国 口述 李娜 整理: ORAL_ACCOUNT_BYLINES), and those a
                       # credit writes after a name and a slash (王磊/编译, 张三/摄影): not a co-author's name
                       "口述", "整理", "记录", "执笔", "编译", "翻译", "摄影", "摄像", "供图", "制图", "配图", "绘图",
                       "校对", "审核", "责编", "撰稿", "撰文", "采写"}) | NAMES_OF_NO_ONE
# An author value that names an outlet, not a person ("作者：新京报", a 新浪财经 byline): it is the
# article's origin. A person's name does not end in these (a county's media centre either: 宿松融媒讯, 某县融媒体中心);
# the national outlets named without such an ending are listed (sina's author meta names the outlet of a repost: 参考消息).
OUTLET_NAME = re.compile(r"^(?:[\u4e00-\u9fffA-Za-z0-9·]{1,12}"
                         r"(?:报|网|社|电台|电视台|杂志|周刊|财经|科技|新闻|频道|客户端|融媒(?:体中心)?)|"
                         r"参考消息|求是|半月谈|瞭望|财新|南方周末)$")
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "司徒", "夏侯", "长孙")
# Names alone on a line: "赵延东、风笑天", "[ 黄宇 ]", and a journal paper's authors as copies of it set them above
# their affiliation, a corresponding author's marked with an asterisk ("黄棨通 龚大洁*张海军 左甲虎 南旭梅"); up to twelve,
# as a research team signs a write-up of its study (澎湃's 市政厅: "蔡博峰 王金南 龙瀛 … 王江浩", eleven),
# and after a byline's mark set apart by slashes ("■ 牛堃瑛/仇泸毅"; without the mark, 张三/李四 may be a reporter
# and a photographer, as 澎湃's 石佳/中国青年报 is a reporter and an outlet: AUTHOR_SLASH).
_NAME_LIST_SEPARATOR = r"(?:\*\s*|\*?[ 、,，/／]+)"
STANDALONE_NAMES = re.compile(r"^(?P<mark>[□■◎●])?\s*[\[【(（]?\s*(?P<names>" + _HAN_NAME_CHAR + r"{2,3}(?:" + _NAME_LIST_SEPARATOR
                              + _HAN_NAME_CHAR + r"{2,3}){0,11})\*?\s*[\]】)）]?$")
# The marks that tie a paper's author to an affiliation, after the name: superscript or plain digits, one or several
# ("王开荣¹²,杜小康,于守兵", cehome.com's copy of a 中国水利 paper; "王开荣1,2,杜小康2" where the superscript was lost).
_AFFILIATION_MARK = r"(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\d{1,2})"
AUTHOR_AFFILIATION_MARKS = re.compile(r"(?<=[\u4e00-\u9fff])" + _AFFILIATION_MARK + r"(?:[,，]" + _AFFILIATION_MARK
                                      + r"(?![\d\u4e00-\u9fff]))*")
# The authors' affiliation in brackets after their names on the same line ("秦怡雯,钱 瑜*,荣婷婷 (南京大学环境学院,…,江苏 南京
# 210023)", fx361.com's copy of a 中国环境科学 paper).
# (Matched from the line's last opening bracket: searched for, a run of spaces would be read again from each.)
AFFILIATION_AFTER_NAMES = re.compile(r"[(（]\s*(?:\d{1,2}\s*[.．]\s*)?" + _AFFILIATION + r"(?:\s*[;；]\s*(?:\d{1,2}\s*[.．]\s*)?"
                                     + _AFFILIATION + r")*\s*[)）]")
# What sets a paper's authors apart besides a list's separators (NAME_SEPARATOR), read as a space.
AUTHOR_LIST_MARKS = re.compile(r"[*/／]")
AUTHOR_SLASH = re.compile(r"[/／]")
# A meta author that names people, not a site: Han names, or one Latin handle.
# A foreign name of several words is read only under a label (作者：Kevin Kelly): a meta author of capitalised
# words is as often an outlet ("China Daily", "CGTN Digital").
PERSON_NAMES = re.compile(r"^(?:" + _NAME_CHAR + r"{2,4}(?:(?:[ 、,，;；]+|\s*[&＆]\s*)" + _NAME_CHAR + r"{2,4}){0,3}"
                          r"|[A-Za-z][\w.-]{1,20})$")

# --- Metadata in the page's header area (the lines around the headline) -----------------------
# The labels of an info line as a page in Traditional characters writes them (a copy converted from
# the original, a Hong Kong or Taiwan portal's): read as their Simplified forms, so that the label
# patterns here, written in Simplified, find them before the page's script is converted (pipelines.process
# converts the values with the text).
TRADITIONAL_LABELS = {
    "來源": "来源", "出處": "出处", "責任編輯": "责任编辑", "責編": "责编", "編輯": "编辑", "記者": "记者",
    "通訊員": "通讯员", "實習生": "实习生", "攝影": "摄影", "發佈": "发布", "發布": "发布",
    "發表": "发表", "時間": "时间", "瀏覽": "浏览", "閱讀": "阅读", "點擊": "点击", "次數": "次数",
    "關鍵詞": "关键词", "關鍵字": "关键字", "導讀": "导读", "原標題": "原标题", "發文機關": "发文机关",
    "發文字號": "发文字号", "文號": "文号",
}
TRADITIONAL_LABEL = re.compile("|".join(sorted(map(re.escape, TRADITIONAL_LABELS), key=len, reverse=True)))
# Not a picture's or a figure's source under the headline ("图片来源：城市轨道交通2023年度统计和分析报告").
# The label may stand in brackets instead of before a colon (【来源】市生态环境局【浏览次数】), the value in
# brackets after it (来源：[ 市生态环境局 ]).
# A label in quotes is mentioned, not a field: a portal's disclaimer 凡本网注明“来源：XXX（非本网）”的作品….
HEADER_ORIGIN = re.compile(r"(?<!图片)(?<!照片)(?<!数据)(?<!资料)(?<!视频)(?<!图)(?<![“\"「『])(?:来源|稿源|出处)"
                           r"\s*(?:[:：]|(?<=【来源)】)\s*[\[【]?\s*(?P<value>[^\s|｜:：【】\[\]（）()]{2,30})")
# An info line may name the source without a label, in an element the template marks as the source
# by its class or id: sina's "source", ifeng's "sourceTitleText-3cWSuiol", 腾讯's "a_source", 百家号's
# "index_source_3WFDT", the "source_baidu" span of many CMSs. "source" is a word of the class, not
# part of one ("resource", "datasource"). The element's text is a name: no spaces (a date line), no
# colon, sentence punctuation or brackets (a field, a button: 我已授权，立即分享, 【关闭】).
SOURCE_MARK = re.compile(r"(?:^|[\s_-])[sS]ource|(?<=[a-z])Source")
SOURCE_NAME = re.compile(r"[^\s:：，。！？、|｜【】\[\]<>]{2,24}")
# An origin that names no one: the page took the story "from the web" (来源：网络), says it is a repost
# (转载文章), that it is the site's own (本站原创: the site is the sitename already), or that a user put it up,
# as essay and paper-sharing sites say of a copied paper (来源:用户上传, 网友投稿); or a copy cut its outlet down to a
# bare 网 (来源: 网).
PLACEHOLDER_ORIGINS = frozenset({"网络", "互联网", "网络整理", "网络转载", "转载", "转载文章", "转自网络", "原创", "本站",
                                 "本站原创", "本网", "本网原创", "用户上传", "用户投稿", "用户发布", "网友上传", "网友投稿",
                                 "网友发布", "网友发表", "会员上传", "会员投稿", "网", "网站"}) | NAMES_OF_NO_ONE
# A value ends at the bracket that closes its field ("【编辑：姚昊】"). WeChat's credits set their labels off with
# a bar ("编辑丨王强", "编辑 | 王强").
HEADER_EDITOR = re.compile(r"(?:责任编辑|编辑)\s*[:：|｜丨︱]\s*(?P<value>[^\s|｜丨︱:：】\])）]{2,20})")
HEADER_KEYWORDS = re.compile(r"^关键[词字]\s*[:：]\s*(?P<value>.+)$")
HEADER_SUMMARY = re.compile(r"^(?:导读|导语|摘要|内容提要|核心提示)\s*[:：]\s*(?P<value>.+)$")
HEADER_VIEWS = re.compile(r"(?:阅读|浏览|点击|访问)(?:次数|量|数)?\s*[:：]?\s*(?P<value>\d+)\s*次?")
# Header lines that date another article: CSDN's "最新推荐文章于 2024-05-07 22:12:13 发布" above the
# post's own "于 2024-05-06 15:47:53 发布", a previous / next article's link with its date.
HEADER_OTHER_ARTICLE_DATE = re.compile(r"推荐文章于|^(?:上|下)一篇")
# A line that is a field of its own, its Han label first ("作者：张三", "成文日期：2022年01月27日"): no
# value for the label alone before it. A time ("10:09") is a value.
FIELD_LINE = re.compile(r"^[\u4e00-\u9fff]{1,8}\s*[:：]")
# Words that end a header value that ran into the next field ("2023-02-23文章分类:…"), and the other roles
# of a credits line ("文字：张三 图片：李四 视频：王五", WeChat's "作者丨张三 编辑丨李四").
HEADER_FIELD_BOUNDARY = re.compile(r"(?:发布时间|发布日期|文章分类|编辑作者|作者|阅读次数|浏览次数|来源|字号|时间|日期|"
                                   r"责任编辑|编辑|审核|校对|签发|图片|视频|摄影|摄像|海报|设计|统筹|监制|制作)\s*[:：|｜丨︱]")

# --- Official documents --------------------------------------------------------------------------
# A 政府信息公开 page's information table, as trafilatura writes it when it reads the whole page again
# for a short document: each field a line ("发文机关：吉林省人民政府"), or its label alone on a line with the
# value on the next ("索 引 号：" / "11220000013544357T/2022-00426"). The table's fields, once spaces
# inside a label are out; a run of at least MIN_INFORMATION_TABLE_FIELDS of them is the table, not a
# document's own "标题：" or "发布日期：" line.
INFORMATION_TABLE_LABEL = re.compile(r"^[【\[(（]?(?:索引号|分类|主题分类|组配分类|体裁分类|服务对象分类|发文机关|发布机构|发文单位|"
                                     r"成文日期|发文日期|发布日期|生成日期|印发日期|生效日期|废止日期|有效性|时效|标题|名称|文号|发文字号|主题词|"
                                     r"公开方式|公开范围|公开时限|所属机构|信息来源|信息分类)[】\])）]?\s*[:：]\s*(?P<value>.*)$")
MIN_INFORMATION_TABLE_FIELDS = 3
# The table's field naming the document (名称：, 标题：, 文件名称：), its label spaced or not; a name shorter
# than a document's shortest (关于…的通知) is a placeholder.
INFORMATION_TABLE_TITLE = re.compile(r"^(?:名\s*称|标\s*题|文件名称|信息名称)\s*(?:[:：]\s*(?P<value>.*))?$")
MIN_INFORMATION_TABLE_TITLE_CHARS = 6
# The table's field naming the issuing organ, the document's author, its label spaced or not and its value in the
# cell after it or after its colon (qqhr.gov.cn's 发 布 机 构 | 市人民政府办公室).
INFORMATION_TABLE_ISSUER = re.compile(r"^(?:发\s*文\s*机\s*关|发\s*布\s*机\s*构|发\s*文\s*单\s*位|发\s*布\s*机\s*关)\s*"
                                      r"(?:[:：]\s*(?P<value>.*))?$")
# An official document's number (发文字号, GB/T 9704): the issuer's code, the year in 〔 〕 and the
# serial, "国发〔2024〕3号", "吉政明电〔2022〕1号"; pages also bracket the year in [ ], ［ ］, 【 】 or （ ）.
DOCUMENT_NUMBER = re.compile(r"(?P<issuer>[\u4e00-\u9fff]{1,12})\s*[〔\[［【(（]\s*(?P<year>(?:19|20)\d{2})\s*[〕\]］】)）]"
                             r"\s*(?P<serial>\d{1,5})\s*号")
# A notice signs off with its issuer and its date written out (GB/T 9704's 落款), each on a line of its
# own after the last sentence: "某某市人民政府" / "2024年1月5日" (older documents: 二〇〇五年三月一日). The
# issuer's line is at most SIGNATURE_LINE_MAX_CHARS long.
SIGNATURE_DATE_LINE = re.compile(r"^(?:(?:19|20)\d{2}|[〇零一二]{2}[〇零一二三四五六七八九]{2})年"
                                 r"[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日$")
SIGNATURE_LINE_MAX_CHARS = 30
# A document's addressees opening its text (GB/T 9704's 主送机关: the organs' names on a line of their
# own, a full-width colon after the last): "各区县（市）人民政府，市政府各部门：", "局机关各处室：",
# "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：".
ADDRESSEE_LINE = re.compile(r"^(?:各|全市各|本市各|市直各)[^。！？；：:]{1,100}[：:]$|"
                            r"^[^。！？；：:]{2,100}(?:人民政府|各部门|各单位|各处室|各科室|直属机构)[：:]$")
# Its label in a document's information table: "发文字号：", "文　　号："; and a decision's, as the 双公示
# (行政许可和行政处罚信用信息公示) tables of every government site label it, in a cell of its own without a
# colon: "行政处罚决定书文号", "行政许可决定文书号".
DOCUMENT_NUMBER_FIELD = re.compile(r"(?:发文字号|发文编号|(?<![\u4e00-\u9fff])文\s*号)\s*[:：]\s*|决定(?:书|文书)\s*文?\s*号\s*[:：]?\s*")
# Without a label, the number stands alone on a line under the title, among the text's first lines,
# or closes the title in brackets ("国务院关于…的通知（国发〔2024〕3号）"). Inside a sentence it cites
# another document ("根据《…》（国发〔2019〕3号）").
DOCUMENT_NUMBER_HEAD_LINES = 6
TITLE_DOCUMENT_NUMBER = re.compile(r"[（(]\s*(?P<number>[^（）()]+?)\s*[)）]$")

# A card is one link around a picture and a title's block, with a line of summary at most: this many
# characters of text.
MAX_CARD_CHARS = 200

# A run of text between the blocks an inline element holds (Word's <font><span><p>…</p></span>…年生人，…
# </font>) is put in a paragraph of its own when it has at least this many Han characters, a clause's
# worth: a label, a date or an icon's caption beside a block is left as it is.
LOOSE_RUN_MIN_HAN_CHARS = 20

# --- Layout tables -------------------------------------------------------------------------------
# trafilatura writes table rows as "| cell | cell |". A table laid out around the page (navigation
# bars, the article in one big cell) is unwrapped: a cell this long marks the table as layout...
LAYOUT_TABLE_CELL_CHARS = 150
# ...as does link text making up this share of its cells' text.
LAYOUT_TABLE_LINK_SHARE = 0.5
# ...or most of its rows hold at most one cell (a column of boxes, not a table of data).
LAYOUT_TABLE_SINGLE_CELL_ROWS = 0.6
# When the text it found is short (a brief, a short notice), trafilatura reads the whole page again and
# writes the layout cell holding the article after the article: the article a second time, with its
# headline and info line. A layout cell this share of whose paragraphs (in characters) the text holds
# already is that container, and goes whole; the rest is the headline and the lines around it.
WRITTEN_AGAIN_CELL_SHARE = 0.6
# trafilatura writes a data table nested in a layout table as more rows of the same block. At least
# this many rows of one width, of at least DATA_TABLE_MIN_COLUMNS columns (counting empty cells), that
# alone read as a data table are that table (a 招生简章's 40 rows of | 方向 | 导师 | 人数 | 考试科目 |
# 备注 |) and are kept as written; a layout's rows vary in width or hold one box each.
DATA_TABLE_MIN_ROWS = 3
DATA_TABLE_MIN_COLUMNS = 3
# A row of at least this many cells, each the whole text of a link, is a menu even in a data table
# (163.com's channel bar has 13, a region picker 16). A data table links a cell or two of a row (a
# document's title), or the few columns of its header (a wiki's | Mnet | KBS | MBC | SBS |).
MIN_MENU_ROW_CELLS = 6
# The same bar written as one line of words, each a link's text or several run together (china.com.cn's
# "新闻直播 要闻 国际 …", and "中医肿瘤民族学在中国数智中国公考中国康养中国影视动漫", 26 characters of six
# links): a longer word is no menu's, and is not searched for the links it may be made of.
MAX_MENU_WORD_CHARS = 40
# trafilatura writes a table cell or a list item as one line, however many paragraphs it holds. A
# cell or item with at least this much text in two or more blocks is read again as its paragraphs...
FLATTENED_BLOCK_MIN_CHARS = 150
# ...and the line is cut where they begin, when the paragraphs found in order in it make up this share
# of it: an element's paragraphs, not a few short ones met by chance.
RESTORED_PARAGRAPHS_SHARE = 0.6
# trafilatura leaves out some of what the element holds (scripts, share buttons, a link's words), so
# a paragraph is located by its beginning, this many characters (a shorter one is too often a date
# that other lines begin with too), and the line is only cut, never rewritten.
PARAGRAPH_HEAD_CHARS = 20
# A paragraph shorter than that is looked for within this many characters of where the last one
# ended (what trafilatura left out between them: an image's caption, a share button).
SHORT_PARAGRAPH_REACH = 40
# Link texts shorter than this are not counted (menus reuse 首页, 更多, 详细).
MIN_LINK_TEXT_CHARS = 4
# A paragraph with two or more links making up more than this share of it is a link list.
LINK_LIST_SHARE = 0.6
# Lines that are each one link (a headline, a menu entry), this many or more in a row, are a menu,
# a "related" or ranking list, or a recommendation card, not the article (163.com 为您推荐,
# 39.net 健康资讯推荐, a poetry site's 热力榜, a portal's channel menu). Two in a row stay: an
# article may end with its 上一篇/下一篇 pair or one 原文链接.
MIN_LINK_RUN_LINES = 3
# Fewer of them still close a text when each is a headline's link and its day (网易's 关键词阅读 under
# the article: "- 复盘A股惊魂30分真正原因 2015/06/05"): an article's last paragraph is no link's text
# followed by a date (clean.remove_link_blocks_at_the_end).
# (A day without its year is written with a hyphen, a slash or 月: "1.2" after a link's text is a version.)
# An entry's date may carry its time, seconds too.
_ENTRY_CLOCK = r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
DATED_ENTRY_DATE = re.compile(r"[\[【(（]?(?:\d{4}[-/.年]\d{1,2}[-/.月]|\d{1,2}[-/月])\d{1,2}日?" + _ENTRY_CLOCK + r"[\]】)）]?\s*$")
# A recommendation card's summary is cut short with an ellipsis ("...", "…"; prose ends with "……"),
# or ends in a link to the rest of the story ("…【详细】", "。[详情]", "阅读全文>>").
READ_MORE = r"(?:[【\[［]\s*(?:详细|详情|全文)\s*[】\]］]|(?:阅读|查看)全文\s*(?:>>|»|＞＞)?|详细\s*(?:>>|»|＞＞))"
TEASER_ENDING = re.compile(rf"(?:(?:\.{{3}}|(?<!…)…)\s*{READ_MORE}?|{READ_MORE})\s*$")
# Cards closing the text end in their link to the story's details (人民网's 推荐阅读: "…的艺术探索与思想感悟。 【详细】",
# 新华网's "[详细]", "详细>>"), too few for a run of links (MIN_LINK_RUN_LINES) but at least this many: an article's
# own last sentence may point to its full text so (全文见生态环境部网站。[详细]). (Not 阅读全文, with which a news app's
# share page may end its last paragraph shown.)
CARD_DETAILS_LINK = re.compile(r"(?:[【\[［]\s*(?:详细|详情)\s*[】\]］]|详细\s*(?:>>|»|＞＞))\s*$")
MIN_CLOSING_CARDS = 2
# What an entry carries besides its link: a list marker, a date or time (seconds too), bracketed or
# not ("[2005-08-21] …", "… (03-05)"), a count (an unread badge runs into its link: 和讯's "公告0"), tried
# once a run of digits: from each of its digits, a long run (a broken page's) cost the square of its length.
# (Each look-ahead names the characters its alternative can begin with, and changes no match: most
# places of a line then fail at their first character, where trying the alternative took a few steps.)
LINK_ENTRY_DECORATION = re.compile(
    r"^[-·•●◆▪■□◇>»\s]*(?:[\[【(（]?\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?" + _ENTRY_CLOCK + r"[\]】)）]?)?\s*|"
    r"(?=[\s\[【(（\d])\s*[\[【(（]?(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?" + _ENTRY_CLOCK + r"[\]】)）]?\s*$|"
    r"(?<!\d)(?=[\s\d])\s*\d+\s*$")
# What a trailing date or count can end with, besides digits and white space: a line ending otherwise has only its
# leading marker to lose (clean.without_entry_decoration).
LINK_ENTRY_DECORATION_ENDS = "日]】)）"
# An entry may follow its link with a few tags instead of a date: a hospital's grade and kind (39健康's
# "苏州市中医医院三级甲等 中医医院 公立"), a topic's views (豆瓣's "歌手2024直播 1016次浏览"). Words, counts and
# spaces only, at most this long: a clause after a link has its punctuation. Only lines this short are asked.
ENTRY_TAGS = re.compile(r"[\w\s.·]{1,16}")
MAX_TAGGED_ENTRY_CHARS = 60
# A line with no words between entries (a count "(38次)", "0", a date, "more>") belongs to the list.
LIST_FILLER_LINE = re.compile(r"^[\s\d()（）次/:：.\-年月日>»更多more]*$", re.IGNORECASE)
# A paragraph found inside a story card's text is its summary when it is at least this long: shorter
# lines (a date, a source, a column name) occur in the article as well.
MIN_TEASER_SUMMARY_CHARS = 20
# An attachment line is the document's own, however many there are.
ATTACHMENT_LINE = re.compile(r"附件|\.(?:pdf|docx?|xlsx?|wps|ofd|zip|rar)\b", re.IGNORECASE)
# A notice whose text is only its attachments (and the sentence introducing them) has at most this many
# lines: 附件：, then each annex's file.
MAX_NOTICE_ATTACHMENT_LINES = 10
# A short notice's lines above the site's footer, at most: its attachments, a sentence or two introducing
# them, its issuer and date.
MAX_SHORT_NOTICE_LINES = MAX_NOTICE_ATTACHMENT_LINES + 4
# An annex's number alone on a line, which the extraction parts from its file's link (附件：1.<a>申报书.docx</a>);
# clean.join_annex_numbers_to_their_files joins it again.
ANNEX_NUMBER_LINE = re.compile(r"^(?:附件\s*[:：]?\s*)?[(（]?\d{1,2}[.、．)）]$")
# The headline of an official document, as a notice publishing one names it: it ends in the kind of
# document (the fifteen kinds of 党政机关公文 that notices publish — 决定, 公告, 通告, 意见, 通知, 通报, 报告,
# 批复, 函, 纪要, 公报 — and what they publish: 名单, 公示, 办法, 规定, 方案, 细则, 目录, 指南, 规划), perhaps with
# its number in brackets (公告（2024年第1号）), after at least six characters naming its issuer or subject:
# a column's name (通知公告, 公示公告) is no document.
DOCUMENT_HEADLINE = re.compile(r"(?<=\S{6})(?:决定|决议|公告|通告|意见|通知|通报|报告|批复|函|纪要|公报|"
                               r"名单|公示|办法|规定|方案|细则|目录|指南|规划)(?:\s*[（(][^（）()]{1,20}[)）])?$")
# In a layout table, a cell is kept as a paragraph when it is this long and reads as prose.
LAYOUT_TABLE_PROSE_CHARS = 40
# Sentence punctuation; an ASCII mark counts only before a space (not in domain names).
PROSE_PUNCTUATION = re.compile(r"[。！？；，、]|[,.!?;](?=\s|$)")

# --- Titles -------------------------------------------------------------------------------------
# A trailing "separator + site or section name" after the headline in <title>.
# A site's part of a <title> is at most this long.
MAX_SITE_NAME_CHARS = 30
# A headline the text repeats may be set over this many lines (a 公报's title centred in three or four
# lines: 全国人民代表大会常务委员会 / 关于批准… / …的决议).
MAX_REPEATED_HEADLINE_LINES = 4
# Above the headline the text repeats, at most this many short lines that are no sentences are the page's
# heading area with it: the site's name over a short text trafilatura read from the whole page, a kicker
# (引题), a column's name, a date line, 欢迎.
MAX_LINES_ABOVE_REPEATED_HEADLINE = 3
TITLE_SITE_SUFFIX = re.compile(r"\s*(?:\s[-–—|｜]\s|[-_|｜–—]{1,2})\s*(?P<segment>[^-_|｜–—]{1," + str(MAX_SITE_NAME_CHARS) + r"})$")
# Separators the title ends with, naming nothing after them: a blog's template closing every post's title so
# (谁来为无序拆房“埋单”？- -, blogchina.com), a site's name left out of its suffix (…会议召开_).
# (Stripped as characters, not searched for: a pattern would read a long run of separators again from each of them.)
DANGLING_TITLE_SEPARATORS = "-_|｜–— \t\u3000\xa0"
# The most such a suffix spans: its segment, and its separator with the spaces around it (a wider run of spaces before
# the separator stays with the headline, and is stripped).
MAX_SITE_SUFFIX_CHARS = MAX_SITE_NAME_CHARS + 16
# A separator inside quotes or brackets the headline opened joins words of a quoted name ("活力-组织力-恢复力-贡献力”框架):
# the quotes a segment is closed by, paired with those that open it.
TITLE_QUOTE_PAIRS = (("“", "”"), ("《", "》"), ("「", "」"), ("『", "』"), ("（", "）"), ("(", ")"), ("【", "】"))
# Such a segment names a site or section when it holds one of these words, or opens with a portal's
# name before its channel's (-搜狐财经, _新浪房产, -今日头条, - 雅虎社区).
SITE_SUFFIX_WORDS = re.compile(r"网|站|厅|局|政府|委员会|报|中心|频道|新闻|资讯|客户端|APP|门户|官网|在线|壹点|新派|首页|平台|百科|博客|"
                               r"^(?:搜狐|新浪|网易|腾讯|凤凰|今日头条|雅虎)")
# A site's name ends with such a word (济南市生态环境局, 潍坊新闻网, 中国环境报, 生态环境部; not a document's 公报 or 通报):
# a <title> whose first part so ends, the part after it longer and not, puts the site's name first (济南市生态环境局--
# 我市开展…检查; the headline may name a bureau too: 济南市生态环境局--市生态环境局开展…). Not before a lone hyphen or
# dash, which may join two offices in a headline (省生态环境厅-省公安厅联合开展…).
SITE_NAME_ENDING = re.compile(r"(?:网|站|厅|局|部|政府|委员会|办|院|社|(?<![公通简情])报|中心|频道|新闻|客户端|门户|官网|平台)$")
TITLE_SITE_NAME_FIRST = re.compile(r"^(?P<segment>[^-_|｜–—]{2," + str(MAX_SITE_NAME_CHARS) + r"}?)"
                                   r"\s*(?:\s[-–—|｜_]\s|--|——|–{2}|[_|｜])\s*")
# ...or when it is no longer than this and is also one of the page's links: its menu entry (- 要闻云南).
MAX_SECTION_NAME_CHARS = 8
# ...or when it is a CMS's signature, whatever its punctuation (Discuz!'s "- powered by Discuz! Archiver").
CMS_SIGNATURE = re.compile(r"^\s*powered\s+by\b", re.IGNORECASE)
# A site's (or its section's) name before the headline, as WordPress writes "博客名 » 文章标题" ("多维博客 »
# 播客热潮迅速蔓延…") and some CMSs "某某市人民政府 » 通知公告 » 关于…的通知".
TITLE_SITE_PREFIX = re.compile(r"(?P<segment>[^»]{1," + str(MAX_SITE_NAME_CHARS) + r"}?)\s*»\s*")  # matched from a position
# The site's own name before the headline, as its SiteName or og:site_name meta gives it, and a separator
# ("保定市人民政府网——保定市统筹推动…", a city government's CMS).
SITE_NAME_SEPARATOR = re.compile(r"\s*(?:[-_|｜–—»·:：]+|\s)\s*")
# A segment with a sentence's punctuation or a colon is a headline, not a site's name: "明日股市预测--最新出炉
# 联合国贸发报告：2019年全球经济增长率降至2.3%" puts its channel first (报 is in 报告).
HEADLINE_PUNCTUATION = re.compile(r"[。！？；，：:!?%]")
# A headline's subtitle after its dash names a bureau or a paper as a site does, but opens with what the
# piece does: "“十四五”以来我市空气质量持续改善——访市生态环境局局长张三", "——记全国劳动模范…", "——写在…之际".
HEADLINE_SUBTITLE = re.compile(r"^\s*(?:访|专访|记|写在|探访|走进|对话|聚焦|来自)")
# A headline is at least this long; shorter leftovers mean the separator was part of the headline.
MIN_HEADLINE_CHARS = 4
# A link to the site's home page: its root or its index (/, ./, index.html, default.aspx, http://host/), as a logo's
# heading links (blogchina's <h1 class="title"><a href="index.html">bjreader的博客</a></h1> over a post's h2).
HOME_LINK = re.compile(r"^(?:https?://[^/?#]+/?|(?:\.{0,2}/)+|(?:\.{0,2}/)*(?:index|default|home)\.[a-z]{2,5})(?:[?#].*)?$",
                       re.IGNORECASE)
# A document's file extension ending a title: document-sharing sites title their copies by the file's name
# (山西省环境保护行政处罚实施规范.doc, docduoduo.com; 园林局城市绿化讲话全文.docx, bdocx.com; …摘编.docx, a 文库).
DOCUMENT_FILE_EXTENSION = re.compile(r"\.(?:docx?|wps|pdf|pptx?|xlsx?|txt|caj)\s*$", re.IGNORECASE)
# ...except an encyclopedia entry's name (蔡健雅, 金锺国), at least this long: a heading the <title>
# opens with before a separator and a site's name ("蔡健雅_百度百科", "金锺国 - 维基百科，自由的百科全书").
# The <title> an HTML editor gives a new page, left on pages made with it: Dreamweaver's 无标题文档
# and Untitled Document (Untitled-1), FrontPage's 新建网页 1 and New Page 1, Visual Studio's 无标题页,
# the 未命名 and Document of others.
EDITOR_DEFAULT_TITLE = re.compile(r"\s*(?:无标题文档|无标题页|无标题|未命名(?:文档|页面)?|新建网页\s*\d*|"
                                  r"Untitled(?:\s+Document)?(?:-\d+)?|New\s+Page\s*\d*|Document)\s*", re.IGNORECASE)
# Two characters would be a placeholder title (PLACEHOLDER_TITLE_MAX_CHARS).
MIN_ENTRY_NAME_CHARS = 3
# A <title> that names no headline: a placeholder (显示, 1), a breadcrumb of short crumbs
# (世艺网>艺术教育; not "多维博客 » 播客热潮迅速蔓延…", a site's name before its headline), the site's
# name alone (北医新闻网). The text's first line is then the headline when it reads as one: at most
# this long, no sentence's end or label's colon, not a kicker in brackets nor a numbered section
# (一、基本情况); a subtitle line under it (——当代中国的精神危机) is the headline's.
PLACEHOLDER_TITLE_MAX_CHARS = 2
BREADCRUMB_SEPARATOR = re.compile(r"[>＞»›]")
OPENING_HEADLINE_MAX_CHARS = 40
# A headline in the element a template names for it may carry its subtitle in the same cell: twice that.
MAX_NAMED_HEADLINE_CHARS = 2 * OPENING_HEADLINE_MAX_CHARS
NOT_AN_OPENING_HEADLINE = re.compile(r"[。！？；:：!?;]|^[【\[(（<《]|^(?:[一二三四五六七八九十]+|\d+)[、.．]")
SUBTITLE_LINE = re.compile(r"^(?:——|—|--)\S")
# A <title> that is only the site's name, as small government and news sites give every page
# ("某某市生态环境局", "-铜雀历史网", "北医新闻网_(新闻)"), or its section's and its name
# ("新闻动态--中国地理学会官网"): the page's own heading is then the headline.
SITE_NAME_TITLE = re.compile(r"^[-_|｜\s]*(?:[\u4e00-\u9fff]{2,6}[-_|｜\s]+)?"
                             r"[\u4e00-\u9fffA-Za-z0-9·]{2,20}(?:网|报|社|电台|电视台|人民政府|政府|局|厅|委员会|"
                             r"办公室|官网|网站|门户)(?:[-_|｜\s]+[(（]?[\u4e00-\u9fff]{2,6}[)）]?|[(（][\u4e00-\u9fff]{2,6}[)）])?"
                             r"[-_|｜\s]*$")
# On such a page an h3–h6 is the headline only when it is longer than a block's heading (联系我们,
# 新闻排行榜, 友情链接) and is no breadcrumb (首页 - 新闻动态, 当前位置：…).
BLOCK_HEADING_MAX_CHARS = 6
# A section's number opening a heading inside the text ("一、log10(10)", "（二）主要做法", "3. 结论"; not "1.5亿元…"):
# a part of the article, never its headline.
SECTION_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）]|\d{1,2}(?:[、．]|\.(?!\d)))")
BREADCRUMB_HEADING = re.compile(r"^(?:首页|主页|当前位置|您的位置|你的位置|位置)|[>＞»›]")
# A part of a law's or a document's text opening with its number (第一章 总则, 第二节, 第一部分, 第三条): the text.
DOCUMENT_PART = re.compile(r"^第[一二三四五六七八九十百零〇]+(?:章|节|编|部分|条)")
# A breadcrumb trail ends with the page's headline in plain text after at most this much of crumbs
# and separators (首页 > 新闻中心 > 通知公告 > ).
MAX_CRUMBS_BEFORE_HEADLINE_CHARS = 40
# Separators between the parts of a spam-injected title.
# A hyphen inside a word or a number (2020-2021年, GB 3095-2012, CCTV-13) separates nothing. A match starts only where
# white space does (the look-behind): tried inside a run of it, the leading \s* read the rest of the run again at each
# of its characters, in time growing with the square of its length (a text of casino words that spam._spam_scores
# turns into spaces).
TITLE_SEGMENT_SEPARATOR = re.compile(r"(?<!\s)\s*(?:\s[-–—|｜]\s|(?<![0-9A-Za-z])-|-(?![0-9A-Za-z])|[_|｜])\s*")
# What sets a brand apart inside the headline's own part of a title, when no separator above does
# ("…会议召开(开云体育官方网站)", "开云体育:…", "…召开——万博体育ManBetX", "…召开 威尼斯人娱乐城"): the brand goes
# with the brackets, dash, colon or space beside it, but for a bracket opening or closing the next piece.
TITLE_SPAM_PIECE_SEPARATOR = re.compile(r"([()（）【】\[\]「」]|[—–]{1,2}|[:：]|\s+)")
OPENING_TITLE_BRACKETS = "(（【[「"
CLOSING_TITLE_BRACKETS = ")）】]」"
# Words a title quotes: spam and nothing else in them is the hijack's keyword, set before the headline.
QUOTED_TITLE_WORDS = re.compile(r"“[^“”]{1,30}”|\"[^\"]{1,30}\"")

# --- Traditional → Simplified ------------------------------------------------------------------
# What OpenCC's t2s leaves in Traditional spellings where Simplified writes otherwise. Found by converting the
# Simplified texts of the labelled pages with OpenCC's own s2t, s2tw and s2hk, as copy sites do, and back
# (docs/benchmarks.md, "Traditional round trip"); each is a pattern of the tables, not of a page.
# - 著: a Traditional text writes it for two Simplified characters, 着 (the particle: 隨著 → 随着, 意味著, 接著, 有著,
#   沉著, 执著; and the verb zhuó: 著力, 著重, 著手, 著眼, 著想, 著陆, 著装, 著急, which s2tw writes so) and 著 of writing
#   and renown (著作, 著名, 显著, 土著). Simplified originals write the verb 着: in the labelled pages' Simplified texts
#   着力 52 times to 著力 6, 着手 15 to 0, 着重 11 to 0, 着急 10 to 0. (Hashing folds 著 and 着 alike: this is the
#   text's reading, not its identity.) 著 stays after 显 卓 昭 土 专 名 原 编 论 巨 所 译 合 遗 拙 撰, and before
#   作 名 称 述 者 书 录 文 有 译.
ZHU_WRITTEN_ZHE = re.compile(r"(?<![显卓昭土专名原编论巨所译合遗拙撰])著(?![作名称述者书录文有译])")
# - Hong Kong's and Taiwan's variants, which OpenCC's HKVariantsRev and TWVariantsRev fold and t2s does not
#   read: 衞 (s2hk writes 衞生, 保衞战, 世衞组织), 敍 (叙述), 枱 (手术台, 总台), 粧, 衹, 糭, 簷, 痺, 睪; and 揹, s2t's
#   背 for carrying (揹負 for 背负), and 擡 (擡頭), which t2s leaves too.
T2S_LEFT_CHARACTERS = str.maketrans("衞敍枱粧衹糭簷痺睪揹擡", "卫叙台妆只粽檐痹睾背抬")
# Founder's newsroom system's comment of an article's fields (extract._founder_properties): <!--enpproperty
# <articleid>117184963</articleid><date>…</date><author>辛闻</author>…/enpproperty-->, a few hundred characters
# on the stored pages; its end is looked for this far.
MAX_FOUNDER_PROPERTIES_CHARS = 20000
FOUNDER_PROPERTY = re.compile(r"<(?P<name>[a-z]{1,30})>(?P<value>[^<]{0,400})</(?P=name)>")
# A page's <title> as its markup writes it, found without parsing the page.
PAGE_TITLE_ELEMENT = re.compile(r"<[tT][iI][tT][lL][eE]\b[^>]*>(?P<title>[^<]*)<")
# A tag of a page's markup, and what stands between a page's texts when they are converted at once (a
# noncharacter: no page writes it, and t2s leaves it alone). Scripts' texts are converted too: an app's share
# page holds its article in its script's data, found by its headline.
MARKUP_TAG = re.compile(r"(<[^>]*>)")
TEXTS_SEPARATOR = "\uffff"
# What no phrase of OpenCC's tables holds: white space and a sentence's punctuation (separators OpenCC splits a
# text at before matching) and the separator of a page's texts.
NO_PHRASE_SPANS = re.compile(r"([\s，。、：；！？\uffff])")
# - words s2t writes with 覆 where Simplified writes 复, an official reply's own name among them (国务院关于…的批覆),
#   and 座標 for 坐标; read in t2s's output. (Not s2tw's 藉著 for 借着: Simplified originals write 藉着 too, seven
#   times in the labelled texts to s2tw's once.)
T2S_LEFT_WORDS = {"批覆": "批复", "覆函": "复函", "核覆": "核复", "覆盘": "复盘", "座标": "坐标"}
# - 於 the preposition before 单 则 伦 坦 敖 穆 邑 潜 其一 惟一: t2s's phrase table holds names and classical words
#   beginning so (於單, 於則, 於倫, 於潛…) and, matching the longest phrase, leaves 於 in 关于单位, 位于伦敦, 对于潜在.
#   Its longer names (於梨華) are no such trap, and keep their 於.
PREPOSITION_YU_LEFT = re.compile(r"於(?=[单则伦坦敖穆邑潜]|其一|惟一)")

# --- Error pages answered as pages --------------------------------------------------------------
# Sites answer a missing, removed or refused page with an error page and status 200: IIS and ASP.NET
# custom errors, a CMS's message page, a firewall's block page, or a redirect to one. Kept as an
# article, every such page of every site would hash as one story, and never be fetched again. A page
# is one when its <title>, a segment of it, or its headline is, whole, such a page's title:
# - a server's own: IIS's 无法找到该页 (many sites' custom pages copy it), Tomcat's HTTP状态 404 - 未找到,
#   nginx's 404 Not Found; ASP.NET's “/”应用程序中的服务器错误。 and 运行时错误;
# - a CMS's message page: Discuz!'s and PHPCMS's 提示信息, DedeCMS提示信息, 系统提示;
# - a firewall's: 宝塔's and ngx_lua_waf's 网站防火墙, a challenge's 安全验证 or 滑动验证页面;
# or when a line of its text opens with such a page's message: 该信息已被删除或不存在！, Discuz!'s
# 抱歉，指定的主题不存在或已被删除或正在被审核, the firewalls' 您的请求带有不合法参数，已被网站管理员设置拦截！.
_HTTP_REASON = (r"(?:(?:Page\s+|File\s+)?Not\s+Found|Forbidden|Bad\s+Request|Unauthorized|(?:Internal\s+)?Server\s+Error|"
                r"Bad\s+Gateway|Service\s+(?:Temporarily\s+)?Unavailable|Gateway\s+Time-?out|Access\s+Denied|"
                r"Runtime\s+Error|Error)")
_GONE_THING = r"(?:页面|网页|文章|信息|内容|文档|文件|资源|主题|帖子|稿件|新闻|栏目|该页|记录)"
_GONE = r"(?:不存在|已(?:经)?(?:被)?(?:删除|移除|下线|撤销|撤回)|找不到了?|未找到|没有找到|无法找到|无法访问|暂时不可用|不可用)"
_WHOSE = r"(?:(?:您|你)(?:所|要|正在)?(?:访问|请求|查看|浏览|查找|搜索)的|该|此|这个|当前|指定的|(?:所)?请求的)"
_APOLOGY = r"(?:(?:对不起|抱歉|很抱歉|Sorry)[，,！!：:\s]*)"
ERROR_PAGE_TITLE = re.compile(
    r"(?:(?:(?:HTTP\s*)?(?:Status|状态|错误|Error)?|IIS\s*[\d.]+\s*详细错误)\s*[45]\d\d(?:\.\d+)?\s*"
    r"(?:" + _HTTP_REASON + r"|错误(?:页面?)?|页面)?"
    r"|" + _HTTP_REASON +
    r"|" + _APOLOGY + r"?" + _WHOSE + r"?" + _GONE_THING + _GONE +
    r"|找不到(?:页面|网页|该页|文件或目录)|无法找到(?:该页|该网页|网页|页面)"
    r"|(?:页面|网页|系统|服务器|程序|运行时)?(?:出错|错误)(?:了|啦|提示|页面?)?|(?:“[^”]{0,40}”)?应用程序中的服务器错误"
    r"|(?:(?<![A-Za-z])[A-Za-z]+\s*)?提示信息|系统提示|信息提示|网站防火墙|安全拦截|禁止访问|拒绝访问|(?:安全|访问|人机|滑动)验证(?:页面)?"
    r"|访问(?:被拦截|被阻断|被拒绝|受限|出错|过于频繁|太频繁)"
    # a site down for maintenance, and a login wall standing for the page ("系统维护中", "用户登录"); a notice
    # announcing maintenance (网站维护公告, 关于系统维护的通知) is a page of its own
    r"|(?:系统|网站|平台|服务器)?(?:升级)?维护(?:中|升级中)?|(?:用户|会员)?登录(?:页面)?)"
    r"[。！!.]*", re.IGNORECASE)
ERROR_PAGE_MESSAGE = re.compile(
    r"^" + _APOLOGY + r"?(?:HTTP\s*错误\s*[45]\d\d\s*[:：]?\s*)?" + _WHOSE + r"?"
    r"(?:" + _GONE_THING + r"[^，。！!？?]{0,12}?" + _GONE +
    r"|(?:您的)?(?:请求|访问)[^。！!]{0,20}?被[^。！!]{0,10}?(?:拦截|阻断|禁止|拒绝)"
    r"|(?:您的)?访问(?:过于|太)频繁|当前访问疑似黑客攻击"
    r"|(?:系统|网站|平台|服务器)?正在(?:进行)?(?:升级)?维护)", re.IGNORECASE)
# An error page says what went wrong and what to try, in a few lines: IIS's, the longest of the
# servers' own, has 281 characters of text, and sites' custom pages add a few suggestions to theirs.
# A page with over twice that is not taken for one, whatever its title (a CMS giving every page one).
MAX_ERROR_PAGE_CHARS = 600

# --- Pinyin annotations (seeds 002, 004) --------------------------------------------------------
_PINYIN_LETTERS = "a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ"
_OPENING_BRACKETS = "(（\\[［【〔"
_CLOSING_BRACKETS = ")）\\]］】〕"
# A Han character followed by one or more bracketed Latin syllables, tone-marked or plain, in half- or
# full-width round or square brackets, or lenticular or tortoise-shell ones: 行動(dòng), 生(sheng)態(tai),
# 業(ye)(ye), 綠(lv)(lv), 生[sheng]態[tai], 生【sheng】; set off by a space (生 (sheng) 態 (tai)), the space
# after it goes with it; padded inside its brackets (常委會(huì )2022年, as a copying plugin writes huì). A
# match begins with its character, which it keeps.
_ANNOTATED_CHARACTER = r"(?P<character>[\u3400-\u9fff\uf900-\ufaff])"
_BRACKETED_SYLLABLE = rf"[{_OPENING_BRACKETS}][{_PINYIN_LETTERS}]{{1,7}}[1-5]? ?[{_CLOSING_BRACKETS}]"
BRACKETED_SYLLABLE = re.compile(_BRACKETED_SYLLABLE)
# Any run of lower-case Latin letters, a syllable's tone digit and brackets around it: what two copies of one sentence
# may differ in when pinyin was written into one of them, bracketed or bare (中(zhong)美, 中zhong美), and not the other.
LOWER_CASE_LATIN_RUN = re.compile(rf"[{_OPENING_BRACKETS}]?[{_PINYIN_LETTERS}]+[1-5]?[{_CLOSING_BRACKETS}]?")
PINYIN_ANNOTATION = re.compile(
    _ANNOTATED_CHARACTER + r"(?P<space>[ \u3000])?" + rf"(?P<syllables>(?:{_BRACKETED_SYLLABLE}(?(space)[ \u3000]?))+)"
)
# One that brings a space after it alone (社會(hui) 變遷, 相傳(chuan) 。: a job site's copy of 新华每日电讯). The
# space goes with it only where most of the page's annotations have one: elsewhere it is the page's own
# (發布日期：2024-01-18　來源：市生態環境局(ju)　瀏覽次數).
PINYIN_ANNOTATION_SPACED_AFTER = re.compile(_ANNOTATED_CHARACTER + rf"(?P<syllables>(?:{_BRACKETED_SYLLABLE})+)[ \u3000]")
MIN_SHARE_OF_ANNOTATIONS_SPACED_AFTER = 0.5
# The same syllable written straight after its character, with no bracket (生sheng態tai環huan境jing), or
# repeated as the bracketed ones are (業yeye): lower case and without a tone's digit, as the injecting plugins
# write it, with no lower-case letter or e-mail or web address going on from it (a capital, a number, a title's
# separator or a sign of the Latin-1 block may: 8家jiaEOD模mo式, 全省sheng8大, 為wei3.45%, 監察法fa-紀檢, 30萬wan×112%,
# 體重zhong÷身高; the block's letters with accents may not). (The syllable is the shortest that repeats to the run's end.)
BARE_PINYIN_ANNOTATION = re.compile(
    _ANNOTATED_CHARACTER + rf"(?P<syllables>[{_PINYIN_LETTERS}]{{1,6}}?)"
    r"(?P=syllables){0,3}(?![a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff@]|\.[A-Za-z])"
)
# A word's syllables run together in one bracket after its last character, as a plugin annotating a text word by
# word writes them (工程(gōngchéng), 打响(dǎxiǎng), 引人瞩目(yǐnrénzhǔmù): huaxhzp2.com's copy of a 三北 story): they
# must spell the readings of the MIN_ANNOTATED_WORD_CHARS to MAX_ANNOTATED_WORD_CHARS characters before the
# bracket (clean.remove_pinyin_annotations). A reader's gloss of a rare word spaces its syllables (饕餮(tāo tiè)).
MIN_ANNOTATED_WORD_CHARS = 2
MAX_ANNOTATED_WORD_CHARS = 6
WORD_PINYIN_ANNOTATION = re.compile(
    _ANNOTATED_CHARACTER + rf"(?P<syllables>[{_OPENING_BRACKETS}][{_PINYIN_LETTERS}]{{2,{6 * MAX_ANNOTATED_WORD_CHARS}}}"
    rf"[{_CLOSING_BRACKETS}])"
)
# Where any form can go on from its character: a letter after a Han character, bracketed or not. A page's
# text is searched for these first (a few per page), and only there for each form. (The look-ahead names what
# a match begins with, which no Han character is: a Chinese text fails at most places before the look-behind,
# a third of the cost of beginning at each Han character.)
PINYIN_ANNOTATION_START = re.compile(
    rf"(?=[ \u3000{_OPENING_BRACKETS}{_PINYIN_LETTERS}])(?<=[\u3400-\u9fff\uf900-\ufaff])"
    rf"(?:[ \u3000]?[{_OPENING_BRACKETS}])?[{_PINYIN_LETTERS}]"
)
# Each form is decided on its own: a page writes its annotations one way.
PINYIN_ANNOTATION_FORMS = (PINYIN_ANNOTATION, BARE_PINYIN_ANNOTATION, WORD_PINYIN_ANNOTATION)
PINYIN_SYLLABLE = re.compile(rf"[{_PINYIN_LETTERS}]+[1-5]?")
# Fewer valid annotations of one form than this on a page and they are taken for real parentheticals
# (or, bare, for a word of Latin letters after a character that happens to be its reading: 小米mi).
MIN_PINYIN_ANNOTATIONS_PER_PAGE = 3

# --- Scripts ------------------------------------------------------------------------------------
# A Han character: the unified ideographs and their Extension A.
HAN_CHARACTER = re.compile(r"[\u3400-\u9fff]")
# What lies between Han characters: a text without its runs is its Han characters, counted so at a
# third of the cost of finding each (clean.han_count).
NOT_HAN_RUN = re.compile(r"[^\u3400-\u9fff]+")
# A page is Traditional when it has at least this many Traditional-only characters and they are
# at least this share of its Han characters (Simplified text may hold a stray 乾 or 於).
MIN_TRADITIONAL_CHARS = 5
MIN_TRADITIONAL_SHARE = 0.02
# A page written in Traditional throughout, as a copy converts one, has a quarter to two fifths of its Han
# characters Traditional-only (0.27-0.43 over 40 CWCED pages converted with s2t); a Simplified page quoting
# Traditional text (a blog on a Taiwanese book) a few hundredths (0.026, 0.029 in CWCED and magic-html).
MIN_TRADITIONAL_SHARE_THROUGHOUT = 0.15

# --- What a reposting site adds to the text it copies --------------------------------------------
# anchor: an editor's note (编者按, or a 【转载】 line) opening or closing the text. It is the
# reposter's, not the article's: kept on the page row (pages.editor_note), never in the body, so the
# copy hashes as the original does.
EDITOR_NOTE = re.compile(r"^(?:【\s*(?:编者按|编者的话|编者注|编按|转载)\s*】|\[\s*(?:编者按|编者的话)\s*\]"
                         r"|(?:编者按|编者的话|编者注|编按)\s*[:：])")
# The note is looked for among this many paragraphs at either end of the text.
EDITOR_NOTE_LINES = 2
# Attention-seeking labels reposters put before a headline: 【转载】重磅！最新！ The article's title
# is stored without them; the page keeps the headline as it showed it.
HEADLINE_PREFIX = re.compile(r"^(?:\s*(?:【\s*(?:转载|转发|转|推荐|重磅|独家|最新|突发|关注|热点)\s*】"
                             r"|(?:重磅|最新|独家|突发|刚刚|震惊)\s*[!！:：]))+\s*")

