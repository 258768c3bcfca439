"""A restart of PostgreSQL costs no request once the server is back: the connection pool checks
each connection before handing it out (config/settings/base.py). The test restarts a server of
its own under requests from several threads."""

import copy
import threading
import time

import pytest
from django.db import connections

from config.settings.base import pooled
from tests.servers import PostgresServer

ALIAS = "restartable"


@pytest.fixture
def postgres():
    server = PostgresServer()
    server.start()
    yield server
    server.remove()


@pytest.fixture
def database(postgres):
    """A connection alias to the test's own server, configured as the site configures
    PostgreSQL (the pool with its check)."""
    config = copy.deepcopy(connections.settings["default"])
    config.update(ENGINE="django.db.backends.postgresql", USER="postgres", PASSWORD="")
    config.update(postgres.settings(), OPTIONS={})  # none of the default database's (SQLite's)
    config = pooled(config)
    config["OPTIONS"]["pool"].update(min_size=8, max_size=8)
    connections.settings[ALIAS] = config
    yield connections[ALIAS]
    connections[ALIAS].close_pool()
    del connections[ALIAS]
    del connections.settings[ALIAS]


def request():
    """What a request does with the database: take a connection, query, give it back."""
    connection = connections[ALIAS]
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone()[0] == 1
    finally:
        connection.close()


@pytest.fixture
def database_access(django_db_blocker):
    with django_db_blocker.unblock():
        yield


def test_no_request_fails_once_a_restarted_server_is_back(postgres, database, database_access):
    phase = {"name": "before"}
    failures = {"before": 0, "during": 0, "after": 0}
    done = {"after": 0}
    stop = threading.Event()

    def reader():
        while not stop.is_set():
            name = phase["name"]
            if name == "during":
                # Readers are idle while the server restarts: the pool holds 8 connections
                # that the restart broke, none of them noticed by a failed query.
                time.sleep(0.01)
                continue
            try:
                assert request()
                if name == "after":
                    done["after"] += 1
            except Exception:  # noqa: BLE001 - every failure a reader would see counts
                failures[name] += 1
            time.sleep(0.005)

    threads = [threading.Thread(target=reader) for _ in range(8)]
    for thread in threads:
        thread.start()
    time.sleep(0.5)
    phase["name"] = "during"
    time.sleep(0.1)
    postgres.stop()
    postgres.start()
    phase["name"] = "after"
    time.sleep(1.5)
    stop.set()
    for thread in threads:
        thread.join()

    assert failures["before"] == 0
    assert done["after"] > 50
    assert failures["after"] == 0, failures
