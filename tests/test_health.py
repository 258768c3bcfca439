"""The health check answers without the database or a session, and is never cached."""


def test_health_check_says_ok_without_touching_the_database(client):
    # No `db` fixture: pytest-django refuses any connection or query here, so a health check
    # that read the database (a session, a page, a site) would fail this test.
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.content == b"ok"
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Cache-Control"] == "no-store"
    assert not response.cookies
