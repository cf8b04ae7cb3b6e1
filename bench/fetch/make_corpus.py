#!/usr/bin/python3
"""Writes a benchmark corpus of feeds about trade talks: FEEDS files of ITEMS
items each, 150-400 words an item, in RSS 2.0, Atom 1.0 and RSS 1.0 (RDF) in
turn (the formats every reader under comparison understands). Deterministic:
the same arguments give the same bytes.

usage: make_corpus.py OUT_DIR [--feeds 200] [--items 50] [--seed 7]
"""

import argparse
import datetime
import os
import random
from xml.sax.saxutils import escape

COUNTRIES = ["Japan", "South Korea", "Canada", "Mexico", "Vietnam", "India", "Indonesia",
             "Australia", "Britain", "the European Union", "Brazil", "Thailand", "Malaysia",
             "the Philippines", "Switzerland", "Taiwan", "Chile", "Peru"]
ROLES = ["trade minister", "chief negotiator", "economy minister", "commerce secretary",
         "deputy trade representative", "foreign minister", "finance minister"]
NAMES = ["Aiko Tanabe", "Min-jun Seo", "Claire Dubois", "Rafael Ortega", "Linh Pham",
         "Arjun Mehta", "Sari Wulandari", "Tom Hadley", "Ingrid Falk", "Marta Rojas",
         "Kenji Oshiro", "Nadia Karim", "Pieter de Wit", "Hana Novak"]
PRODUCTS = ["steel", "aluminum", "automobiles", "auto parts", "semiconductors", "soybeans",
            "rice", "pharmaceuticals", "lumber", "copper", "solar panels", "beef"]
WHEN = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday",
        "next week", "by the end of the month", "in early July", "in mid-August",
        "before the deadline", "later this year", "within 90 days", "last month"]
VERBS = ["said", "told reporters", "said in a statement", "told a news conference",
         "said on the sidelines of a meeting", "wrote in a letter"]
CLAUSES = [
    "{country} will send a delegation to Washington {when} for a new round of talks",
    "the {pct} percent tariff on {product} would stay in place while talks continue",
    "negotiators had narrowed differences over {product} but no deal was in sight",
    "the government was ready to cut duties on {product} if Washington eased its levies",
    "a pause on the higher duties runs out {when}, leaving little time for a deal",
    "{country} hoped to secure an exemption for {product} before the levy takes effect",
    "both sides agreed to meet again {when} at the working level",
    "the talks covered quotas for {product} and rules of origin for {product2}",
    "exporters of {product} faced a {pct} percent duty starting {when}",
    "the agreement would lower the tariff on {product} to {pct} percent",
]


def sentence(rng):
    clause = rng.choice(CLAUSES).format(
        country=rng.choice(COUNTRIES), when=rng.choice(WHEN), pct=rng.choice([10, 15, 20, 25, 50]),
        product=rng.choice(PRODUCTS), product2=rng.choice(PRODUCTS))
    speaker = f"{rng.choice(COUNTRIES)}'s {rng.choice(ROLES)} {rng.choice(NAMES)}"
    if rng.random() < 0.5:
        return f"{speaker} {rng.choice(VERBS)} that {clause}."
    return f"{clause[0].upper()}{clause[1:]}, {speaker} {rng.choice(VERBS)}."


def body(rng):
    target = rng.randint(150, 400)
    paragraphs, words = [], 0
    city = rng.choice(["TOKYO", "SEOUL", "OTTAWA", "GENEVA", "BRUSSELS", "JAKARTA", "HANOI"])
    para = [f"{city} (Bench Wire) --"]
    while words < target:
        s = sentence(rng)
        para.append(s)
        words += len(s.split())
        if len(para) >= 3 and rng.random() < 0.4:
            paragraphs.append(" ".join(para))
            para = []
    if para:
        paragraphs.append(" ".join(para))
    return paragraphs


def item(rng, feed, i, when):
    title = sentence(rng).rstrip(".")[:110]
    return {
        "id": f"bench-{feed:03d}-{i:03d}",
        "link": f"https://bench-wire.example/{feed:03d}/{i:03d}",
        "title": title,
        "html": "".join(f"<p>{escape(p)}</p>" for p in body(rng)),
        "when": when,
    }


def rss(feed, items):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>',
           f"<title>Bench Wire {feed:03d}</title>",
           f"<link>https://bench-wire.example/{feed:03d}</link>",
           "<description>Benchmark feed generated for parley</description>"]
    for it in items:
        out.append(
            f"<item><title>{escape(it['title'])}</title><link>{it['link']}</link>"
            f"<guid isPermaLink=\"false\">{it['id']}</guid>"
            f"<pubDate>{it['when'].strftime('%a, %d %b %Y %H:%M:%S +0900')}</pubDate>"
            f"<dc:creator>Bench Wire desk</dc:creator>"
            f"<description>{escape(it['html'])}</description></item>")
    out.append("</channel></rss>")
    return "\n".join(out)


def atom(feed, items):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<feed xmlns="http://www.w3.org/2005/Atom">',
           f"<title>Bench Wire {feed:03d}</title>",
           f'<link href="https://bench-wire.example/{feed:03d}"/>',
           f"<id>urn:bench-wire:{feed:03d}</id>",
           f"<updated>{items[0]['when'].strftime('%Y-%m-%dT%H:%M:%S+09:00')}</updated>"]
    for it in items:
        stamp = it["when"].strftime("%Y-%m-%dT%H:%M:%S+09:00")
        out.append(
            f"<entry><title>{escape(it['title'])}</title><link href=\"{it['link']}\"/>"
            f"<id>urn:{it['id']}</id><published>{stamp}</published><updated>{stamp}</updated>"
            f"<author><name>Bench Wire desk</name></author>"
            f"<content type=\"html\">{escape(it['html'])}</content></entry>")
    out.append("</feed>")
    return "\n".join(out)


def rdf(feed, items):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
           'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:content="http://purl.org/rss/1.0/modules/content/">',
           f'<channel rdf:about="https://bench-wire.example/{feed:03d}">',
           f"<title>Bench Wire {feed:03d}</title>",
           f"<link>https://bench-wire.example/{feed:03d}</link>",
           "<description>Benchmark feed generated for parley</description>",
           "<items><rdf:Seq>"]
    out += [f'<rdf:li rdf:resource="{it["link"]}"/>' for it in items]
    out.append("</rdf:Seq></items></channel>")
    for it in items:
        out.append(
            f"<item rdf:about=\"{it['link']}\"><title>{escape(it['title'])}</title>"
            f"<link>{it['link']}</link>"
            f"<dc:date>{it['when'].strftime('%Y-%m-%dT%H:%M:%S+09:00')}</dc:date>"
            f"<dc:creator>Bench Wire desk</dc:creator>"
            f"<content:encoded>{escape(it['html'])}</content:encoded></item>")
    out.append("</rdf:RDF>")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--feeds", type=int, default=200)
    ap.add_argument("--items", type=int, default=50)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    writers = [("rss", rss), ("atom", atom), ("rdf", rdf)]
    start = datetime.datetime(2025, 5, 20, 9, 0)
    for feed in range(a.feeds):
        rng = random.Random(a.seed * 100003 + feed)
        items = [item(rng, feed, i, start - datetime.timedelta(hours=3 * i + feed % 3))
                 for i in range(a.items)]
        ext, write = writers[feed % len(writers)]
        with open(os.path.join(a.out, f"feed-{feed:03d}.{ext}"), "w", encoding="utf-8") as f:
            f.write(write(feed, items))


if __name__ == "__main__":
    main()
