"""After five failed sign-ins for one account or from one address, the admin's sign-in page
refuses even the right password for 15 minutes and says so; an administrator can lift it."""

import datetime
import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import Permission
from django.core.management import call_command

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "Weser-Ufer-2021"
LOCKED = (
    "Too many failed sign-in attempts for this account or from this address. Signing in is "
    "blocked for 15 minutes: please try again after that."
)


@pytest.fixture
def anna(django_user_model):
    user = django_user_model.objects.create_user("anna", "anna@example.org", PASSWORD)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def sign_in(client, username, password, address="203.0.113.7"):
    return client.post(
        "/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=address
    )


def signed_in(client):
    return client.get("/admin/").status_code == 200


def fail(client, times, username="anna", address="203.0.113.7"):
    for _ in range(times):
        response = sign_in(client, username, "wrong", address)
        assert not signed_in(client)
    return response


def test_four_failures_still_let_the_right_password_in(client, anna):
    response = fail(client, 4)

    assert response.status_code == 200
    assert LOCKED not in response.content.decode()

    response = sign_in(client, "anna", PASSWORD)

    assert response.status_code == 302
    assert signed_in(client)


def test_the_fifth_failure_locks_the_account_and_the_page_says_so(client, anna):
    response = fail(client, 5)

    assert response.status_code == 429
    assert LOCKED in response.content.decode()


def test_during_the_lock_the_right_password_is_refused_and_the_page_says_why(client, anna):
    fail(client, 5)

    response = sign_in(client, "anna", PASSWORD)

    assert response.status_code == 429
    assert not signed_in(client)
    page = response.content.decode()
    assert LOCKED in page
    assert "didn't match" not in page and "correct username" not in page
    # Still the sign-in page, with the account name kept for later.
    assert 'name="password"' in page and 'value="anna"' in page


def test_an_account_is_locked_from_every_address(client, anna):
    fail(client, 5, address="203.0.113.7")

    response = sign_in(client, "anna", PASSWORD, address="198.51.100.20")

    assert response.status_code == 429
    assert not signed_in(client)


def test_an_address_trying_many_accounts_is_locked_for_all_of_them(client, anna):
    for name in ("admin", "bremen-editor", "gdansk-editor", "root", "ghent-editor"):
        fail(client, 1, username=name, address="192.0.2.66")

    assert sign_in(client, "anna", PASSWORD, address="192.0.2.66").status_code == 429
    assert not signed_in(client)
    assert sign_in(client, "anna", PASSWORD, address="203.0.113.7").status_code == 302
    assert signed_in(client)


def test_the_lock_ends_after_15_minutes(client, anna):
    fail(client, 5)
    AccessAttempt.objects.update(
        attempt_time=datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=16)
    )

    assert sign_in(client, "anna", PASSWORD).status_code == 302
    assert signed_in(client)


def test_an_administrator_unlocks_an_account(client, anna):
    fail(client, 5)

    call_command("axes_reset_username", "anna", stdout=StringIO())

    assert sign_in(client, "anna", PASSWORD).status_code == 302
    assert signed_in(client)


def client_addresses(reverse_proxies, requests):
    """The addresses django-axes counts sign-ins from, for (X-Forwarded-For, REMOTE_ADDR) pairs,
    with the settings the environment makes (REVERSE_PROXY_COUNT is read as they load)."""
    code = (
        "from django.test import RequestFactory\n"
        "from axes.helpers import get_client_ip_address\n"
        f"for forwarded_for, remote_addr in {requests!r}:\n"
        "    print(get_client_ip_address(RequestFactory().post('/admin/login/', "
        "HTTP_X_FORWARDED_FOR=forwarded_for, REMOTE_ADDR=remote_addr)))\n"
    )
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test"}
    environment.pop("REVERSE_PROXY_COUNT", None)
    if reverse_proxies is not None:
        environment["REVERSE_PROXY_COUNT"] = str(reverse_proxies)
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


@pytest.mark.parametrize(
    ("reverse_proxies", "requests"),
    [
        # Without proxies X-Forwarded-For is only what the client claims, and ignored.
        (None, [("198.51.100.1", "203.0.113.7")]),
        # The TLS proxy appended the address that reached it.
        (1, [("203.0.113.7", "10.0.0.2"), ("198.51.100.1, 203.0.113.7", "10.0.0.2")]),
        # TLS proxy, then Varnish, which appended the TLS proxy's address.
        (
            2,
            [
                ("203.0.113.7, 10.0.0.2", "127.0.0.1"),
                ("198.51.100.1, 192.0.2.9, 203.0.113.7, 10.0.0.2", "127.0.0.1"),
            ],
        ),
    ],
)
def test_behind_reverse_proxies_the_client_is_the_address_the_proxies_saw(
    reverse_proxies, requests
):
    assert client_addresses(reverse_proxies, requests) == ["203.0.113.7"] * len(requests)
