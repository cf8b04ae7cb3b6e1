#!/usr/bin/python3
"""Builds examples/feeds/ from the evaluation articles, one feed per outlet.

Each article of tests/eval/articles/ becomes an item of its outlet's feed,
with its title, link, publication time in the outlet's zone and its text as
HTML paragraphs. Some outlets publish RSS 2.0, others Atom 1.0. Run it after
adding or changing an article:

    /usr/bin/python3 tests/eval/make_examples.py

Only the standard library is used.
"""

import datetime
import html
import json
import pathlib
import re
import sys
import xml.dom.minidom

ROOT = pathlib.Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "tests" / "eval" / "articles"
FEEDS = ROOT / "examples" / "feeds"

# outlet -> (file stem, format, feed title, description)
OUTLETS = {
    "Pacific Wire": ("pacific-wire", "rss", "Pacific Wire: Trade",
                     "Trade negotiation coverage from the Pacific Wire Tokyo desk."),
    "Kanto Press": ("kanto-press", "atom", "Kanto Press: Politics and Trade",
                    "Japanese politics and trade from Kanto Press."),
    "Capitol Newswire": ("capitol-newswire", "rss", "Capitol Newswire: Trade",
                         "Trade policy from Washington."),
    "Thames Newswire": ("thames-newswire", "atom", "Thames Newswire: Business",
                        "British and European business news from London."),
    "Meridian Trade Wire": ("meridian-trade-wire", "rss", "Meridian Trade Wire: EU-U.S.",
                            "EU trade policy from Brussels."),
    "Bund Financial Wire": ("bund-financial-wire", "atom", "Bund Financial Wire: Markets",
                            "China markets and trade from Shanghai."),
    "Alpine Wire": ("alpine-wire", "rss", "Alpine Wire: Wirtschaft",
                    "Swiss economy and trade from Zurich and Bern."),
    "Han River Wire": ("han-river-wire", "atom", "Han River Wire: Economy",
                       "Korean economy and trade from Seoul."),
    "Deccan Wire": ("deccan-wire", "rss", "Deccan Wire: Business",
                    "Indian business and trade from New Delhi."),
    "Maple Leaf Press": ("maple-leaf-press", "rss", "Maple Leaf Press: Business",
                         "Canadian business and trade from Toronto and Ottawa."),
    "Zocalo Wire": ("zocalo-wire", "atom", "Zocalo Wire: Economia",
                    "Mexican economy and trade from Mexico City."),
    "Nordic Trade Wire": ("nordic-trade-wire", "rss", "Nordic Trade Wire",
                          "Trade news from Stockholm."),
    "Nusantara Wire": ("nusantara-wire", "rss", "Nusantara Wire: Business",
                       "Indonesian business and trade from Jakarta."),
    "Manila Bay Press": ("manila-bay-press", "atom", "Manila Bay Press: Economy",
                         "Philippine economy and trade from Manila."),
    "Straits Trade Wire": ("straits-trade-wire", "rss", "Straits Trade Wire",
                           "Southeast Asian trade from Kuala Lumpur."),
    "Paulista Wire": ("paulista-wire", "atom", "Paulista Wire: Economia",
                      "Brazilian economy and trade from Sao Paulo."),
    "Formosa Trade Wire": ("formosa-trade-wire", "atom", "Formosa Trade Wire: Economy",
                           "Taiwanese economy and trade from Taipei."),
    "Rideau Wire": ("rideau-wire", "atom", "Rideau Wire: Business",
                    "Canadian politics and trade from Ottawa."),
    "Rond-Point Wire": ("rond-point-wire", "rss", "Rond-Point Wire: Trade",
                        "European Union trade and industry from Brussels."),
    "Aare Press": ("aare-press", "atom", "Aare Press: Wirtschaft",
                   "Swiss economy and trade from Bern."),
    "Potomac Wire": ("potomac-wire", "rss", "Potomac Wire: Trade",
                     "U.S. trade policy from Washington."),
    "Marunouchi Wire": ("marunouchi-wire", "atom", "Marunouchi Wire: Business",
                        "Japanese business and trade from Tokyo."),
    "Yamuna Wire": ("yamuna-wire", "rss", "Yamuna Wire: Business",
                    "Indian business and trade from New Delhi."),
    "Reforma Wire": ("reforma-wire", "atom", "Reforma Wire: Economia",
                     "Mexican economy and trade from Mexico City."),
    "Whitehall Press": ("whitehall-press", "rss", "Whitehall Press: Business",
                        "British business and policy from London."),
}

NOTE = "Example feed built by tests/eval/make_examples.py from parley's evaluation articles."


def load():
    out = []
    for meta_path in sorted(ARTICLES.glob("*.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        text = meta_path.with_suffix(".txt").read_text(encoding="utf-8")
        out.append((meta_path.stem, meta, text))
    return out


def paragraphs(text):
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def body_html(text):
    return "\n".join("<p>" + html.escape(p, quote=False) + "</p>" for p in paragraphs(text))


def published(meta):
    return datetime.datetime.fromisoformat(meta["published"])


def rfc822(dt):
    # The item's own offset, as "+0900": the zone the outlet writes in.
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return "%s, %02d %s %d %s %s" % (days[dt.weekday()], dt.day, months[dt.month - 1], dt.year,
                                     dt.strftime("%H:%M:%S"), dt.strftime("%z"))


def site(meta):
    return re.match(r"https://[^/]+", meta["url"]).group(0)


def guid(stem, meta):
    host = re.match(r"https://([^/]+)", meta["url"]).group(1)
    return "%s:%s:%s" % (host.split(".")[0], published(meta).date().isoformat(), stem.split("_", 1)[1])


def cdata(s):
    return "<![CDATA[" + s.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def rss(outlet, items):
    stem, _, title, description = OUTLETS[outlet]
    link = site(items[0][1])
    newest = max(published(m) for _, m, _ in items)
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<!-- %s -->' % NOTE,
             '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">',
             "  <channel>",
             "    <title>%s</title>" % html.escape(title),
             "    <link>%s</link>" % link,
             "    <description>%s</description>" % html.escape(description),
             "    <language>en</language>",
             "    <lastBuildDate>%s</lastBuildDate>" % rfc822(newest)]
    for stem_, meta, text in sorted(items, key=lambda x: published(x[1]), reverse=True):
        lines += ["    <item>",
                  "      <title>%s</title>" % html.escape(meta["title"], quote=False),
                  "      <link>%s</link>" % meta["url"],
                  '      <guid isPermaLink="false">%s</guid>' % guid(stem_, meta),
                  "      <pubDate>%s</pubDate>" % rfc822(published(meta)),
                  "      <dc:creator>%s</dc:creator>" % html.escape(outlet),
                  "      <description>%s</description>" % cdata(body_html(text)),
                  "    </item>"]
    lines += ["  </channel>", "</rss>", ""]
    return "\n".join(lines)


def atom(outlet, items):
    stem, _, title, description = OUTLETS[outlet]
    link = site(items[0][1])
    host = link.split("//")[1]
    newest = max(published(m) for _, m, _ in items)
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<!-- %s -->' % NOTE,
             '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
             "  <title>%s</title>" % html.escape(title),
             "  <subtitle>%s</subtitle>" % html.escape(description),
             '  <link rel="alternate" href="%s"/>' % link,
             "  <id>tag:%s,2025:feed</id>" % host,
             "  <updated>%s</updated>" % newest.isoformat(),
             "  <author><name>%s</name></author>" % html.escape(outlet)]
    for stem_, meta, text in sorted(items, key=lambda x: published(x[1]), reverse=True):
        when = published(meta)
        lines += ["  <entry>",
                  "    <title>%s</title>" % html.escape(meta["title"], quote=False),
                  '    <link rel="alternate" href="%s"/>' % meta["url"],
                  "    <id>tag:%s,%s:%s</id>" % (host, when.date().isoformat(), stem_.split("_", 1)[1]),
                  "    <published>%s</published>" % when.isoformat(),
                  "    <updated>%s</updated>" % when.isoformat(),
                  '    <content type="html">%s</content>' % html.escape(body_html(text), quote=False),
                  "  </entry>"]
    lines += ["</feed>", ""]
    return "\n".join(lines)


def main():
    by_outlet = {}
    for item in load():
        outlet = item[1]["outlet"]
        if outlet not in OUTLETS:
            sys.exit("%s: outlet %r has no feed in make_examples.py" % (item[0], outlet))
        by_outlet.setdefault(outlet, []).append(item)
    FEEDS.mkdir(parents=True, exist_ok=True)
    for old in list(FEEDS.glob("*.rss")) + list(FEEDS.glob("*.atom")):
        old.unlink()
    for outlet, items in sorted(by_outlet.items()):
        stem, kind = OUTLETS[outlet][0], OUTLETS[outlet][1]
        doc = rss(outlet, items) if kind == "rss" else atom(outlet, items)
        xml.dom.minidom.parseString(doc.encode("utf-8"))  # well-formed, or stop here
        path = FEEDS / ("%s.%s" % (stem, kind))
        path.write_text(doc, encoding="utf-8")
        print("%s: %d items" % (path.relative_to(ROOT), len(items)))


if __name__ == "__main__":
    main()
