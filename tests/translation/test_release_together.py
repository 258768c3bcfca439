"""A new partner practice released together with its English and Polish translations: the
original approved in the partners' workflow and the translations approved in their review stay
unpublished, in every language and everywhere a reader looks (the page, the feeds, the sitemap,
the API), until the last of the three is approved; then all three go live at once."""

import html
import re

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Page

from tests.home.factories import locale
from tests.partners.conftest import world  # noqa: F401 (the fixture)
from tests.publication.factories import PracticeArticlePageFactory
from tests.translation.translation_setup import fill_in, submit_translation, translation_of
from translation.models import HeldRevision

pytestmark = pytest.mark.django_db

TITLE = "Sprachcafé im Stadtteilhaus"
TITLES = {"de": TITLE, "en": f"EN {TITLE}", "pl": f"PL {TITLE}"}


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def fresh(page):
    return Page.objects.get(pk=page.pk).specific


def seen_by_readers(pages):
    """Which of the three titles a reader finds on the page's own URL, in its language's feed,
    in the sitemap and in the API."""
    reader = Client()
    sitemap = html.unescape(reader.get("/sitemap.xml").content.decode())
    answer = reader.get("/api/v2/pages/?type=publication.PracticeArticlePage")
    assert answer.status_code == 200, answer.content
    api = html.unescape(answer.content.decode())
    seen = {}
    for code, page in pages.items():
        page = fresh(page)
        own = reader.get(page.url)
        feed = html.unescape(reader.get(f"/{code}/feed/").content.decode())
        seen[code] = {
            "page": own.status_code == 200 and TITLES[code] in html.unescape(own.content.decode()),
            "feed": TITLES[code] in feed,
            "sitemap": f"/{page.slug}/" in sitemap,
            "api": TITLES[code] in api,
        }
    return seen


def nowhere(seen):
    return not any(any(places.values()) for places in seen.values())


def everywhere(seen):
    return all(all(places.values()) for places in seen.values())


def approve_original(client, page):
    task_state = fresh(page).current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    assert client.post(url, {"comment": ""}).status_code == 302


def review_and_approve(client, translation):
    args = [translation.pk]
    client.post(reverse("translation_review_submit", args=args))
    client.post(reverse("translation_review_decide", args=[*args, "approve"]))


def test_original_and_translations_go_live_together(world):  # noqa: F811
    partner, gdansk = world.users["bremen"], world.users["gdansk"]
    as_gdansk = client_for(gdansk)
    original = PracticeArticlePageFactory(
        parent=world.bremen,
        locale=locale("de"),
        title=TITLES["de"],
        slug="sprachcafe",
        live=False,
    )
    original.save_revision(user=partner)
    assert original.release_together

    # The partner submits their practice; meanwhile Gdańsk prepares the translations from it.
    fresh(original).get_workflow().start(fresh(original), partner)
    submit_translation(as_gdansk, original, "en", "pl")
    translations = {code: translation_of(original, code) for code in ("en", "pl")}
    for code, translation in translations.items():
        fill_in(translation, render=lambda text, code=code: f"{code.upper()} {text}")
    pages = {
        "de": original,
        **{code: t.get_target_instance() for code, t in translations.items()},
    }
    assert nowhere(seen_by_readers(pages))

    # The original is approved: it waits for its translations.
    approve_original(as_gdansk, original)
    assert HeldRevision.objects.filter(page=original).exists()
    assert nowhere(seen_by_readers(pages))

    # The English translation is approved: it waits for the Polish one.
    review_and_approve(as_gdansk, translations["en"])
    assert not fresh(pages["en"]).live
    assert nowhere(seen_by_readers(pages))
    # Its editor says what it waits for: the Polish translation only.
    editor = as_gdansk.get(reverse("wagtailadmin_pages:edit", args=[pages["en"].pk]))
    waiting = re.search(r"<p data-release-waiting>(.*?)</p>", editor.content.decode(), re.S)
    assert waiting, "the editor names what the release waits for"
    assert locale("pl").get_display_name() in html.unescape(waiting.group(1))
    assert locale("de").get_display_name() not in html.unescape(waiting.group(1))

    # The last one approved: all three go live at once.
    review_and_approve(as_gdansk, translations["pl"])
    assert all(fresh(page).live for page in pages.values())
    assert fresh(pages["en"]).title == TITLES["en"]
    assert everywhere(seen_by_readers(pages))
    assert not HeldRevision.objects.exists()


def test_a_page_not_released_together_goes_live_when_approved(world):  # noqa: F811
    partner = world.users["bremen"]
    original = PracticeArticlePageFactory(
        parent=world.bremen,
        locale=locale("de"),
        title=TITLES["de"],
        live=False,
        release_together=False,
    )
    original.save_revision(user=partner)
    fresh(original).get_workflow().start(fresh(original), partner)

    approve_original(client_for(world.users["gdansk"]), original)

    assert fresh(original).live
    assert not HeldRevision.objects.exists()
