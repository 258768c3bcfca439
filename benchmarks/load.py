"""Load on the public site under gunicorn with the production settings, PostgreSQL and Redis:
does it answer every request, and does it keep doing so when Redis goes away?

    .venv/bin/python benchmarks/load.py                  # 60 s per run, 32 connections
    .venv/bin/python benchmarks/load.py --seconds 20 --connections 8

It builds once (--rebuild to redo) a PostgreSQL database `welcoming_load` on 127.0.0.1:5432
(DATABASE_URL to use another) with the demo content, and runs the background worker once so that
the publication's PDFs and the pictures' copies exist; pictures and PDFs are kept in
/tmp/welcoming-load/. Every time it migrates that database, collects the static files into
/tmp/welcoming-load/static, starts a redis-server of its own (nothing kept on disk) and gunicorn
(`gunicorn.conf.py`, production settings, 3 workers × 4 threads), each on a free port.

The URLs come from the server itself: every page of its /sitemap.xml (all languages), the
listings with each filter, a search in each language, the feeds, the API's listings, the
pictures in a few pages and the publication's PDF in each language. Each is fetched once (the
page cache is filled) and must answer below 500. Then, from --connections threads, each with a
kept-alive connection, cycling through the URLs:

  run 1: --seconds of load with Redis and PostgreSQL;
  run 2: the same, with Redis terminated half-way and left down;
  run 3: Redis started again (empty): the page cache fills and is used again.

With --scenario two-hosts (after the three runs above, or alone with --only), two gunicorn
instances on two ports (the same PostgreSQL, Redis and media folder) behind one Varnish
(deploy/varnish/default.vcl with a backend each) take the load through Varnish, and a page is
published half-way through (from a third process, as an editor's publish on either host).

With --scenario faults, the site runs on a PostgreSQL server of its own (a copy of the load
database; the machine's shared server is never restarted) with the background worker
(`manage.py run_worker`, TASK_STALE_AFTER=20 s, started again whenever it exits as `make serve`
does): under load the publication is published (its PDFs are rebuilt in every language), the
worker is killed with SIGKILL while it builds one, and PostgreSQL is stopped for 15 s and
started again. Afterwards every PDF must be built (each answers 200 with a PDF) and no task
left behind. Readers get 503 with Retry-After while the database is away (counted apart).

An error is an answer of 500 or more, a connection error or no answer within --timeout seconds.
It prints requests per second, median and 99th-percentile latency, errors and the page cache's
hits (X-Page-Cache) for each run and each half, and exits 1 if any request failed, with the
failing URLs and the tracebacks from gunicorn's log."""

import argparse
import collections
import datetime
import html.parser
import http.client
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# The tests' own servers: a redis-server on a free port, started and stopped at will.
from tests.servers import RedisServer, free_port, wait_for_port  # noqa: E402

WORKDIR = Path("/tmp/welcoming-load")
DATABASE = "welcoming_load"
SERVER_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/"
# A word from the demo content in each language, and one found nowhere.
SEARCHES = {
    "en": ["integration", "housing language", "zzzyx"],
    "pl": ["integracja", "mieszkania"],
    "de": ["Integration", "Wohnen"],
    "nl": ["integratie", "wonen"],
    "it": ["integrazione", "casa"],
    "el": ["ένταξη", "στέγαση"],
}
# How many options of each listing filter are loaded, and pictures at most.
OPTIONS_PER_FILTER = 3
PICTURES = 40


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=60, help="length of a run (default 60)")
    parser.add_argument(
        "--connections", type=int, default=32, help="concurrent connections (default 32)"
    )
    parser.add_argument(
        "--timeout", type=float, default=30, help="seconds before a request fails (default 30)"
    )
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers (default 3)")
    parser.add_argument("--threads", type=int, default=4, help="threads a worker (default 4)")
    parser.add_argument("--rebuild", action="store_true", help="drop and build the database")
    parser.add_argument(
        "--no-recovery", action="store_true", help="skip run 3 (Redis started again)"
    )
    parser.add_argument(
        "--scenario",
        action="append",
        choices=["redis", "two-hosts", "faults"],
        help="what to run (repeatable; default: all three)",
    )
    return parser.parse_args()


def database_url():
    return os.environ.get("DATABASE_URL", SERVER_DATABASE_URL + DATABASE)


def environment(redis_url=None, database=None):
    """The production settings on the load database, plain HTTP on the loopback."""
    env = os.environ | {
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": os.environ.get("SECRET_KEY", "load-test-only-not-secret"),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": database or database_url(),
        "MEDIA_ROOT": str(WORKDIR / "media"),
        "STATIC_ROOT": str(WORKDIR / "static"),
    }
    if redis_url:
        env["REDIS_URL"] = redis_url
    else:
        env.pop("REDIS_URL", None)
    return env


def manage(*args, quiet=False, env=None):
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        # Progress lines of every page saved and PDF page laid out are left out.
        env=(env or environment()) | {"LOG_LEVEL": "WARNING"},
        check=True,
        stdout=subprocess.DEVNULL if quiet else None,
    )


# --- The database -----------------------------------------------------------------------------


def admin_sql(statement):
    """Run one statement on the server's `postgres` database (CREATE/DROP DATABASE)."""
    import psycopg

    parts = urllib.parse.urlsplit(database_url())
    server = parts._replace(path="/postgres").geturl()
    with psycopg.connect(server, autocommit=True) as connection:
        cursor = connection.execute(statement)
        return cursor.fetchall() if cursor.description else None


def database_exists():
    name = urllib.parse.urlsplit(database_url()).path.lstrip("/")
    return bool(admin_sql(f"SELECT 1 FROM pg_database WHERE datname = '{name}'"))


def build(args):
    """The database with the demo content, its PDFs and pictures; once, unless --rebuild."""
    stamp = WORKDIR / "built.json"
    name = urllib.parse.urlsplit(database_url()).path.lstrip("/")
    if stamp.exists() and database_exists() and not args.rebuild:
        built = json.loads(stamp.read_text())
        print(f"Reusing database {name}, built {built['built_at']} (--rebuild to redo).")
        print("Migrating it and collecting the static files...", flush=True)
        manage("migrate", "--no-input", "-v0")
        manage("collectstatic", "--no-input", "-v0")
        return
    print(f"Building database {name} with the demo content (a few minutes)...", flush=True)
    started = time.monotonic()
    stamp.unlink(missing_ok=True)
    admin_sql(f'DROP DATABASE IF EXISTS "{name}"')
    admin_sql(f'CREATE DATABASE "{name}"')
    shutil.rmtree(WORKDIR / "media", ignore_errors=True)
    # The production storage needs the static files' manifest to render any page.
    manage("collectstatic", "--no-input", "-v0")
    manage("migrate", "--no-input", "-v0")
    manage("load_demo", quiet=True)
    print("  the background worker: PDFs and pictures...", flush=True)
    manage(
        "db_worker", "--backend", "background", "--batch", "--no-startup-delay", "--no-reload",
        "-v0",
    )  # fmt: skip
    seconds = time.monotonic() - started
    built_at = datetime.datetime.now().isoformat(timespec="seconds")
    stamp.write_text(json.dumps({"built_at": built_at, "seconds": round(seconds)}))
    print(f"Built in {seconds:.0f} s.")


# --- The servers ------------------------------------------------------------------------------


class Gunicorn:
    """gunicorn as `make serve` starts it; its log (access and errors) goes to `log_path`."""

    def __init__(self, args, redis_url, log_path, port=None, **extra):
        self.port = port or free_port()
        self.log_path = log_path
        env = (
            environment(redis_url, extra.pop("database", None))
            | extra
            | {
                "GUNICORN_BIND": f"127.0.0.1:{self.port}",
                "WEB_CONCURRENCY": str(args.workers),
                "GUNICORN_THREADS": str(args.threads),
            }
        )
        self.log = open(log_path, "ab")  # noqa: SIM115 (closed in stop())
        gunicorn = str(Path(sys.executable).parent / "gunicorn")
        self.process = subprocess.Popen(
            [gunicorn, "config.wsgi", "-c", "gunicorn.conf.py"],
            cwd=ROOT,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        wait_for_port(self.port, self.process, seconds=60)

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()


# --- The URLs ---------------------------------------------------------------------------------


def get(port, path, timeout=60):
    """(status, headers, body) of one request on a connection of its own."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.headers, response.read()
    finally:
        connection.close()


def local(url):
    """The path and query of an absolute URL (the site may name another host)."""
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit(("", "", parts.path or "/", parts.query, ""))


class PageParser(html.parser.HTMLParser):
    """What a page offers to load: its listing filters, pictures and PDF link."""

    def __init__(self):
        super().__init__()
        self.filters = {}  # select name -> option values (listing filter form)
        self.action = None
        self.pictures = []
        self.pdfs = []
        self._form = None
        self._select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and "filters" in (attrs.get("class") or "").split():
            self._form, self.action = True, attrs.get("action")
        elif tag == "select" and self._form:
            self._select = attrs.get("name")
            self.filters[self._select] = []
        elif tag == "option" and self._select and attrs.get("value"):
            self.filters[self._select].append(attrs["value"])
        elif tag in ("img", "source"):
            candidates = [attrs.get("src") or ""] + (attrs.get("srcset") or "").split(",")
            for candidate in candidates:
                url = candidate.strip().split(" ")[0]
                if "/media/images/" in url:
                    self.pictures.append(local(url))
        elif tag == "a" and (attrs.get("href") or "").rstrip("/").endswith("/pdf"):
            self.pdfs.append(local(attrs["href"]))

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None


def sitemap_paths(port, path="/sitemap.xml"):
    """Every <loc> of the sitemap, following a sitemap index."""
    status, _headers, body = get(port, path)
    if status != 200:
        sys.exit(f"{path} answered {status}")
    namespace = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    tree = ElementTree.fromstring(body)
    locations = [local(loc.text.strip()) for loc in tree.iter(f"{namespace}loc")]
    if tree.tag == f"{namespace}sitemapindex":
        return [page for part in locations for page in sitemap_paths(port, part)]
    return locations


def gather_urls(port):
    """{kind: [path, ...]} of every URL loaded, from the server's own answers."""
    pages = list(dict.fromkeys(sitemap_paths(port)))
    languages = sorted({path.split("/")[1] for path in pages if path.count("/") >= 2})
    urls = {"page": pages, "listing filter": [], "picture": [], "pdf": []}
    for path in pages:
        status, headers, body = get(port, path)
        if status >= 500 or "html" not in headers.get("Content-Type", ""):
            continue
        parser = PageParser()
        parser.feed(body.decode("utf-8", "replace"))
        if parser.filters and parser.action:
            for name, values in parser.filters.items():
                for value in values[:OPTIONS_PER_FILTER]:
                    query = urllib.parse.urlencode({name: value})
                    urls["listing filter"].append(f"{parser.action}?{query}")
            # Two filters at once, and the second page of the listing.
            first_two = [(name, values[0]) for name, values in parser.filters.items() if values]
            if len(first_two) >= 2:
                query = urllib.parse.urlencode(first_two[:2])
                urls["listing filter"].append(f"{parser.action}?{query}")
            urls["listing filter"].append(f"{parser.action}?page=2")
        urls["pdf"] += parser.pdfs
        urls["picture"] += parser.pictures
    urls["picture"] = list(dict.fromkeys(urls["picture"]))[:PICTURES]
    urls["pdf"] = list(dict.fromkeys(urls["pdf"]))
    urls["listing filter"] = list(dict.fromkeys(urls["listing filter"]))
    urls["search"] = [
        f"/{language}/search/?{urllib.parse.urlencode({'q': query})}"
        for language in languages
        for query in SEARCHES.get(language, ["integration"])
    ]
    urls["feed"] = [f"/{language}/feed/" for language in languages] + [
        f"/{language}/feed/rss/" for language in languages
    ]
    urls["api"] = [
        "/api/v2/pages/",
        "/api/v2/pages/?type=publication.PracticeArticlePage&fields=*",
        "/api/v2/images/",
        "/api/v2/documents/",
    ] + [f"/api/v2/pages/?locale={language}" for language in languages]
    status, _headers, body = get(port, "/api/v2/pages/?limit=10")
    if status == 200:
        urls["api"] += [f"/api/v2/pages/{item['id']}/" for item in json.loads(body)["items"]]
    urls["other"] = ["/robots.txt", "/sitemap.xml"]
    return urls


def check_urls(args, port, urls, env=None):
    """Fetch each URL once (filling the page cache); a PDF still being made gets the worker
    once more. Exits if any URL answers 500 or more."""
    for attempt in range(2):
        failed = []
        for path in [path for paths in urls.values() for path in paths]:
            status, _headers, _body = get(port, path, timeout=args.timeout)
            if status >= 500:
                failed.append((path, status))
        if not failed:
            return
        if attempt == 0 and all(path in urls["pdf"] for path, _status in failed):
            print("  a PDF is being made: running the background worker once more...")
            manage("run_worker", "--batch", "--no-startup-delay", "--no-reload", "-v0", env=env)
            continue
        sys.exit(f"Before any load, these answered 500 or more: {failed}")


# --- The load ---------------------------------------------------------------------------------


class Load:
    """`connections` threads, each with a kept-alive connection, cycling through the URLs from
    its own starting point. Each request is kept as (start, milliseconds, outcome, cache) where
    start is seconds since the run began and outcome the status or the exception's name."""

    def __init__(self, args, port, paths):
        self.args = args
        self.port = port
        self.paths = paths
        self.records = []
        self.failures = collections.Counter()
        self._lock = threading.Lock()

    def run(self, seconds, at=None):
        """Load for `seconds`; `at` is an optional (second, callable) done during the run, and
        `self.done_at` the second the callable returned."""
        self.began = time.monotonic()
        self.done_at = None
        self.stopped = False
        deadline = self.began + seconds
        step = max(1, len(self.paths) // self.args.connections)
        threads = [
            threading.Thread(target=self._client, args=(index * step, deadline))
            for index in range(self.args.connections)
        ]
        for thread in threads:
            thread.start()
        if at:
            time.sleep(max(0, self.began + at[0] - time.monotonic()))
            at[1]()
            self.done_at = time.monotonic() - self.began
        for thread in threads:
            thread.join()
        return self

    def _client(self, position, deadline):
        records, failures = [], collections.Counter()
        connection = None
        while (began := time.monotonic()) < deadline and not self.stopped:
            path = self.paths[position % len(self.paths)]
            position += 1
            cache = None
            try:
                if connection is None:
                    connection = http.client.HTTPConnection(
                        "127.0.0.1", self.port, timeout=self.args.timeout
                    )
                connection.request("GET", path)
                response = connection.getresponse()
                response.read()
                outcome = response.status
                cache = response.headers.get("X-Page-Cache")
                if response.headers.get("X-Cache") == "HIT":  # Varnish kept it
                    cache = "hit"
                if response.will_close:
                    connection.close()
                    connection = None
            except (OSError, http.client.HTTPException) as error:
                outcome = type(error).__name__
                if connection is not None:
                    connection.close()
                    connection = None
            elapsed = time.monotonic() - began
            records.append((began - self.began, elapsed * 1000, outcome, cache))
            if not isinstance(outcome, int) or outcome >= 500 and outcome != 503:
                failures[(path, outcome)] += 1
        if connection is not None:
            connection.close()
        with self._lock:
            self.records += records
            self.failures += failures

    def stop(self):
        """End the run now (its clients finish the request they are making)."""
        self.stopped = True

    def figures(self, start, end):
        """The figures of the requests begun in [start, end) seconds."""
        chosen = [record for record in self.records if start <= record[0] < end]
        times = sorted(record[1] for record in chosen)
        outcomes = collections.Counter(record[2] for record in chosen)
        errors = sum(
            count
            for outcome, count in outcomes.items()
            if not isinstance(outcome, int) or outcome >= 500 and outcome != 503
        )
        hits = sum(1 for record in chosen if record[3] == "hit")
        cacheable = sum(1 for record in chosen if record[3] in ("hit", "miss"))
        return {
            "seconds": end - start,
            "requests": len(chosen),
            "rate": len(chosen) / (end - start),
            "p50": statistics.median(times) if times else 0,
            "p99": statistics.quantiles(times, n=100)[98] if len(times) > 1 else 0,
            "errors": errors,
            "unavailable": outcomes.get(503, 0),
            "hits": hits / cacheable if cacheable else 0,
            "outcomes": dict(sorted(outcomes.items(), key=lambda item: str(item[0]))),
        }


def log_since(log_path, offset):
    with open(log_path, "rb") as log:
        log.seek(offset)
        return log.read().decode("utf-8", "replace")


def tracebacks(text, limit=3):
    """The first `limit` tracebacks (with the line before each) in gunicorn's log."""
    found = re.findall(
        r"(?:^.*\n)?Traceback \(most recent call last\):\n(?:[ \t].*\n)+.*", text, re.M
    )
    return found[:limit]


def commit():
    result = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    )
    return result.stdout.strip() or "?"


HEADER = [
    "| run | phase | requests | req/s | median ms | p99 ms | errors | 503 | cache hits |",
    "|---|---|--:|--:|--:|--:|--:|--:|--:|",
]


def row(label, phase, figures):
    return (
        f"| {label} | {phase} | {figures['requests']} | {figures['rate']:.0f} "
        f"| {figures['p50']:.0f} | {figures['p99']:.0f} | {figures['errors']} "
        f"| {figures['unavailable']} | {figures['hits']:.0%} |"
    )


class Report:
    """The table of every run, notes, and whether anything failed."""

    def __init__(self):
        self.lines, self.notes, self.failed = list(HEADER), [], False

    def add(self, label, load, phases, log_path, offset):
        for phase, start, end in phases:
            figures = load.figures(start, end)
            self.lines.append(row(label, phase, figures))
            print(
                f"  {phase}: {figures['rate']:.0f} req/s, median {figures['p50']:.0f} ms, "
                f"p99 {figures['p99']:.0f} ms, {figures['errors']} errors, "
                f"{figures['unavailable']} × 503, cache hits {figures['hits']:.0%}; "
                f"answers {figures['outcomes']}"
            )
        if load.failures:
            self.failed = True
            print("  Failed requests (URL, outcome: count):")
            for (path, outcome), count in load.failures.most_common(20):
                print(f"    {path} {outcome}: {count}")
            for traceback in tracebacks(log_since(log_path, offset)):
                print("  From gunicorn's log:\n" + traceback)


def run_redis(args, report, urls):
    """Runs 1–3: one host, Redis up, stopped half-way, started again."""
    log_path = WORKDIR / "gunicorn.log"
    log_path.unlink(missing_ok=True)
    redis = RedisServer()
    server = None
    try:
        redis.start()
        server = Gunicorn(args, redis.url, log_path)
        print(f"redis-server on port {redis.port}, gunicorn on port {server.port} ({log_path})")
        urls = urls or gather(args, server.port)
        paths = [path for kind in urls.values() for path in kind]
        half = args.seconds / 2
        # (label, done before, done half-way, the names of its halves, or None: one phase).
        runs = [
            ("1: Redis up", None, None, None),
            ("2: Redis stopped half-way", None, redis.stop, ("Redis up", "Redis down")),
        ]
        if not args.no_recovery:
            runs.append(("3: Redis started again", redis.start, None, ("1st half", "2nd half")))
        for label, before, during, halves in runs:
            if before:
                before()
            print(f"Run {label}: {args.seconds} s, {args.connections} connections...", flush=True)
            offset = log_path.stat().st_size
            load_average = os.getloadavg()[0]
            load = Load(args, server.port, paths).run(args.seconds, during and (half, during))
            # Run 2's halves meet when redis-server has exited, not when it was told to.
            middle = load.done_at or half
            phases = [("whole run", 0, args.seconds)]
            if halves:
                phases = [(halves[0], 0, middle), (halves[1], middle, args.seconds)]
            report.add(label, load, phases, log_path, offset)
            log = log_since(log_path, offset)
            down = log.count("The cache (Redis) is unreachable")
            back = log.count("The cache (Redis) answers again")
            report.notes.append(
                f"Run {label}: load average {load_average:.1f} at its start; gunicorn logged "
                f"Redis unreachable {down}×, answering again {back}×."
            )
    finally:
        if server:
            server.stop()
        redis.stop()
    return urls


def gather(args, port, env=None):
    print("Gathering the URLs from the site...", flush=True)
    urls = gather_urls(port)
    print("  " + ", ".join(f"{len(found)} {kind}" for kind, found in urls.items()))
    print("Fetching each once (the page cache fills)...", flush=True)
    check_urls(args, port, urls, env)
    return urls


def publish_a_page(env, model="home.HomePage", every_language=False):
    """Publish the English page of `model` (or its page in every language) again, from a
    process of its own (as an editor's publish on any host): the page cache starts afresh and
    Varnish is purged."""
    app_label, name = model.split(".")
    pages = f"{name}.objects.live()"
    if not every_language:
        pages += ".filter(locale__language_code='en')[:1]"
    manage(
        "shell",
        "-c",
        f"from {app_label}.models import {name}\n"
        f"for page in {pages}: page.save_revision().publish()",
        env=env,
    )


def run_two_hosts(args, report, urls):
    """Run 4: two gunicorn hosts behind one Varnish, a publish half-way."""
    from tests.servers import VarnishServer

    redis = RedisServer()
    hosts, varnish = [], None
    logs = [WORKDIR / "host-a.log", WORKDIR / "host-b.log"]
    try:
        redis.start()
        ports = [free_port(), free_port()]
        varnish = VarnishServer(*ports)
        for log_path, port in zip(logs, ports, strict=True):
            log_path.unlink(missing_ok=True)
            hosts.append(
                Gunicorn(
                    args,
                    redis.url,
                    log_path,
                    port=port,
                    FRONTEND_CACHE_URL=varnish.url,
                )
            )
        varnish.start()
        print(f"Two hosts on ports {ports}, Varnish on port {varnish.port}")
        urls = urls or gather(args, hosts[0].port)
        paths = [path for kind in urls.values() for path in kind]
        for path in paths:  # Varnish fills
            get(varnish.port, path, timeout=args.timeout)
        label = "4: two hosts behind Varnish"
        seconds = max(args.seconds, 45)
        print(f"Run {label}: {seconds} s, {args.connections} connections...", flush=True)
        env = environment(redis.url) | {"FRONTEND_CACHE_URL": varnish.url}
        offsets = [log.stat().st_size for log in logs]
        load = Load(args, varnish.port, paths).run(seconds, (5, lambda: publish_a_page(env)))
        middle = load.done_at
        phases = [("before the publish", 0, middle), ("after it", middle, seconds)]
        report.add(label, load, phases, logs[0], offsets[0])
        served = [
            sum(
                1
                for line in log_since(log, offset).splitlines()
                if '"GET ' in line and "/healthz" not in line
            )
            for log, offset in zip(logs, offsets, strict=True)
        ]
        report.notes.append(
            f"Run {label}: of {len(load.records)} requests, the hosts answered {served[0]} "
            f"and {served[1]}, Varnish the rest; a page published from a third process "
            f"(committed and purged at {middle:.0f} s)."
        )
    finally:
        if varnish:
            varnish.stop()
        for host in hosts:
            host.stop()
        redis.stop()
    return urls


def copy_database(target_url):
    """The load database copied into another server (pg_dump | psql)."""
    dump = subprocess.Popen(
        ["pg_dump", "--no-owner", "--no-privileges", database_url()], stdout=subprocess.PIPE
    )
    subprocess.run(
        ["psql", "-q", "-v", "ON_ERROR_STOP=1", target_url],
        stdin=dump.stdout,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    if dump.wait() != 0:
        sys.exit("pg_dump of the load database failed")


def pdf_state(env):
    """{status: count} of the PDFs' records and of the background tasks."""
    import psycopg

    with psycopg.connect(env["DATABASE_URL"]) as connection:
        pdfs = dict(
            connection.execute(
                "SELECT status, count(*) FROM publication_publicationpdf GROUP BY status"
            ).fetchall()
        )
        tasks = dict(
            connection.execute(
                "SELECT status, count(*) FROM django_tasks_database_dbtaskresult GROUP BY status"
            ).fetchall()
        )
    return pdfs, tasks


class SupervisedWorker:
    """`manage.py run_worker`, started again a second after it exits (as `make serve` and the
    systemd unit do)."""

    def __init__(self, env, log_path):
        self.env, self.log_path = env, log_path
        self.process, self.starts, self.running = None, 0, True
        self.thread = threading.Thread(target=self._supervise, daemon=True)
        self.thread.start()

    def _supervise(self):
        with open(self.log_path, "ab") as log:
            while self.running:
                self.process = subprocess.Popen(
                    [sys.executable, "manage.py", "run_worker", "--no-reload", "-v1"],
                    cwd=ROOT,
                    env=self.env,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                )
                self.starts += 1
                self.process.wait()
                time.sleep(1)

    def kill(self):
        self.process.kill()

    def stop(self):
        self.running = False
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(30)
        self.thread.join(5)


def run_faults(args, report):
    """Run 5: the worker killed while it builds a PDF, PostgreSQL restarted, under load."""
    from tests.servers import PostgresServer

    postgres = PostgresServer()
    redis = RedisServer()
    server = worker = None
    log_path = WORKDIR / "faults.log"
    log_path.unlink(missing_ok=True)
    try:
        postgres.start()
        database = f"postgres://postgres@127.0.0.1:{postgres.port}/postgres"
        print(f"Copying the load database into PostgreSQL on port {postgres.port}...", flush=True)
        copy_database(database)
        redis.start()
        env = environment(redis.url, database) | {
            "TASK_STALE_AFTER": "20",
            "DATABASE_POOL_TIMEOUT": "5",
        }
        server = Gunicorn(args, redis.url, log_path, database=database, DATABASE_POOL_TIMEOUT="5")
        urls = gather(args, server.port, env)
        paths = [path for kind in urls.values() for path in kind]
        worker = SupervisedWorker(env, WORKDIR / "worker.log")
        events = []

        def building_a_pdf():
            import psycopg

            with psycopg.connect(env["DATABASE_URL"]) as connection:
                return connection.execute(
                    "SELECT count(*) FROM django_tasks_database_dbtaskresult "
                    "WHERE status = 'RUNNING' AND task_path LIKE '%%build_publication_pdf'"
                ).fetchone()[0]

        def faults():
            publish_a_page(env, "publication.PublicationPage", every_language=True)
            events.append(
                (time.monotonic(), "publication published in every language: its PDFs rebuilt")
            )
            deadline = time.monotonic() + 180
            while not building_a_pdf() and time.monotonic() < deadline:
                time.sleep(0.2)
            worker.kill()
            events.append((time.monotonic(), "worker killed (SIGKILL) while building a PDF"))
            time.sleep(3)
            postgres.stop()
            events.append((time.monotonic(), "PostgreSQL stopped"))
            time.sleep(15)
            postgres.start()
            events.append((time.monotonic(), "PostgreSQL started again"))

        label = "5: worker killed, PostgreSQL restarted"
        print(f"Run {label}: until 20 s after the faults...", flush=True)
        load = Load(args, server.port, paths)
        faulting = threading.Thread(target=faults)
        loading = threading.Thread(target=load.run, args=(600,))
        loading.start()
        time.sleep(2)
        faulting.start()
        faulting.join()
        time.sleep(20)
        load.stop()
        loading.join()
        seconds = time.monotonic() - load.began
        report.add(label, load, [(f"{seconds:.0f} s", 0, seconds)], log_path, 0)
        print("Waiting for the worker to finish every task...", flush=True)
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            pdfs, tasks = pdf_state(env)
            if not (set(pdfs) & {"queued", "building"} or set(tasks) & {"READY", "RUNNING"}):
                break
            time.sleep(3)
        pdfs, tasks = pdf_state(env)
        answers = collections.Counter(
            (get(server.port, path, timeout=args.timeout)[0]) for path in urls["pdf"]
        )
        built = answers.get(200, 0) == len(urls["pdf"])
        report.notes.append(
            f"Run {label}: "
            + "; ".join(f"{when - load.began:.0f} s {what}" for when, what in events)
            + f"; the worker was started {worker.starts}×. Afterwards: PDF records {pdfs}, "
            f"tasks {tasks}; the {len(urls['pdf'])} PDF addresses answered {dict(answers)}."
        )
        if not built:
            report.failed = True
            print(f"  Not every PDF was built: {dict(answers)}, records {pdfs}, tasks {tasks}")
    finally:
        if worker:
            worker.stop()
        if server:
            server.stop()
        redis.stop()
        postgres.remove()


def main():
    args = parse_arguments()
    scenarios = args.scenario or ["redis", "two-hosts", "faults"]
    WORKDIR.mkdir(exist_ok=True)
    build(args)
    report = Report()
    urls = None
    if "redis" in scenarios:
        urls = run_redis(args, report, urls)
    if "two-hosts" in scenarios:
        urls = run_two_hosts(args, report, urls)
    if "faults" in scenarios:
        run_faults(args, report)
    print()
    print(
        f"gunicorn {args.workers} workers × {args.threads} threads a host, production "
        f"settings, PostgreSQL, Redis; a Python client of {args.connections} kept-alive "
        f"connections, {args.seconds} s a run; {datetime.date.today()}, commit {commit()}, "
        f"{os.cpu_count()} cores shared with the client."
    )
    print()
    print("\n".join(report.lines))
    print()
    print("\n".join(report.notes))
    if report.failed:
        sys.exit(1)


if __name__ == "__main__":
    main()
