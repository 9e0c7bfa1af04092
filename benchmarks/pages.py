"""Full news web pages around synthetic stories: meta tags, navigation, cookie banner, related and
most-read lists, footer, inline styles and scripts, 30-60 KB each, like the pages a crawler stores.

Inline CSS and JavaScript come from a seeded pool of chunks, each page taking distinct ones, so that a
page compresses about as well as a real one (no chunk repeats within a page).
"""

from __future__ import annotations

import json
import random
import string
from dataclasses import dataclass
from html import escape

from corpus import Story

MIN_PAGE_BYTES = 30_000
MAX_PAGE_BYTES = 60_000
CHUNK_POOL = 600

NB_SITES = (("Nordlys Nyheter", "nordlysnyheter.no"), ("Fjordposten", "fjordposten.no"),
            ("Vestlandsavisa", "vestlandsavisa.no"))
EN_SITES = (("The Northern Ledger", "northernledger.com"), ("Baltic Wire", "balticwire.net"),
            ("Harbour Times", "harbourtimes.co.uk"))

NB_NAV = ("Nyheter", "Innenriks", "Utenriks", "Økonomi", "Sport", "Kultur", "Debatt", "Meninger", "Reise",
          "Teknologi", "Helse", "Vær", "Podkast", "Video", "Tegneserier", "Motor", "Bolig", "Jobb")
EN_NAV = ("News", "UK", "World", "Business", "Markets", "Sport", "Culture", "Opinion", "Travel", "Technology",
          "Health", "Weather", "Podcasts", "Video", "Puzzles", "Motoring", "Property", "Jobs")

NB_HEADLINES = (
    "Slik blir været i påskeuken", "Strømprisen stiger igjen i Sør-Norge", "Brann snudde kampen på overtid",
    "Ny rekord for elbilsalget i februar", "Rentebeslutning: Dette betyr det for deg",
    "Kommunen vil legge ned to skoler", "Dette er de nye reglene for hytteutleie",
    "Politiet advarer mot falske SMS-er", "Fem ting du ikke visste om fjellet", "Slik sparer du på matbudsjettet",
    "Flere tusen uten strøm etter uværet", "Regjeringen legger fram ny ferjeplan",
    "Kronikk: Vi må snakke om beredskap", "Ungdomsskoleelever vant nasjonal konkurranse",
    "Fylkesveien stengt etter ras", "Festivalen slipper nye navn",
)
EN_HEADLINES = (
    "Weather: cold snap to last into the weekend", "Energy bills set to rise again in April",
    "Late winner keeps title race alive", "Electric car sales hit record high",
    "Interest rates: what the decision means for you", "Council plans to close two schools",
    "New rules for holiday lets explained", "Police warn of fake text messages",
    "Five things you did not know about the mountains", "How to cut your weekly food bill",
    "Thousands without power after storm", "Government unveils new ferry plan",
    "Opinion: we need to talk about preparedness", "Pupils win national science contest",
    "Road closed after landslide", "Festival announces first headliners",
)
NB_WORDS = {
    "cookie": "Vi og våre partnere bruker informasjonskapsler (cookies) for å tilpasse innhold og annonser, "
              "tilby funksjoner for sosiale medier og analysere trafikken vår. Du kan når som helst endre "
              "samtykket ditt under Personvern.",
    "accept": "Godta alle", "reject": "Bare nødvendige", "settings": "Innstillinger", "related": "Les også",
    "most_read": "Mest lest", "latest": "Siste nytt", "search": "Søk", "section": "Utenriks",
    "ad": "Annonse", "footer": "Vi arbeider etter Vær Varsom-plakatens regler for god presseskikk. Ansvarlig "
              "redaktør: Line Haugen. Nyhetsredaktør: Per Aas. Org.nr. 912 345 678.",
    "links": "Kontakt oss|Tips oss|Personvern|Informasjonskapsler|Annonsere|Jobb hos oss|Abonnement|Kundeservice",
    "email": "Din e-postadresse", "caption": "Stridsvogner på vei mot grensen.",
}
EN_WORDS = {
    "cookie": "We and our partners use cookies to personalise content and ads, to provide social media "
              "features and to analyse our traffic. You can change your consent at any time under Privacy.",
    "accept": "Accept all", "reject": "Necessary only", "settings": "Settings", "related": "Related stories",
    "most_read": "Most read", "latest": "Latest", "search": "Search", "section": "World",
    "ad": "Advertisement", "footer": "We follow the Editors' Code of Practice. Editor: Helen Marsh. "
              "Registered in England No. 01234567.",
    "links": "Contact us|Send a tip|Privacy|Cookie settings|Advertise|Careers|Subscriptions|Help",
    "email": "Your email address", "caption": "Tanks on their way towards the border.",
}

_CSS_PROPS = ("display:flex", "display:block", "display:grid", "position:relative", "position:absolute",
              "overflow:hidden", "text-transform:uppercase", "cursor:pointer", "box-sizing:border-box",
              "white-space:nowrap", "align-items:center", "justify-content:space-between")
_COLOURS = ("#000", "#fff", "#1a1a1a", "#333", "#666", "#999", "#e5e5e5", "#f4f4f4", "#c00", "#005aa7", "#0b7a3e")
_JS_EVENTS = ("click", "scroll", "resize", "load", "visibilitychange", "keydown", "mouseenter", "submit")


_CLASS_WORDS = ("article", "teaser", "card", "grid", "header", "footer", "nav", "menu", "item", "link", "btn",
                "title", "lead", "byline", "media", "image", "caption", "label", "icon", "list", "row", "col",
                "wrapper", "container", "section", "ad", "banner", "consent", "share", "related", "top", "hero")


def _ident(rng: random.Random) -> str:
    """A minified variable name ("e", "Qt")."""
    return rng.choice(string.ascii_letters) + (rng.choice(string.ascii_lowercase) if rng.random() < 0.5 else "")


def _class(rng: random.Random) -> str:
    """A BEM-style class name ("c-teaser__title--top")."""
    first, second, third = rng.sample(_CLASS_WORDS, 3)
    return f"c-{first}__{second}" + (f"--{third}" if rng.random() < 0.4 else "")


def _hex(rng: random.Random, digits: int) -> str:
    """Random lower-case hex digits (ids, hashes, keys)."""
    return f"{rng.getrandbits(4 * digits):0{digits}x}"


def _css_rule(rng: random.Random) -> str:
    """One minified CSS rule with a random class and values."""
    props = [f"margin:{rng.randrange(0, 40, 4)}px {rng.randrange(0, 40, 4)}px", f"color:{rng.choice(_COLOURS)}",
             f"font:{rng.choice((400, 500, 700))} {rng.randrange(12, 40, 2)}px/{rng.randrange(10, 18) / 10} "
             f"{rng.choice(('Inter', 'Georgia', 'Roboto', 'Lora'))},sans-serif",
             f"padding:{rng.randrange(0, 24, 4)}px", *rng.sample(_CSS_PROPS, 3)]
    rng.shuffle(props)
    rule = f".{_class(rng)}{{{';'.join(props[: rng.randrange(3, len(props))])}}}"
    return f"@media (min-width:{rng.choice((480, 768, 1024, 1280))}px){{{rule}}}" if rng.random() < 0.2 else rule


def _js_statement(rng: random.Random) -> str:
    """One minified JavaScript statement with random names and values."""
    f, a, b, c = (_ident(rng) for _ in range(4))
    kind = rng.randrange(4)
    if kind == 0:
        return (f'function {f}({a},{b}){{var {c}=document.querySelectorAll(".{_class(rng)}");'
                f'for(var i=0;i<{c}.length;i++){c}[i].addEventListener("{rng.choice(_JS_EVENTS)}",'
                f'function(e){{{a}&&{a}.push({{event:"{rng.choice(_JS_EVENTS)}",n:i}})}});'
                f"return {b}?{rng.randrange(10**4)}:null}}")
    if kind == 1:
        return (f'var {f}={{api:"https://api.example/{rng.choice(_CLASS_WORDS)}/v{rng.randrange(1, 9)}",'
                f'timeout:{rng.randrange(1, 90) * 100},retries:{rng.randrange(1, 6)},key:"{_hex(rng, 8)}"}};')
    if kind == 2:
        return (f"{f}.prototype.{rng.choice(_CLASS_WORDS)}=function({a}){{if(!this.{_ident(rng)})return!1;"
                f'this.{b}=Object.assign({{}},{a},{{t:Date.now(),s:"{rng.choice(_CLASS_WORDS)}"}});return!0}};')
    return (f'!function({a}){{"use strict";var {b}={a}.{_ident(rng)}||[];{b}.push(["{rng.choice(_CLASS_WORDS)}",'
            f"{rng.randrange(100)},{rng.randrange(10**4)}]);{a}.{c}={b}}}(window);")


def _chunk(rng: random.Random, piece: str) -> str:
    """About a kilobyte of CSS rules or JavaScript statements."""
    make = _css_rule if piece == "css" else _js_statement
    parts: list[str] = []
    while sum(map(len, parts)) < 1_000:
        parts.append(make(rng))
    return "".join(parts)


@dataclass(frozen=True, slots=True)
class Filler:
    """Pools of CSS and JavaScript chunks to pad pages to their size."""

    css: tuple[str, ...]
    js: tuple[str, ...]

    @classmethod
    def build(cls, seed: int) -> Filler:
        """The pools for ``seed`` (CHUNK_POOL chunks of each)."""
        rng = random.Random(f"filler:{seed}")
        return cls(tuple(_chunk(rng, "css") for _ in range(CHUNK_POOL)),
                   tuple(_chunk(rng, "js") for _ in range(CHUNK_POOL)))


def _site(story: Story) -> tuple[str, str]:
    """The (name, domain) of the outlet publishing a story."""
    sites = NB_SITES if story.lang == "nb" else EN_SITES
    return sites[story.index // 2 % len(sites)]


def _slug(title: str) -> str:
    """A URL slug of a title ("Kø på 9 kilometer" -> "ko-pa-9-kilometer")."""
    folded = title.lower().translate(str.maketrans({"æ": "ae", "ø": "o", "å": "a", "õ": "o", "ä": "a"}))
    return "-".join("".join(ch if ch.isalnum() else " " for ch in folded).split())


def page_url(story: Story) -> str:
    """The canonical URL of a story's page (unique per story)."""
    _, domain = _site(story)
    return f"https://www.{domain}/{'nyheter' if story.lang == 'nb' else 'news'}/{10_000_000 + story.index}/" \
           f"{_slug(story.title)}"


def _links(rng: random.Random, lang: str, domain: str, count: int) -> str:
    """List items linking to ``count`` other stories of the site."""
    heads = NB_HEADLINES if lang == "nb" else EN_HEADLINES
    return "".join(f'<li><a href="https://www.{domain}/{_slug(h)}-{rng.randrange(10**6)}">{escape(h)}</a></li>'
                   for h in rng.sample(heads, count))


def _head(story: Story, rng: random.Random, url: str, css: str) -> str:
    """The <head>: title, meta and Open Graph tags, JSON-LD, inline style and analytics."""
    site, domain = _site(story)
    iso = story.published.isoformat() + "+01:00"
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": story.title,
                     "datePublished": iso, "author": {"@type": "Person", "name": story.author},
                     "publisher": {"@type": "Organization", "name": site}, "mainEntityOfPage": url},
                    ensure_ascii=False)
    return f"""<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(story.title)} – {escape(site)}</title>
<meta name="description" content="{escape(story.lead[:150])}">
<meta name="author" content="{escape(story.author)}">
<meta property="og:title" content="{escape(story.title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://img.{domain}/{_hex(rng, 16)}.jpg">
<meta property="og:site_name" content="{escape(site)}">
<meta property="article:published_time" content="{iso}">
<meta property="article:section" content="{NB_WORDS['section'] if story.lang == 'nb' else EN_WORDS['section']}">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="https://static.{domain}/css/main.{_hex(rng, 10)}.css">
<style>{css}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}gtag("js",new Date());\
gtag("config","G-{_hex(rng, 10).upper()}");</script>
<script type="application/ld+json">{ld}</script>
</head>"""


def _article(story: Story, rng: random.Random) -> str:
    """The <article>: headline, byline, share buttons, photo, body with inline boxes, bio and credit."""
    words = NB_WORDS if story.lang == "nb" else EN_WORDS
    paragraphs = [f"<p>{escape(p)}</p>" for p in story.paragraphs]
    paragraphs.insert(rng.randrange(1, len(paragraphs)),
                      f'<aside class="inline-related"><a href="#">{escape(story.related)}</a></aside>')
    paragraphs.insert(rng.randrange(2, len(paragraphs)), f'<div class="ad-slot"><span>{words["ad"]}</span></div>')
    bio = f'<p class="author-bio">{escape(story.bio)}</p>' if rng.random() < 0.5 else ""
    return f"""<article class="article" itemscope itemtype="https://schema.org/NewsArticle">
<header><p class="kicker">{words['section']}</p><h1 itemprop="headline">{escape(story.title)}</h1>
<div class="byline"><span class="author">{escape(story.byline)}</span>
<time datetime="{story.published.isoformat()}">{escape(story.timestamp)}</time></div>
<ul class="share"><li><button>{escape(story.share)}</button></li><li><a href="#">Facebook</a></li>\
<li><a href="#">X</a></li><li><a href="#">LinkedIn</a></li></ul></header>
<figure><img src="https://img.example/{_hex(rng, 16)}.jpg" alt="" width="1200" height="675">
<figcaption>{words['caption']} {escape(story.photo_credit)}</figcaption></figure>
<div class="article-body" itemprop="articleBody">
<p class="lead">{escape(story.lead)}</p>
{chr(10).join(paragraphs)}
{bio}
<p class="credit">{escape(story.credit)}</p>
</div>
</article>"""


def _chrome_top(story: Story, rng: random.Random) -> str:
    """Cookie banner, site header with menu and search, news ticker."""
    site, domain = _site(story)
    words = NB_WORDS if story.lang == "nb" else EN_WORDS
    nav = NB_NAV if story.lang == "nb" else EN_NAV
    menu = "".join(f'<li><a href="https://www.{domain}/{_slug(s)}">{escape(s)}</a></li>' for s in nav)
    return f"""<div id="cookie-consent" class="consent" role="dialog"><p>{escape(words['cookie'])}</p>
<button class="accept">{words['accept']}</button><button class="reject">{words['reject']}</button>
<a href="/privacy">{words['settings']}</a></div>
<header class="site-header"><a class="logo" href="https://www.{domain}/">{escape(site)}</a>
<nav class="main-nav" aria-label="menu"><ul>{menu}</ul></nav>
<form class="search" action="/search"><input type="search" name="q" placeholder="{words['search']}"></form></header>
<div class="ticker"><strong>{words['latest']}</strong><ul>{_links(rng, story.lang, domain, 5)}</ul></div>"""


def _sidebar(story: Story, rng: random.Random) -> str:
    """Related stories, most read, newsletter sign-up."""
    _, domain = _site(story)
    words = NB_WORDS if story.lang == "nb" else EN_WORDS
    return f"""<aside class="related"><h2>{words['related']}</h2><ul>{_links(rng, story.lang, domain, 8)}</ul></aside>
<section class="most-read"><h2>{words['most_read']}</h2><ol>{_links(rng, story.lang, domain, 10)}</ol></section>
<section class="newsletter"><h2>{escape(story.subscribe)}</h2><form action="/newsletter">
<input type="email" placeholder="{words['email']}"><button>OK</button></form></section>"""


def _footer(story: Story) -> str:
    """The site footer."""
    site, domain = _site(story)
    words = NB_WORDS if story.lang == "nb" else EN_WORDS
    links = "".join(f'<li><a href="https://www.{domain}/{_slug(x)}">{escape(x)}</a></li>'
                    for x in words["links"].split("|"))
    return f"""<footer class="site-footer"><p>{escape(words['footer'])}</p><ul>{links}</ul>
<p>© 2026 {escape(site)}</p></footer>"""


def _fill(rng: random.Random, pool: tuple[str, ...], size: int) -> str:
    """Distinct chunks from ``pool`` adding up to about ``size`` characters."""
    count = max(0, min(len(pool), size // 1_000))
    return "".join(rng.sample(pool, count))


def render_page(story: Story, filler: Filler, seed: int) -> str:
    """The story as a complete 30-60 KB news page."""
    rng = random.Random(f"page:{seed}:{story.index}")
    url = page_url(story)
    target = rng.randrange(MIN_PAGE_BYTES, MAX_PAGE_BYTES)
    body = "\n".join((_chrome_top(story, rng), "<main>", _article(story, rng), _sidebar(story, rng), "</main>",
                      _footer(story)))
    state = json.dumps({"page": {"id": _hex(rng, 24), "url": url, "ab": [_hex(rng, 8) for _ in range(6)]},
                        "ads": [{"slot": _class(rng), "size": [300, 250], "k": _hex(rng, 16)} for _ in range(8)]})
    spare = target - len(body) - len(state) - 2_500
    css = _fill(rng, filler.css, spare * 2 // 5)
    js = _fill(rng, filler.js, target - len(body) - len(state) - len(css) - 2_500)
    return f"""<!DOCTYPE html>
<html lang="{story.lang}">
{_head(story, rng, url, css)}
<body class="article-page">
{body}
<script>{js}</script>
<script id="__STATE__" type="application/json">{state}</script>
</body>
</html>
"""
