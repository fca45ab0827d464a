"""Data for the read and clean stages: outlet codes, boilerplate selectors, phrase lists.

Nothing here is code that decides; it is the vocabulary the rules in ``read.py`` and
``clean.py`` consult, kept in one place so that a new outlet or a new kind of promo line
is one edit to this file.  Patterns are plain strings; the stages compile them once.

Conventions
-----------
* Class/id patterns are matched against single lower-cased class or id *tokens*
  (``class="share-bar top"`` gives the tokens ``share-bar`` and ``top``), anchored at both
  ends, so ``ad`` never matches ``head`` or ``shadow``.
* Phrase patterns are matched against one block of cleaned text (a paragraph, a list
  item…); most only apply to short blocks, see the limits next to each list.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------------------
# Outlets: URL host suffix → outlet code (longest suffix first is not needed: a host is
# compared with each suffix for equality or as a ``.suffix`` ending).
# ---------------------------------------------------------------------------------------
OUTLET_BY_HOST: tuple[tuple[str, str], ...] = (
    ("dw.com", "dw"),
    ("dw.de", "dw"),
    ("bbc.com", "bbc"),
    ("bbc.co.uk", "bbc"),
    ("bbci.co.uk", "bbc"),
    ("rfa.org", "rfa"),
    ("voachinese.com", "voa"),
    ("voacantonese.com", "voa"),
    ("voanews.com", "voa"),
    ("rfi.fr", "rfi"),
    ("reuters.com", "reuters"),
    ("nytimes.com", "nyt"),
    ("nytimg.com", "nyt"),
    ("nytcn.me", "nyt"),
    ("ft.com", "ft"),
    ("ftchinese.com", "ft"),
    ("ftacademy.cn", "ft"),
    ("chinadigitaltimes.net", "cdt"),
    ("bannedbook.org", "bannedbook"),
    ("hkcnews.com", "hkcnews"),
    ("epochtimes.com", "epochtimes"),
    ("epochtimes.com.tw", "epochtimes"),
    ("dajiyuan.com", "epochtimes"),
    ("ntdtv.com", "ntd"),
    ("ntdtv.com.tw", "ntd"),
    ("soundofhope.org", "soh"),
    ("secretchina.com", "secretchina"),
    ("kanzhongguo.com", "secretchina"),
    ("aboluowang.com", "aboluowang"),
    ("dwnews.com", "dwnews"),
    ("zaobao.com", "zaobao"),
    ("zaobao.com.sg", "zaobao"),
    ("theinitium.com", "initium"),
    ("wsj.com", "wsj"),
    ("cnn.com", "cnn"),
    ("apnews.com", "ap"),
    ("scmp.com", "scmp"),
    ("hk01.com", "hk01"),
    ("thestandnews.com", "standnews"),
    ("rthk.hk", "rthk"),
    ("mingpao.com", "mingpao"),
    ("cna.com.tw", "cna"),
    ("ltn.com.tw", "ltn"),
    ("udn.com", "udn"),
    ("chinatimes.com", "chinatimes"),
    ("ettoday.net", "ettoday"),
    ("storm.mg", "storm"),
    ("xinhuanet.com", "xinhua"),
    ("news.cn", "xinhua"),
    ("people.com.cn", "people"),
    ("chinadaily.com.cn", "chinadaily"),
    ("huanqiu.com", "huanqiu"),
    ("globaltimes.cn", "globaltimes"),
    ("cctv.com", "cctv"),
    ("chinanews.com", "chinanews"),
    ("chinanews.com.cn", "chinanews"),
    ("thepaper.cn", "thepaper"),
    ("caixin.com", "caixin"),
    ("ifeng.com", "ifeng"),
    ("sina.com.cn", "sina"),
    ("sohu.com", "sohu"),
    ("163.com", "netease"),
    ("qq.com", "tencent"),
    ("iyouport.org", "iyouport"),
    ("nei.st", "neist"),
    ("pao-pao.net", "paopao"),
    ("matters.news", "matters"),
    ("chinafile.com", "chinafile"),
    ("allnow.com", "allnow"),
    ("medium.com", "medium"),
)

# ---------------------------------------------------------------------------------------
# Elements removed before anything else (never main text).
# ---------------------------------------------------------------------------------------
DISCARD_TAGS: tuple[str, ...] = (
    "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object",
    "embed", "applet", "svg", "canvas", "math", "button", "input", "select",
    "textarea", "option", "video", "audio", "source", "track", "map",
    "area", "link", "meta", "head", "title", "base",
)

# Elements that are chrome by their tag; marked like boilerplate classes (so the safety
# valve applies: a page wrapped in one <form> or <nav> by a CMS keeps its text).
CHROME_TAGS: tuple[str, ...] = ("nav", "aside", "footer", "menu", "dialog")

# Block-level tags: each starts a new segment.  Every other tag, including unknown and
# custom ones (``<ok href>`` in the banned-news archive, ``<marked-text>``), is inline,
# as in a browser.
BLOCK_TAGS: frozenset[str] = frozenset((
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd",
    "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
    "footer", "form", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
    "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
    "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "listing",
    "plaintext", "xmp", "noframes",
))
BOLD_TAGS: frozenset[str] = frozenset(("b", "strong"))
HEADING_TAGS: frozenset[str] = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))

# Class/id tokens of boilerplate containers (anchored regular expressions).
DISCARD_CLASS_ID: tuple[str, ...] = (
    # ads
    r"ads?", r"adv", r"advert[\w-]*", r"advertisement[\w-]*", r"adsense[\w-]*", r"ad[-_][\w-]+",
    r"[\w-]+[-_]ads?", r"[\w-]+[-_]ad[-_][\w-]+", r"[\w-]*adslot[\w-]*", r"[\w-]*banner[\w-]*", r"taboola[\w-]*",
    r"outbrain[\w-]*", r"mpu[\w-]*", r"[\w-]+[-_]mpu[\w-]*", r"dfp[\w-]*", r"gpt[-_][\w-]+", r"bbccom_\w+",
    r"o-ads", r"sponsor[\w-]*", r"[\w-]+[-_]sponsor[\w-]*", r"promo[\w-]*", r"[\w-]+[-_]promo[\w-]*",
    r"single_ad", r"guanggao[\w-]*", r"gg_?[\w-]*box",
    # sharing, social, follow
    r"share[\w-]*", r"[\w-]+[-_]share[\w-]*", r"sharing", r"social[\w-]*", r"[\w-]+[-_]social[\w-]*",
    r"sns[\w-]*", r"bdshare[\w-]*", r"jiathis[\w-]*", r"addthis[\w-]*", r"sharethis[\w-]*",
    r"sharetosocial", r"like[-_]?button[\w-]*", r"follow[-_]us", r"qrcode[\w-]*", r"[\w-]*erweima[\w-]*",
    r"ewm", r"wechat[-_][\w-]+", r"weixin[-_][\w-]+",
    # related, recommended, popular
    r"related[\w-]*", r"[\w-]+[-_]related[\w-]*", r"relate[-_]?[\w-]*", r"[\w-]*relatednews[\w-]*",
    r"op-related-articles", r"recommend[\w-]*", r"[\w-]+[-_]recommend[\w-]*", r"tuijian[\w-]*",
    r"xgyd[\w-]*", r"xgxw[\w-]*", r"hot[-_]?news[\w-]*", r"hot[-_][\w-]+", r"most[-_]?[\w-]*",
    r"popular[\w-]*", r"rank[\w-]*", r"[\w-]+[-_]rank[\w-]*", r"trending[\w-]*", r"read[-_]?more[\w-]*",
    r"more[-_]stories", r"next[-_]?post[\w-]*", r"prev[-_]?post[\w-]*", r"post[-_]?nav[\w-]*",
    # comments
    r"comments?", r"[\w-]+[-_]comments?", r"comment[-_][\w-]+", r"disqus[\w-]*", r"pinglun[\w-]*",
    r"reply[\w-]*", r"replies",
    # navigation, breadcrumbs, footers, sidebars
    r"nav", r"navbar[\w-]*", r"navigation[\w-]*", r"nav[-_][\w-]+", r"[\w-]+[-_]nav", r"[\w-]+nav",
    r"menu[\w-]*", r"[\w-]+[-_]menu", r"breadcrumbs?[\w-]*", r"[\w-]*crumbs?", r"crumb[\w-]*",
    r"footer[\w-]*", r"[\w-]+[-_]footer[\w-]*", r"foot", r"site[-_]?foot[\w-]*", r"copyright[\w-]*",
    r"[\w-]+[-_]copyright", r"sidebar[\w-]*", r"[\w-]+[-_]sidebar[\w-]*", r"side[-_]?bar[\w-]*",
    r"aside", r"widget[\w-]*", r"[\w-]+[-_]widget[\w-]*", r"toolbar[\w-]*", r"tool[-_]?bar",
    r"pagination[\w-]*", r"pager[\w-]*", r"paging",
    # overlays, subscriptions, logins
    r"popup[\w-]*", r"modal[\w-]*", r"overlay[\w-]*", r"subscribe[\w-]*", r"[\w-]+[-_]subscribe[\w-]*",
    r"subscription[\w-]*", r"newsletter[\w-]*", r"signup[\w-]*", r"login[\w-]*", r"register[\w-]*",
    r"cookie[\w-]*", r"gdpr[\w-]*", r"paywall[\w-]*",
    # meta: tags, keywords, print, font size
    r"tags", r"tag[-_]?list", r"tag[-_]?cloud", r"post[-_]?tags", r"entry[-_]?tags",
    r"keywords?", r"print[\w-]*", r"font[-_]?size[\w-]*", r"zoom[\w-]*",
    # WordPress / bannedbook / banned-news promos and notices
    r"notice", r"texttj", r"src-info", r"postmeta", r"post[-_]?meta", r"entry[-_]?meta",
    # hidden for screen readers only
    r"off-?screen", r"element-invisible", r"visually-hidden", r"sr-only", r"screen-reader[\w-]*",
    r"hidden", r"hide", r"u-hidden",
    # BBC, Reuters, FT, RFI chrome
    r"story-image-copyright", r"trustbadge[\w-]*", r"\w+_trustbadge[\w-]*",
    r"standardarticlebody_trustbadge[\w-]*", r"m-interstitial", r"t-copyright",
    r"in-article-advert", r"clearfloat",
)

# On inline elements (a <span> in a paragraph) only these tokens remove text: hidden
# labels and credits.  Broader tokens would cut words out of sentences (syntax
# highlighting uses class="keyword", tag links use class="tag").
INLINE_DISCARD_CLASS_ID: tuple[str, ...] = (
    r"off-?screen", r"element-invisible", r"visually-hidden", r"sr-only", r"screen-reader[\w-]*",
    r"hidden", r"hide", r"u-hidden", r"story-image-copyright", r"[\w-]*adslot[\w-]*", r"ads?",
    r"advert[\w-]*", r"share[\w-]*", r"[\w-]+[-_]share[\w-]*",
)

# Tokens that make an element likely to hold the article (a bonus for the container
# choice, and a veto against discarding on a weak token).
CONTENT_CLASS_ID: tuple[str, ...] = (
    r"[\w-]*article[\w-]*", r"[\w-]*content[\w-]*", r"[\w-]*entry[\w-]*", r"[\w-]*post[\w-]*", r"[\w-]*story[\w-]*",
    r"[\w-]*body[\w-]*", r"[\w-]*text[\w-]*", r"main[\w-]*", r"[\w-]*detail[\w-]*", r"[\w-]*artic[\w-]*", r"zw[\w-]*",
    r"zhengwen[\w-]*", r"[\w-]*news[-_]?con[\w-]*", r"con", r"con_[\w-]+", r"[\w-]+_con", r"[\w-]*wenzhang[\w-]*",
    r"[\w-]*neirong[\w-]*", r"[\w-]*ctrlfscont[\w-]*",
)

# Tokens that name the article body itself.  An element containing one of these is
# never marked as boilerplate, whatever its own class (Blogger wraps the posts in
# ``<div class="widget Blog">``).
ARTICLE_BODY_CLASS_ID: tuple[str, ...] = (
    r"post-body", r"postbody", r"entry-content", r"article-body", r"articlebody",
    r"article-content", r"articlecontent", r"article__body", r"article__content",
    r"story-body", r"storybody", r"story-content", r"post-content", r"postcontent",
    r"content-body", r"main-content", r"maincontent", r"article_body", r"article_content",
    r"post_content", r"entry_content", r"td-post-content", r"zhengwen", r"artibody",
)

# Attributes that mark an element as invisible.
HIDDEN_STYLE: str = r"display\s*:\s*none|visibility\s*:\s*hidden"

# ---------------------------------------------------------------------------------------
# Phrase lists (matched on a block's text).
# ---------------------------------------------------------------------------------------

# A block that *starts with* one of these is dropped when it is at most
# PREFIX_MAX_CHARS characters long: source lines, editor credits, promo footers.
PREFIX_MAX_CHARS = 160
DROP_PREFIXES: tuple[str, ...] = (
    r"[【\[（(]?(?:来源|來源|稿源|文章来源|新闻来源|消息来源|資料來源|资料来源)\s*[：:]",
    r"[【\[（(]?(?:责任编辑|責任編輯|责编|責編|编辑|編輯|主编|編審|编审|校对|校對|审校|審校|编校|值班编辑|网编|網編|实习编辑)\s*[：:／/]",
    r"[【\[（(]?(?:责任编辑|責任編輯|责编|責編)\b",
    r"(?:原文地址|原文链接|原文網址|原文鏈接|本文链接|本文網址|本文网址|文章链接)",
    r"手机上长按",
    r"获取更多RSS",
    r"Feed enhanced by",
    r"(?:©|\(c\)|Copyright|版权所有|版權所有|版权声明|版權聲明)",
    r"[【\[]?(?:相关阅读|相关新闻|相關新聞|延伸阅读|延伸閱讀|相关文章|相關文章|相关报道|相關報導|推荐阅读|推薦閱讀|热门推荐|熱門推薦|热点推荐|猜你喜欢|更多精彩|今日热点|看完整影片|点击阅读|點擊閱讀|点击查看|點擊查看|点击进入|阅读原文|閱讀原文|阅读全文|閱讀全文)",
    r"大陆网友注意",
    r"[【\[](?:诚征荣誉会员|誠徵榮譽會員)[】\]]",
    r"https?://\S+\s*$",  # a line that is only a link (archive footers)
    r"备注\s*[：:]\s*翻墙",
    r"(?:上一篇|下一篇|上一页|下一页|返回首页|返回顶部|返回目录|打印本页|打印此文|关闭窗口|關閉窗口|收藏本文|我要评论|发表评论|網友評論|网友评论)",
    r"(?:分享到|分享至|分享本文|分享：|分享:)",
    r"(?:字号|字體|字体)\s*[：:]?\s*[【\[]?\s*[大中小]",
    r"(?:标签|標籤|关键词|關鍵詞|关键字|Tags?)\s*[：:]",
    r"(?:扫描二维码|掃描二維碼|扫一扫|掃一掃|长按识别|長按識別|关注我们|關注我們|关注微信|下载APP|下載APP)",
    r"Post tags\s*:",
    r"Image caption",
    r"图片版权|圖片版權|图像来源|圖像來源",
    r"(?:欢迎|歡迎)?(?:点击此处|點擊此處)?(?:订阅|訂閱)",
    r"\((?:欢迎|歡迎)",
    r"（(?:欢迎|歡迎)(?:点击|點擊)",
)

# Credit lines: editors, translators, photo credits.  Dropped when the block is at most
# CREDIT_MAX_CHARS long and starts with one of CREDIT_PREFIXES or contains one of
# CREDIT_CONTAINS (a reporter line that ends with the editors: "记者… 责编：… 网编：…").
CREDIT_MAX_CHARS = 100
CREDIT_PREFIXES: tuple[str, ...] = (
    r"[（(【\[]?(?:编译|編譯|审校|審校|发稿|發稿|撰写|撰寫|翻译|翻譯|译者|譯者|校对|校對|编辑|編輯|责编|責編|网编|網編|"
    r"摄影|攝影|摄|攝|图|圖|图片|圖片|配图|配圖|视频|視頻|制作|製作|监制|監製|策划|策劃)\s*[：:／/|｜]",
    r"[（(【\[]?(?:编译|編譯|审校|審校|撰写|撰寫|翻译|翻譯|译者|譯者|责编|責編|网编|網編)\s+\S{2,4}(?:\s|；|;|$)",
    r"[（(]?(?:本文|本篇)?(?:编译|編譯|翻译|翻譯)(?:自|：|:)",
    r"[（(]?本文(?:编辑|編輯|责编|責編)",
)
CREDIT_CONTAINS: tuple[str, ...] = (
    r"责编|責編|网编|網編|责任编辑|責任編輯|審校|审校",
)

# A block that *contains* one of these and is at most CONTAINS_MAX_CHARS long is dropped:
# circumvention promos and legal footers that can sit anywhere in a short line.  Phrases
# that news prose uses too (a ministry's WeChat account, downloading an app, "does not
# represent the position of", "without approval") count only in their notice form: the
# text itself as the subject of the disclaimer, an imperative, a label with a colon.
CONTAINS_MAX_CHARS = 300
_NOTICE_SUBJECT = (
    r"(?:本文|本篇|文章|本视频|本視頻|上文|以上|以下|文中|原文|内容|內容|评论|評論|媒体|媒體)"
)
DROP_CONTAINS: tuple[str, ...] = (
    r"需翻墙访问", r"需翻牆訪問", r"未翻墙状态", r"翻墙看新闻", r"翻墙软件或APP",
    r"全平台高速翻墙", r"翻墙APP", r"安卓VPN", r"一键翻墙", r"翻墙教程", r"禁闻网",
    r"feedx\.(?:net|xyz)", r"All rights reserved",
    r"未[经經](?:授权|许可|批准|同意|授權|許可)[，,]?\s*(?:不得|禁止|严禁|嚴禁|请勿|請勿)?\s*(?:擅自|任意|随意|隨意)?\s*"
    r"(?:转载|轉載|翻印|复制|複製)",
    r"未[经經](?:授权|许可|批准|同意|授權|許可)[，,]?\s*(?:不得|禁止|严禁|嚴禁|请勿|請勿)\s*(?:擅自|任意|随意|隨意)?\s*使用",
    r"不得(?:擅自)?(?:转载|轉載)",
    r"翻印必究", r"版权声明：本文", r"每日新闻信",
    r"(?:请|請|欢迎|歡迎|立即|马上|馬上|扫码|掃碼|点此|點此|免费|免費)下[载載].{0,12}(?:应用程序|應用程式|APP|App|客户端|客戶端)",
    r"德国之声版权声明", r"ICP(?:备|証|证)\s*\d",
    r"京ICP", r"(?:公网安备|公網安備)", r"版权所有。?$", r"版權所有。?$", r"版权归版权所有者",
    r"转载请注明", r"轉載請註明", r"不支持播放", r"赞过：", r"微信搜索",
    r"(?:关注|關注|搜索|搜尋|订阅|訂閱|转自|轉自|来自|來自|来源|來源|扫码|掃碼|扫描|掃描)[^。，,]{0,8}微信(?:公众号|公眾號)",
    r"微信(?:公众号|公眾號)\s*(?:[：:]|ID|id)",
    _NOTICE_SUBJECT + r"[^。，,“”\"「」]{0,8}[，,]?(?:仅|只|僅|不|並不|并不|不一定)代表.{0,16}(?:立场|观点|立場|觀點|陈述|陳述)",
    r"^[（(【\[]?(?:[^，。,]{0,8}[，,])?(?:仅|只|僅)代表.{0,16}(?:立场|观点|立場|觀點)",
    r"was originally published in .{1,80} on Medium", r"致力于为您提供客观中立", r"致力於為您提供客觀中立", r"个人观点，?(?:并|並)?不代表", r"個人觀點，?(?:并|並)?不代表", r"不設稿酬", r"稿件請電郵", r"编辑邮箱", r"編輯郵箱", r"点击下载", r"點擊下載", r"月費訂戶", r"月费订户", r"成為.{0,12}訂戶", r"成为.{0,12}订户",
    r"违法和不良信息举报(?:电话|電話|邮箱|郵箱|专区|入口|\s*[：:])", r"增值电信业务经营许可证",
    r"互联网新闻信息服务许可证", r"广播电视节目制作经营许可证",
)

# Pagination and UI crumbs inside a short line (at most UI_MAX_CHARS long).
UI_MAX_CHARS = 40
DROP_UI_CONTAINS: tuple[str, ...] = (
    r"第\s*\d+\s*页", r"共\s*\d+\s*页", r"上一页", r"下一页", r"上一篇", r"下一篇", r"返回顶部",
    r"返回首页", r"打印本页", r"关闭窗口", r"關閉視窗", r"复制地址", r"收藏本页", r"加入收藏",
    r"设为首页", r"我要纠错", r"推荐给朋友", r"发送给朋友",
)

# Teasers: a summary that ends with a link to the full story.
TEASER_SUFFIX: str = r"(?:\.{2,}|…+|。)\s*[\[【(（]?\s*(?:全文|详细|詳細|详情|詳情|更多|阅读全文|閱讀全文|查看全文)\s*[\]】)）]?\s*$"

# A block whose whole text is one of these (after trimming punctuation and spaces) is UI.
DROP_EXACT: tuple[str, ...] = (
    r"分享", r"分享到", r"打印", r"关闭", r"關閉", r"收藏", r"评论", r"評論", r"点赞", r"讚",
    r"更多", r"更多>>", r"更多新闻", r"返回", r"返回顶部", r"顶部", r"首页", r"首頁",
    r"上一页", r"下一页", r"上一篇", r"下一篇", r"查看原文", r"阅读原文", r"閱讀原文",
    r"(?:大|中|小)(?:\s*(?:大|中|小)){1,2}", r"广告", r"廣告", r"Advertisement", r"ADVERTISEMENT",
    r"视频", r"視頻", r"图片", r"圖片", r"Share", r"Tweet", r"Email", r"Facebook", r"Twitter",
    r"WhatsApp", r"LINE", r"Telegram", r"微信", r"微博", r"QQ空间", r"(?:\d+\s*)?(?:赞|讚|like|likes)",
    r"Permalink", r"No comment", r"Older Post", r"Newer Post", r"Home", r"Subscribe to:.*",
    r"Posted by .*", r"Labels?:.*", r"\(完\)", r"（完）", r"完", r"https?://\S+",
)

# A heading-like block equal to one of these opens a list of links to other articles;
# the list that follows is dropped with it.
RELATED_HEADINGS: tuple[str, ...] = (
    r"相关阅读", r"相关新闻", r"相關新聞", r"相关文章", r"相關文章", r"延伸阅读", r"延伸閱讀",
    r"相关报道", r"相關報導", r"相关链接", r"相關鏈接", r"推荐阅读", r"推薦閱讀", r"热门推荐",
    r"熱門推薦", r"热点推荐", r"热门文章", r"熱門文章", r"热门新闻", r"最新文章", r"最新新闻",
    r"猜你喜欢", r"你可能感兴趣", r"更多精彩", r"今日热点", r"相关专题", r"相關專題",
    r"編輯推薦", r"编辑推荐", r"网友评论", r"網友評論", r"Related\s*(?:Articles|Posts|News|Stories)?",
    r"Read more", r"More from .*", r"Popular Posts", r"You may also like",
)

# A heading that starts with one of these opens an embedded related video or article
# list ("相关视频：…"); its links and teasers are dropped with it.  An embedded gallery
# ("相关图集：中印边境冲突的渊源") is not among them: its captions are the outlet's own
# text about the story (dated background items), kept like any gallery's captions.
RELATED_GALLERY_PREFIXES: tuple[str, ...] = (r"相关图集", r"相關圖集", r"相关图片集", r"相關圖片集")
RELATED_SECTION_PREFIXES: tuple[str, ...] = (
    r"相关视频", r"相關視頻", r"相關影片", r"相关专题", r"相關專題",
    r"相关报道", r"相關報導", r"延伸阅读", r"延伸閱讀", r"相关阅读", r"相關閱讀",
)

# Separators between a page title and its site name in <title> / og:title.
TITLE_SEPARATORS: str = r"\s+[-–—|｜_]+\s+|\s*[_|｜]\s*|\s*-{2,}\s*|\s+-\s*|\s+[-–—]+\s*"

# Site names stripped from the end of a title when a separator precedes them.
TITLE_SITE_SUFFIXES: tuple[str, ...] = (
    r"BBC News 中文", r"BBC 中文网", r"法国国际广播电台 - RFI", r"法国国际广播电台",
    r"RFI", r"美国之音", r"VOA", r"德国之声", r"DW", r"纽约时报中文网", r"FT中文网",
    r"路透", r"自由亚洲电台", r"大纪元", r"新唐人电视台", r"看中国", r"希望之声",
    r"中国数字时代", r"禁闻网", r"新华网", r"人民网", r"新浪网", r"搜狐", r"网易",
)

# ---------------------------------------------------------------------------------------
# Metadata sources.
# ---------------------------------------------------------------------------------------

# <meta name|property|itemprop=…> whose content is the publication date, best first.
META_DATE_NAMES: tuple[str, ...] = (
    "article:published_time", "og:article:published_time", "og:published_time",
    "datepublished", "publishdate", "publish-date", "publish_date", "pubdate", "pub_date",
    "publishtime", "publish_time", "published_time", "published", "dc.date.issued",
    "dc.date.created", "dc.date", "dcterms.date", "dcterms.created", "date", "sailthru.date",
    "parsely-pub-date", "article.published", "createdate", "create_date", "weibo:article:create_at",
    "og:release_date", "bt:pubdate", "cxenseparse:recs:publishtime",
)
META_AUTHOR_NAMES: tuple[str, ...] = (
    "author", "article:author", "og:article:author", "dc.creator", "byl", "sailthru.author",
    "parsely-author",
)
META_TITLE_NAMES: tuple[str, ...] = ("og:title", "twitter:title", "headline", "dc.title")
META_URL_NAMES: tuple[str, ...] = ("og:url", "twitter:url")

# Prefixes of a byline/date line ("发布时间：2020-07-20 10:00").
DATE_LABELS: str = (
    r"(?:发布时间|發佈時間|發布時間|发表时间|發表時間|发布日期|發佈日期|更新时间|更新時間|"
    r"时间|時間|日期|发表于|發表於|发布于|發布於|Published|Posted|Date|Updated)\s*[：:]?\s*"
)

# Labels before an author name in a byline line.
AUTHOR_LABELS: str = r"(?:作者|撰文|文|记者|記者|撰稿|By|by)\s*[：:／/|]\s*"
