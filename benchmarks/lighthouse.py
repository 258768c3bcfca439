"""Lighthouse's SEO and accessibility scores of the public site's main kinds of page, in English
and Polish; exits with 1 when a score is below 100.

    .venv/bin/python benchmarks/lighthouse.py                      # the demo, served here
    .venv/bin/python benchmarks/lighthouse.py --base-url https://example.org
    .venv/bin/python benchmarks/lighthouse.py --languages en,pl,de --desktop

The pages: the home page, the practices listing, a study-visit report, a city profile and the
comparison of the cities (left out, with a note, where the site has none), each found through
the site's API (`/api/v2/pages/?type=...&locale=...`), so that the script works on any copy of
the site. Without --base-url it serves the demo itself, as `make run` does: a SQLite database
of its own (default /tmp/welcoming-lighthouse.sqlite3, its pictures beside it), migrated and
loaded with `load_demo` the first time (--rebuild starts it again), and Django's server with
the development settings on a free port of the loopback.

Lighthouse comes from the npm registry into build/lighthouse/ (installed on the first run) and
drives Debian's Chromium (CHROME_PATH, default /usr/bin/chromium) headless. It emulates a phone
unless --desktop is given. Each page's full report is saved as build/lighthouse/reports/
<page>-<language>.json; the table printed lists the scores, then every audit that failed, with
the first elements it names."""

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE_DIR = ROOT / "build" / "lighthouse"
LIGHTHOUSE = LIGHTHOUSE_DIR / "node_modules" / ".bin" / "lighthouse"
REPORTS = LIGHTHOUSE_DIR / "reports"
CATEGORIES = ["accessibility", "seo"]

# (name, page type): the first live page of that type the API lists, in each language.
PAGES = [
    ("home", "home.HomePage"),
    ("practices", "publication.PracticeIndexPage"),
    ("report", "publication.StudyVisitReportPage"),
    ("city", "partners.CityProfilePage"),
    ("comparison", "partners.CityComparisonPage"),
]


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-url", help="a running site (default: serve the demo here)")
    parser.add_argument(
        "--languages", default="en,pl", help="comma-separated language codes (default en,pl)"
    )
    parser.add_argument("--desktop", action="store_true", help="desktop instead of a phone")
    parser.add_argument(
        "--db", default="/tmp/welcoming-lighthouse.sqlite3", help="the demo's SQLite file"
    )
    parser.add_argument("--rebuild", action="store_true", help="load the demo database afresh")
    return parser.parse_args()


# --- Lighthouse --------------------------------------------------------------------------------


def ensure_lighthouse():
    if LIGHTHOUSE.exists():
        return
    if shutil.which("npm") is None:
        sys.exit("npm is needed to install Lighthouse (apt-get install npm).")
    print("Installing Lighthouse from the npm registry into build/lighthouse/ ...", flush=True)
    subprocess.run(
        [
            "npm",
            "install",
            "--prefix",
            str(LIGHTHOUSE_DIR),
            "--no-audit",
            "--no-fund",
            "--silent",
            "lighthouse@13",
        ],
        check=True,
    )


def run_lighthouse(url, report_path, desktop):
    """Lighthouse's JSON report of `url` (accessibility and SEO only), also saved."""
    chrome = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
    if not Path(chrome).exists():
        sys.exit(f"Chromium is needed at {chrome} (apt-get install chromium, or CHROME_PATH).")
    command = [
        str(LIGHTHOUSE),
        url,
        f"--only-categories={','.join(CATEGORIES)}",
        "--output=json",
        f"--output-path={report_path}",
        "--quiet",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
    ]
    if desktop:
        command.append("--preset=desktop")
    result = subprocess.run(
        command,
        env={**os.environ, "CHROME_PATH": chrome},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if result.returncode != 0 or not report_path.exists():
        raise RuntimeError(result.stderr.strip()[-1500:] or f"exit status {result.returncode}")
    return json.loads(report_path.read_text(encoding="utf-8"))


def scores(report):
    return {name: round((report["categories"][name]["score"] or 0) * 100) for name in CATEGORIES}


def failed_audits(report):
    """The audits of the two categories that did not pass, each with a few of the elements or
    links it names."""
    ids = {ref["id"] for name in CATEGORIES for ref in report["categories"][name]["auditRefs"]}
    failed = []
    for audit_id in sorted(ids):
        audit = report["audits"][audit_id]
        if audit["scoreDisplayMode"] not in ("binary", "numeric") or audit["score"] in (1, None):
            continue
        items = (audit.get("details") or {}).get("items") or []
        where = [describe_item(item) for item in items[:3]]
        failed.append({"id": audit_id, "title": audit["title"], "where": where})
    return failed


def describe_item(item):
    node = item.get("node") or {}
    return (
        node.get("selector")
        or node.get("snippet")
        or item.get("href")
        or item.get("source", {}).get("url")
        or json.dumps(item, ensure_ascii=False)[:120]
    )


# --- The site ----------------------------------------------------------------------------------


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def demo_environment(args):
    media = f"{os.path.splitext(args.db)[0]}-media"
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DATABASE_URL": f"sqlite:///{args.db}",
        "MEDIA_ROOT": media,
        "LOG_LEVEL": "WARNING",
    }


def build_demo(args, environment):
    """Migrates the demo database and loads the demo into it, the first time only."""
    if args.rebuild:
        for suffix in ("", "-wal", "-shm"):
            Path(args.db + suffix).unlink(missing_ok=True)
        shutil.rmtree(environment["MEDIA_ROOT"], ignore_errors=True)
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "--no-input", "-v0"], env=environment, check=True)
    if not Path(args.db + ".loaded").exists():
        print(f"Loading the demo into {args.db} (a minute or two) ...", flush=True)
        subprocess.run([*manage, "load_demo", "-v0"], env=environment, check=True)
        Path(args.db + ".loaded").touch()


def start_demo(args):
    """Django's server on the demo database; returns (process, base URL)."""
    environment = demo_environment(args)
    build_demo(args, environment)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, str(ROOT / "manage.py"), "runserver", f"127.0.0.1:{port}", "--noreload"],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base_url = f"http://127.0.0.1:{port}"
    for _ in range(120):
        try:
            urllib.request.urlopen(f"{base_url}/healthz", timeout=2).close()
            return server, base_url
        except OSError:
            if server.poll() is not None:
                sys.exit("The demo server stopped while starting.")
            time.sleep(0.5)
    server.terminate()
    sys.exit("The demo server did not answer within a minute.")


def find_page(base_url, page_type, language):
    """The path of the first live page of `page_type` in `language`, from the API; None where
    there is none (or the site does not know the type)."""
    query = urllib.parse.urlencode({"type": page_type, "locale": language, "limit": 1})
    try:
        with urllib.request.urlopen(f"{base_url}/api/v2/pages/?{query}", timeout=30) as response:
            items = json.load(response)["items"]
    except urllib.error.HTTPError as error:
        if error.code == 400:  # "type doesn't exist"
            return None
        raise
    if not items:
        return None
    return urllib.parse.urlparse(items[0]["meta"]["html_url"]).path


# --- The run -----------------------------------------------------------------------------------


def main():
    args = parse_arguments()
    languages = [code.strip() for code in args.languages.split(",") if code.strip()]
    ensure_lighthouse()
    server = None
    if args.base_url:
        base_url = args.base_url.rstrip("/")
    else:
        server, base_url = start_demo(args)
    REPORTS.mkdir(parents=True, exist_ok=True)
    rows, notes, failures = [], [], []
    try:
        for name, page_type in PAGES:
            for language in languages:
                path = find_page(base_url, page_type, language)
                if path is None:
                    notes.append(f"{name} ({language}): the site has no {page_type}; skipped.")
                    continue
                print(f"{name} ({language}): {path} ...", flush=True)
                try:
                    report = run_lighthouse(
                        base_url + path, REPORTS / f"{name}-{language}.json", args.desktop
                    )
                except (RuntimeError, subprocess.TimeoutExpired) as error:
                    rows.append((name, language, path, None))
                    failures.append(f"{name} ({language}): Lighthouse failed: {error}")
                    continue
                rows.append((name, language, path, scores(report)))
                for audit in failed_audits(report):
                    where = "; ".join(audit["where"])
                    failures.append(
                        f"{name} ({language}): {audit['id']}: {audit['title']}"
                        + (f" — {where}" if where else "")
                    )
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=10)

    device = "desktop" if args.desktop else "phone"
    print(f"\nLighthouse, {device}, {base_url}\n")
    print("| page | language | path | accessibility | SEO |")
    print("|---|---|---|---|---|")
    for name, language, path, result in rows:
        cells = [str(result[category]) for category in CATEGORIES] if result else ["failed"] * 2
        print(f"| {name} | {language} | `{path}` | {' | '.join(cells)} |")
    for note in notes:
        print(f"\nNote: {note}")
    if failures:
        print("\nNot passed:")
        for failure in failures:
            print(f"- {failure}")
    if not rows:
        print("\nNo page was measured.")
        return 1
    below = [row for row in rows if row[3] is None or min(row[3].values()) < 100]
    print(
        f"\n{len(rows)} page(s) measured, {len(below)} below 100; "
        f"full reports in {REPORTS.relative_to(ROOT)}/."
    )
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())
