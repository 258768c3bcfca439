"""Crawl every public page of a site in every language and write what a reader sees (the visible
text and the links of each page) to a JSON file, to compare two versions of the code:

    DATABASE_URL=sqlite:////tmp/crawl.sqlite3 python scripts/crawl_pages.py before.json
    ... change the code, load the demo again into a fresh database ...
    python scripts/crawl_pages.py after.json --compare before.json

Every address of /sitemap.xml, each listing filtered by each of its filters, a search per
language, the page-not-found page and the API's page listing are fetched in-process with Django's
test client. Picture and document addresses are compared without the file names' random parts.
"""

import argparse
import json
import os
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

import django  # noqa: E402

django.setup()

from django.test import Client  # noqa: E402
from lxml import etree, html  # noqa: E402

from home.languages import open_languages  # noqa: E402

# The random or content-hashed parts of media file names, and the per-request CSRF token.
VOLATILE = [
    (re.compile(r"(/media/[^\s\"']*?)(_[A-Za-z0-9]{7})?(\.[0-9a-f]{8})?(\.\w+)"), r"\1\4"),
    (re.compile(r"csrfmiddlewaretoken=[^&\s\"]+"), "csrfmiddlewaretoken=…"),
    # When the demo was loaded: publication times in JSON-LD, feeds and the sitemap.
    (re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?([+-]\d\d:?\d\d|Z)?"), "<time>"),
    (re.compile(r"\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d [+-]\d{4}"), "<time>"),
    (re.compile(r"<lastmod>[^<]*</lastmod>"), "<lastmod/>"),
]


def normalise(text):
    for pattern, replacement in VOLATILE:
        text = pattern.sub(replacement, text)
    return text


def page_record(response):
    record = {"status": response.status_code}
    content_type = response.get("Content-Type", "")
    if "html" not in content_type:
        record["body"] = normalise(response.content.decode(errors="replace"))
        return record
    tree = html.fromstring(response.content)
    record["json_ld"] = [
        normalise(" ".join(s.split()))
        for s in tree.xpath("//script[@type='application/ld+json']/text()")
    ]
    for hidden in tree.xpath("//script|//style"):
        hidden.drop_tree()
    record["title"] = " ".join(tree.findtext(".//title", "").split())
    record["text"] = normalise(" ".join(tree.text_content().split()))
    record["links"] = [normalise(href) for href in tree.xpath("//@href|//@src|//@srcset")]
    return record


def addresses(client):
    sitemap = etree.fromstring(client.get("/sitemap.xml").content)
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    urls = [
        loc.text.split("://", 1)[1].split("/", 1)[1]
        for loc in sitemap.xpath("//s:loc", namespaces=namespace)
    ]
    urls = ["/" + url for url in urls]
    extra = ["/api/v2/pages/?limit=20", "/sitemap.xml", "/robots.txt"]
    for language in sorted(open_languages()):
        extra += [f"/{language}/search/?q=integration", f"/{language}/no-such-page/"]
        extra += [f"/{language}/feed/", f"/{language}/feed/rss/"]
    found = set(urls)
    # Each listing's filter values, as its form offers them.
    for url in list(urls):
        tree = html.fromstring(client.get(url).content)
        for select in tree.xpath('//form[contains(@class,"filters")]//select'):
            for value in select.xpath("./option/@value")[1:3]:
                extra.append(f"{url}?{select.get('name')}={value}")
    return sorted(found) + [url for url in extra if url not in found]


def crawl():
    client = Client(HTTP_HOST="localhost")
    return {url: page_record(client.get(url)) for url in addresses(client)}


def compare(before, after):
    differences = 0
    for url in sorted(set(before) | set(after)):
        if before.get(url) != after.get(url):
            differences += 1
            print(f"DIFFERS: {url}")
            old, new = before.get(url, {}), after.get(url, {})
            for key in sorted(set(old) | set(new)):
                if old.get(key) != new.get(key):
                    print(
                        f"  {key}: {str(old.get(key))[:300]!r}\n  -> {str(new.get(key))[:300]!r}"
                    )
    print(f"{len(after)} addresses, {differences} differ.")
    return differences


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("output")
    parser.add_argument("--compare", help="an earlier crawl to compare with")
    options = parser.parse_args()
    pages = crawl()
    Path(options.output).write_text(json.dumps(pages, indent=1, ensure_ascii=False))
    print(f"{len(pages)} addresses crawled into {options.output}.")
    if options.compare:
        sys.exit(1 if compare(json.loads(Path(options.compare).read_text()), pages) else 0)


if __name__ == "__main__":
    main()
