"""Several editors at once on SQLite (config/settings/base.py, `queued_writes`): a partner
saves and submits a report while a Gdańsk editor approves each submission, another Gdańsk editor
autosaves and saves a second report, and the partner autosaves a third in another tab, all at
the same time. No request fails ("database is locked" was a 500, then a 503) and every page ends
with the last text its editor saved.

pytest-django keeps a SQLite test database in memory, where there is no WAL and where locks
between connections are of another kind, so the test copies it into a file and points every
connection of the test there, as `make run` does with `db.sqlite3`."""

import sqlite3
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection, connections
from django.test import Client
from django.urls import reverse
from wagtail.models import Page

from tests.partners.admin import page_form_data
from tests.publication.factories import StudyVisitReportPageFactory

ROUNDS = 10
WAIT = 60  # seconds a thread waits for the other side of the workflow


@pytest.fixture
def database_file(django_db_setup, django_db_blocker, tmp_path):
    """A copy of the test database, migrated and empty, in a file. Made before the test's
    transaction begins: SQLite backs up from no connection that may write."""
    if connection.vendor != "sqlite":
        pytest.skip("about SQLite's locking")
    path = tmp_path / "db.sqlite3"
    with django_db_blocker.unblock():
        connection.ensure_connection()
        copy = sqlite3.connect(path)
        connection.connection.backup(copy)
        copy.close()
    return path


@pytest.fixture
def on_a_file(database_file, db):
    """Every connection opened during the test, in any thread, made to the database file; the
    in-memory test database is left as it was."""
    memory = connections["default"]
    original = connections.settings["default"]
    connections.settings["default"] = {**original, "NAME": str(database_file)}
    connections["default"] = connections.create_connection("default")
    yield database_file
    connections["default"].close()
    connections.settings["default"] = original
    connections["default"] = memory


@pytest.fixture
def pages(on_a_file, world):
    """The partner's report under review, Ghent's report that Gdańsk edits, and a second Bremen
    report the partner writes in another tab (built in the file database)."""
    second = StudyVisitReportPageFactory(parent=world.bremen, title="Zweiter Bericht", live=False)
    second.save_revision()
    return world.bremen_report, world.ghent_report, second


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def fresh(page):
    return Page.objects.get(pk=page.pk).specific


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def latest_title(page):
    return fresh(page).get_latest_revision_as_object().title


def test_editors_saving_submitting_and_approving_at_once_lose_nothing(pages, world):
    report, ghent_report, second = pages
    partner, gdansk = world.users["bremen"], world.users["gdansk"]
    answers = []  # (who, what, status) of every request
    start = threading.Barrier(4)
    submitted, approved = threading.Event(), threading.Event()
    approved.set()
    failed = threading.Event()  # one thread failed: the others stop

    def wait_for(event):
        deadline = time.monotonic() + WAIT
        while not event.wait(0.1):
            if failed.is_set() or time.monotonic() > deadline:
                return False
        event.clear()
        return True

    def post(who, what, client, url, data, autosave=False):
        headers = {"Accept": "application/json"} if autosave else {}
        response = client.post(url, data, headers=headers)
        answers.append((who, what, response.status_code))
        if autosave:
            assert response.status_code == 200, (who, what, response.content[:300])
            assert response.json()["success"], (who, what, response.json())
            return response.json()
        assert response.status_code == 302, (who, what, response.status_code)
        return None

    def in_thread(work):
        def run():
            try:
                start.wait(WAIT)
                work()
            except BaseException:
                failed.set()
                raise
            finally:
                connections.close_all()

        return run

    @in_thread
    def partner_submits():
        client = client_for(partner)
        for n in range(ROUNDS):
            if not wait_for(approved):
                return
            data = page_form_data(fresh(report), partner, title=f"Bremen {n} (Entwurf)")
            post("partner", f"save {n}", client, edit_url(report), data)
            data = page_form_data(fresh(report), partner, title=f"Bremen {n}")
            data["action-submit"] = "action-submit"
            post("partner", f"submit {n}", client, edit_url(report), data)
            submitted.set()

    @in_thread
    def gdansk_approves():
        client = client_for(gdansk)
        for n in range(ROUNDS):
            if not wait_for(submitted):
                return
            task_state = fresh(report).current_workflow_task_state
            url = reverse(
                "wagtailadmin_pages:workflow_action", args=[report.pk, "approve", task_state.pk]
            )
            post("gdansk", f"approve {n}", client, url, {"comment": ""})
            approved.set()

    @in_thread
    def gdansk_edits():
        client = client_for(gdansk)
        for n in range(ROUNDS):
            if failed.is_set():
                return
            data = page_form_data(fresh(ghent_report), gdansk, title=f"Gent {n} (auto)")
            saved = post("gdansk", f"autosave {n}", client, edit_url(ghent_report), data, True)
            data["title"] = f"Gent {n} (auto, later)"
            data["overwrite_revision_id"] = saved["revision_id"]
            post("gdansk", f"autosave again {n}", client, edit_url(ghent_report), data, True)
            data = page_form_data(fresh(ghent_report), gdansk, title=f"Gent {n}")
            post("gdansk", f"save {n}", client, edit_url(ghent_report), data)

    @in_thread
    def partner_autosaves():
        client = client_for(partner)
        revision_id = None
        for n in range(3 * ROUNDS):
            if failed.is_set():
                return
            data = page_form_data(fresh(second), partner, title=f"Zweiter Bericht {n}")
            if revision_id:
                data["overwrite_revision_id"] = revision_id
            saved = post("partner", f"autosave {n}", client, edit_url(second), data, True)
            revision_id = saved["revision_id"]

    with ThreadPoolExecutor(4) as pool:
        running = [
            pool.submit(work)
            for work in (partner_submits, gdansk_approves, gdansk_edits, partner_autosaves)
        ]
        for future in running:
            future.result()

    assert not [answer for answer in answers if answer[2] >= 500]
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"
    last = ROUNDS - 1
    report = fresh(report)
    assert report.live and report.title == f"Bremen {last}"
    assert not report.has_unpublished_changes
    assert report.current_workflow_state is None
    assert latest_title(ghent_report) == f"Gent {last}"
    assert latest_title(second) == f"Zweiter Bericht {3 * ROUNDS - 1}"
