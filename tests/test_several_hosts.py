"""The site on two hosts behind one Varnish, as a city's IT would run it: two gunicorn instances
(three workers each, production settings) on ports of their own, sharing one PostgreSQL
database, one cache and one media storage, with a Varnish in front that spreads the requests
over both. Everything is a real server started here; nothing runs in the test's own process.

What a reader must never see: an old page after a publish, from any worker of any host or from
Varnish, whether the shared cache is Redis or (without REDIS_URL) the database; what an editor
must never see: a picture uploaded through one host that the other cannot show.

The hosts need a database server they can share, so this runs with DATABASE_URL pointing at
PostgreSQL (`make test-postgres`, the second half of CI); it makes a database of its own there
and drops it afterwards."""

import os
import re
import signal
import subprocess
import sys
import uuid
from io import BytesIO
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests
from lxml import html
from PIL import Image

from tests import servers
from tests.servers import ROOT, RedisServer, VarnishServer, free_port, wait_for_port

DATABASE_URL = os.environ.get("DATABASE_URL", "")

pytestmark = pytest.mark.skipif(
    not DATABASE_URL.startswith("postgres"),
    reason="several hosts share a PostgreSQL server: runs with DATABASE_URL set to one",
)

PASSWORD = "several-hosts-test"  # noqa: S105
STATIC_ROOT = ROOT / "build" / "test-static"
WORKERS_PER_HOST = 3


def png_bytes():
    """A picture of 64 × 48 pixels (PNG), made here so that the test ships no file."""
    buffer = BytesIO()
    Image.new("RGB", (64, 48), (200, 30, 60)).save(buffer, "PNG")
    return buffer.getvalue()


def manage(env, *arguments):
    subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )


@pytest.fixture(scope="module")
def database():
    """A database of the test's own on the shared server, migrated as `make serve` does."""
    import psycopg

    url = urlsplit(DATABASE_URL)
    name = f"several_hosts_{uuid.uuid4().hex[:8]}"
    server = dict(
        host=url.hostname or "127.0.0.1",
        port=url.port or 5432,
        user=url.username or "postgres",
        dbname="postgres",
        autocommit=True,
    )
    with psycopg.connect(**server) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield url._replace(path=f"/{name}").geturl()
    finally:
        with psycopg.connect(**server) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="module")
def media_storage():
    """The object storage both hosts keep their media in (a local S3 API server)."""
    storage = servers.S3Server()
    storage.start()
    yield storage.environment(storage.create_bucket("several-hosts"))
    storage.stop()


@pytest.fixture(scope="module")
def prepared(database, media_storage):
    """The production environment every host shares, the database migrated, an editor made."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "several-hosts-test",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": database,
        "STATIC_ROOT": str(STATIC_ROOT),
        "WEB_CONCURRENCY": str(WORKERS_PER_HOST),
        "GUNICORN_THREADS": "2",
        "PAGE_CACHE_ENABLED": "true",
        "DJANGO_SUPERUSER_PASSWORD": PASSWORD,
        **media_storage,
    }
    env.pop("REDIS_URL", None)
    if not (STATIC_ROOT / "staticfiles.json").exists():
        manage(env, "collectstatic", "--no-input", "-v0")
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "createsuperuser", "--no-input", "--username", "chief", "--email", "c@x.eu")
    return env


class Host:
    """One gunicorn instance, as `make serve` starts it on a host of its own."""

    def __init__(self, env, log):
        self.port = free_port()
        self.env = {**env, "GUNICORN_BIND": f"127.0.0.1:{self.port}"}
        self.log = log
        self.process = None

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def start(self):
        gunicorn = str(Path(sys.executable).parent / "gunicorn")
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(
                [gunicorn, "config.wsgi", "-c", "gunicorn.conf.py"],
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        wait_for_port(self.port, self.process, seconds=60)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(30)


@pytest.fixture(scope="module", params=["redis", "database"])
def network(request, prepared):
    """Two hosts and a Varnish in front, the shared cache being Redis or the database."""
    env = dict(prepared)
    redis = None
    if request.param == "redis":
        redis = RedisServer()
        redis.start()
        env["REDIS_URL"] = redis.url
    # The hosts' logs stay for people to read after a failure.
    logs = ROOT / "build" / "several-hosts" / request.param
    logs.mkdir(parents=True, exist_ok=True)
    for log in logs.glob("*.log"):
        log.unlink()
    hosts = [Host(env, logs / "a.log"), Host(env, logs / "b.log")]
    varnish = VarnishServer(*(host.port for host in hosts))
    for host in hosts:
        host.env["FRONTEND_CACHE_URL"] = varnish.url
        host.start()
    varnish.start()
    yield hosts, varnish
    varnish.stop()
    for host in hosts:
        host.stop()
    if redis:
        redis.stop()
    errors = [line for host in hosts for line in Path(host.log).read_text().splitlines()]
    assert not [line for line in errors if "Traceback" in line], "\n".join(errors[-80:])


class Editor:
    """An editor's browser, reduced to what the admin needs: its cookies (sent by hand: the
    production settings mark them Secure, and these hosts speak plain HTTP) and CSRF token."""

    def __init__(self, base_url):
        self.base_url = base_url
        self.cookies = {}

    def request(self, method, path, **kwargs):
        headers = kwargs.pop("headers", {})
        headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        headers["Referer"] = self.base_url + path
        response = requests.request(
            method, self.base_url + path, headers=headers, allow_redirects=False, **kwargs
        )
        self.cookies.update(response.cookies.get_dict())
        return response

    def form(self, path, form_id=None):
        response = self.request("GET", path)
        assert response.status_code == 200, (path, response.status_code)
        document = html.fromstring(response.content)
        if form_id:
            form = document.get_element_by_id(form_id)
        else:  # the page's own form, not the admin's search box
            form = max(document.forms, key=lambda form: len(form.inputs))
        return dict(form.form_values())

    def sign_in(self):
        values = self.form("/admin/login/")
        values.update(username="chief", password=PASSWORD)
        response = self.request("POST", "/admin/login/", data=values)
        assert response.status_code == 302, response.text[:500]

    def upload_picture(self, title):
        values = self.form("/admin/images/add/")
        values.update(title=title, description=f"{title}, a red rectangle")
        response = self.request(
            "POST",
            "/admin/images/add/",
            data=values,
            files={"file": (f"{title}.png", png_bytes(), "image/png")},
        )
        assert response.status_code == 302, response.text[:2000]

    def publish(self, page_id, **changes):
        path = f"/admin/pages/{page_id}/edit/"
        values = self.form(path, "page-edit-form")
        # The body's StreamField is drawn by the admin's script, which also counts its blocks:
        # the home page made by the migrations has none.
        values.setdefault("body-count", "0")
        values.update(changes)
        values["action-publish"] = "action-publish"
        response = self.request("POST", path, data=values)
        assert response.status_code == 302, response.text[:2000]


def home_page_id(env):
    import psycopg

    with psycopg.connect(env["DATABASE_URL"]) as connection:
        return connection.execute("SELECT id FROM wagtailcore_page WHERE depth = 2").fetchone()[0]


def latest_image_id(env):
    import psycopg

    with psycopg.connect(env["DATABASE_URL"]) as connection:
        return connection.execute("SELECT max(id) FROM wagtailimages_image").fetchone()[0]


def reader_answers(urls, rounds):
    """What anonymous readers get, `rounds` times each address, in turn."""
    return [requests.get(url, timeout=30) for _ in range(rounds) for url in urls]


def test_a_publish_through_one_host_is_seen_through_every_host_and_varnish(network, prepared):
    hosts, varnish = network
    page_id = home_page_id(prepared)
    addresses = [
        base + path
        for base in (hosts[0].url, hosts[1].url, varnish.url)
        for path in ("/en/", f"/api/v2/pages/{page_id}/")
    ]
    before = f"Before {uuid.uuid4().hex[:6]}"
    editor = Editor(hosts[0].url)
    editor.sign_in()
    editor.publish(page_id, intro=before)
    # Every worker of both hosts, and Varnish, keeps the page as it is now.
    for response in reader_answers(addresses, WORKERS_PER_HOST * 2):
        assert response.status_code == 200, (response.url, response.text[:300])
        assert before in response.text
    assert any(
        response.headers.get("X-Page-Cache") == "hit" for response in reader_answers(addresses, 1)
    )

    after = f"After {uuid.uuid4().hex[:6]}"
    editor.publish(page_id, intro=after)

    answers = reader_answers(addresses, 5)
    stale = [response.url for response in answers if before in response.text]
    assert len(answers) == 30
    assert not stale, f"{len(stale)} of 30 answers still show the old introduction: {stale}"
    assert all(after in response.text for response in answers)


def test_a_picture_uploaded_through_one_host_is_shown_by_the_other(network, prepared):
    hosts, varnish = network
    page_id = home_page_id(prepared)
    title = f"picture-{uuid.uuid4().hex[:6]}"
    editor = Editor(hosts[0].url)
    editor.sign_in()
    editor.upload_picture(title)
    editor.publish(page_id, hero_image=str(latest_image_id(prepared)))

    page = requests.get(hosts[1].url + "/en/", timeout=30)
    copies = sorted(set(re.findall(r'/media/images/[^"\s,]+', page.text)))
    assert copies, "the home page shows no picture"
    for copy in copies:
        answers = [
            requests.get(base + copy, timeout=30)
            for base in (hosts[0].url, hosts[1].url, varnish.url)
        ]
        assert [answer.status_code for answer in answers] == [200, 200, 200], copy
        assert answers[0].headers["Content-Type"].startswith("image/")
        assert Image.open(BytesIO(answers[0].content)).width > 0
        assert answers[0].content == answers[1].content == answers[2].content
    # Varnish keeps the public copies: the second request is not passed to a host.
    again = requests.get(varnish.url + copies[0], timeout=30)
    assert again.headers.get("X-Cache") == "HIT"
