"""The background worker (`manage.py run_worker`) keeps the site's background work going: a task
left running by a worker killed mid-build is run again and its PDF made; a database outage
longer than the connection pool's timeout is waited out; pages scheduled to go live or expire
do, and the page cache shows it.

The worker runs as its own process on the test's database where the test is about processes
(a kill, an outage): on SQLite the in-memory test database is copied to a file for it and the
file copied back afterwards; on PostgreSQL it shares the test database (transactional tests
commit their data)."""

import datetime
import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path
from urllib.parse import quote

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.utils import timezone
from django_tasks import task
from django_tasks_db.models import DBTaskResult
from wagtail.models import PageLogEntry

from home.management.commands.run_worker import SCHEDULED_PUBLISHING_LOCK
from publication import pdf
from publication.pdf import PublicationPDF
from tests.home.factories import StandardPageFactory, english_home
from tests.partners.factories import CityIndexPageFactory, CityProfilePageFactory
from tests.publication.factories import PracticeArticlePageFactory, PublicationPageFactory
from tests.servers import ROOT, PostgresServer
from tests.worker import run_worker


@task(backend="background")
def write_file(path, text):
    """A task whose effect a test can see from outside the worker's process."""
    Path(path).write_text(text)
    return text


@pytest.fixture
def needs_pdf():
    reason = pdf.unavailable_reason()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"PDF generation must work in CI: {reason}")
        pytest.skip(str(reason))


def worker_environment(database_url, **settings):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": database_url,
        **{name: str(value) for name, value in settings.items()},
    }
    env.pop("REDIS_URL", None)
    return env


def manage(*args):
    return [sys.executable, str(ROOT / "manage.py"), *args]


WORKER = ("run_worker", "--no-startup-delay", "--interval", "0.1")


class WorkerDatabase:
    """The test database as a worker process reaches it."""

    def __init__(self, folder):
        connection.ensure_connection()
        self.file = None
        if connection.vendor == "sqlite":
            self.file = folder / "worker.sqlite3"
            with closing(sqlite3.connect(self.file)) as target:
                connection.connection.backup(target)
            self.url = f"sqlite:///{self.file}"
        else:
            config = connection.settings_dict
            password = f":{quote(config['PASSWORD'])}" if config["PASSWORD"] else ""
            self.url = (
                f"postgres://{quote(config['USER'])}{password}@{config['HOST']}:"
                f"{config['PORT'] or 5432}/{config['NAME']}"
            )

    def query(self, sql, *params):
        """One value, read as the worker left it (SQLite: from the worker's file)."""
        if self.file is None:
            with connection.cursor() as cursor:
                cursor.execute(sql.replace("?", "%s"), params)
                return cursor.fetchone()[0]
        with closing(sqlite3.connect(self.file)) as reader:
            return reader.execute(sql, params).fetchone()[0]

    def copy_back(self):
        if self.file is not None:
            with closing(sqlite3.connect(self.file)) as source:
                source.backup(connection.connection)


def wait_for(condition, seconds, what):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError(f"{what}: not within {seconds} s")


@pytest.fixture
def publication():
    home = english_home()
    cities = CityIndexPageFactory(parent=home, slug="cities")
    bremen = CityProfilePageFactory(parent=cities, title="Bremen", slug="bremen")
    practice = PracticeArticlePageFactory(parent=bremen, title="A desk for newcomers")
    return PublicationPageFactory(
        parent=home, slug="publication", chapters=[("chapter", practice)]
    )


@pytest.mark.django_db(transaction=True)
def test_a_build_left_running_by_a_killed_worker_is_run_again(publication, tmp_path, needs_pdf):
    DBTaskResult.objects.all().delete()
    record = pdf.request_build(publication)
    database = WorkerDatabase(tmp_path)
    status = f"SELECT status FROM {PublicationPDF._meta.db_table} WHERE id = ?"
    env = worker_environment(database.url, TASK_STALE_AFTER=600)

    worker = subprocess.Popen(manage(*WORKER), env=env, stderr=subprocess.DEVNULL)
    try:
        wait_for(lambda: database.query(status, record.pk) == "building", 60, "a build begins")
    finally:
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait()
    assert database.query(f"SELECT status FROM {DBTaskResult._meta.db_table}") == "RUNNING"

    # A worker started later takes the task over once it has been running longer than
    # TASK_STALE_AFTER.
    time.sleep(1)
    env["TASK_STALE_AFTER"] = "1"
    subprocess.run(manage(*WORKER, "--batch"), env=env, check=True, timeout=120)
    database.copy_back()

    record.refresh_from_db()
    assert record.status == PublicationPDF.Status.READY
    assert record.size > 1000
    result = DBTaskResult.objects.get()
    assert result.status == "SUCCESSFUL"
    assert len(result.worker_ids) == 2


@pytest.mark.django_db
def test_a_reader_asking_for_a_pdf_whose_build_died_gets_it_built(
    client, publication, settings, django_capture_on_commit_callbacks, needs_pdf
):
    settings.TASK_STALE_AFTER = 60
    DBTaskResult.objects.all().delete()
    record = pdf.request_build(publication)
    DBTaskResult.objects.all().delete()  # the task went with its worker
    began = timezone.now() - datetime.timedelta(seconds=61)
    PublicationPDF.objects.filter(pk=record.pk).update(status="building", building_since=began)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.get("/en/publication/pdf/")
    assert response.status_code == 503 and response.has_header("Retry-After")
    assert DBTaskResult.objects.count() == 1
    run_worker()

    assert client.get("/en/publication/pdf/").status_code == 200
    record.refresh_from_db()
    assert record.status == PublicationPDF.Status.READY


def test_the_worker_waits_out_a_database_outage(tmp_path):
    if "postgres" not in os.environ.get("DATABASE_URL", ""):
        # The outage is of a server of the test's own, whatever the suite's database: once is
        # enough, in the PostgreSQL run.
        pytest.skip("runs in the PostgreSQL run of the suite")
    server = PostgresServer()
    server.start()
    worker = None
    try:
        url = f"postgres://postgres@127.0.0.1:{server.port}/postgres"
        env = worker_environment(url, DATABASE_POOL_TIMEOUT=1, DATABASE_POOL_MIN=1)
        subprocess.run(
            manage("migrate", "django_tasks_database", "--skip-checks", "-v0"), env=env, check=True
        )
        log = tmp_path / "worker.log"
        with log.open("w") as output:
            worker = subprocess.Popen(manage(*WORKER), env=env, stdout=output, stderr=output)
        wait_for(lambda: "Starting worker" in log.read_text(), 30, "the worker starts")

        server.stop()
        time.sleep(3)  # three times the pool's timeout
        assert worker.poll() is None, log.read_text()
        server.start()

        done = tmp_path / "done"
        enqueue = (
            "from tests.home.test_background_work import write_file; "
            f"write_file.enqueue({str(done)!r}, 'after the outage')"
        )
        subprocess.run(manage("shell", "--no-imports", "-c", enqueue), env=env, check=True)
        wait_for(done.exists, 30, "the task queued after the outage runs")
        assert worker.poll() is None
        assert log.read_text().count("The database cannot be reached") == 1
    finally:
        if worker is not None and worker.poll() is None:
            worker.terminate()
            worker.wait(10)
        server.remove()


@pytest.mark.django_db(transaction=True)
def test_scheduled_pages_go_live_and_expire_and_the_page_cache_shows_it(client, settings):
    settings.PAGE_CACHE_ENABLED = True
    home = english_home()
    closing = StandardPageFactory(parent=home, title="Closing", slug="closing")
    opening = StandardPageFactory(parent=home, title="Opening", slug="opening", live=False)
    # As the admin schedules: published with an "expire at" date, or a "go live at" date, still
    # to come.
    soon = timezone.now() + datetime.timedelta(seconds=2)
    closing.expire_at = soon
    closing.save_revision().publish()
    opening.go_live_at = soon
    opening.save_revision().publish()
    opening.refresh_from_db()
    assert not opening.live and opening.revisions.get().approved_go_live_at == soon

    client.get("/en/closing/")
    assert client.get("/en/closing/")["X-Page-Cache"] == "hit"
    assert client.get("/en/opening/").status_code == 404
    time.sleep(max(0, (soon - timezone.now()).total_seconds()) + 0.1)

    call_command("run_worker", "--batch", "--no-startup-delay", "-v0")
    # Held for the rest of the minute: another host's worker does not publish meanwhile.
    assert cache.get(SCHEDULED_PUBLISHING_LOCK)

    assert client.get("/en/closing/").status_code == 404
    response = client.get("/en/opening/")
    assert response.status_code == 200 and "Opening" in response.content.decode()
    scheduled = PageLogEntry.objects.filter(action="wagtail.publish.scheduled")
    assert list(scheduled.values_list("page_id", flat=True)) == [opening.pk]
