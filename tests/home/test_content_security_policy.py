"""Every answer carries a Content-Security-Policy: the strict one on the public pages (also to a
signed-in editor, also from the page cache), the admin's on the admin; and no public template
has an inline script, style or event handler that the strict policy would refuse (the browser
test, tests/browser/test_content_security_policy.py, reads the real pages in Chromium)."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model

from tests.home.factories import english_home, translate
from tests.publication.factories import PracticeIndexPageFactory

pytestmark = pytest.mark.django_db

BASE_DIR = Path(settings.BASE_DIR)
# The templates a reader's browser receives. Left out: the admin's (under the admin's policy)
# and the PDFs' (read by WeasyPrint only, which applies no policy: their stylesheet is inline).
PUBLIC_TEMPLATES = [
    path
    for folder in ("config", "home", "partners", "publication", "search")
    for path in (BASE_DIR / folder / "templates").rglob("*.html")
    if not {"admin", "pdf", "wagtailadmin", "wagtailimages"} & set(path.parts)
]
INLINE_CODE = re.compile(
    r"<script(?![^>]*\bsrc=)(?![^>]*application/(ld\+)?json)[^>]*>"  # an inline script
    r"|<style\b"  # a style element
    r"|\sstyle=|\son[a-z]+="  # a style attribute, an event handler
    r"|javascript:",
    re.IGNORECASE,
)


def directives(response):
    """{directive: [sources]} of the answer's policy."""
    policy = response["Content-Security-Policy"]
    return {
        name: sources
        for name, *sources in (part.split() for part in policy.split(";") if part.strip())
    }


def assert_strict(policy):
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["img-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["form-action"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]


@pytest.fixture
def practices():
    home = english_home()
    translate(home, "pl", title="Witamy", slug="home-pl")
    return PracticeIndexPageFactory(parent=home, slug="practices")


@pytest.fixture
def editor(client):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "x")
    client.force_login(user)
    return user


def test_a_public_page_has_the_strict_policy(client, practices):
    response = client.get(practices.url)

    assert response.status_code == 200
    assert_strict(directives(response))


def test_the_admin_allows_inline_code_uploaded_pictures_and_its_preview_frame(client, editor):
    response = client.get("/admin/")

    assert response.status_code == 200
    policy = directives(response)
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["img-src"] == ["'self'", "data:", "blob:"]
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["form-action"] == ["'self'"]


def test_a_signed_in_editor_reads_public_pages_under_the_strict_policy(client, editor, practices):
    response = client.get(practices.url)

    assert response.status_code == 200
    assert_strict(directives(response))


def test_a_preview_keeps_the_public_policy_and_may_be_framed_by_the_admin(
    client, editor, practices
):
    response = client.get(f"/admin/pages/{practices.pk}/view_draft/")

    assert response.status_code == 200
    policy = directives(response)
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]


def test_a_page_from_the_cache_has_the_policy_its_body_needs(client, practices, settings):
    """The page cache keeps the body; the policy is given on the way out, to the hit as to the
    miss. A nonce would be the same in every copy of a cached body, so no public page has one."""
    settings.PAGE_CACHE_ENABLED = True

    miss = client.get(practices.url)
    hit = client.get(practices.url)

    assert (miss["X-Page-Cache"], hit["X-Page-Cache"]) == ("miss", "hit")
    assert hit.content == miss.content
    assert hit["Content-Security-Policy"] == miss["Content-Security-Policy"]
    assert_strict(directives(hit))
    assert "nonce" not in hit["Content-Security-Policy"]
    assert b"nonce" not in hit.content


def test_a_not_modified_answer_from_the_cache_keeps_the_policy(client, practices, settings):
    settings.PAGE_CACHE_ENABLED = True
    first = client.get(practices.url)

    again = client.get(practices.url, headers={"If-None-Match": first["ETag"]})

    assert again.status_code == 304
    assert again["Content-Security-Policy"] == first["Content-Security-Policy"]


def test_no_public_template_has_inline_code():
    assert len(PUBLIC_TEMPLATES) > 30
    found = [
        f"{path.relative_to(BASE_DIR)}:{text[: match.start()].count(chr(10)) + 1}: "
        f"{match.group(0)}"
        for path in PUBLIC_TEMPLATES
        for text in [path.read_text()]
        for match in INLINE_CODE.finditer(text)
    ]
    assert not found, "inline code the policy refuses (use a static file):\n" + "\n".join(found)
