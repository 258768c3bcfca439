"""The translation status of every original page in each target language, the admin view that
lists it and the dashboard panel that sums it up."""

import html
import re

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail_localize.operations import translate_object

from tests.home.factories import locale
from tests.partners.admin import refusal_shown
from tests.partners.factories import CityProfilePageFactory
from tests.publication.factories import PracticeArticlePageFactory
from tests.translation.translation_setup import (
    base_setting,
    fill_in,
    german_partner,
    partner_editor,
    site_in,
    translation_of,
)
from translation.status import (
    CURRENT,
    IN_PROGRESS,
    MISSING,
    OUTDATED,
    status_rows,
    summary,
)

pytestmark = pytest.mark.django_db
STATUS_URL = reverse("translation_translation_status")


def translate_into(page, code, only=None):
    """Translates `page` into `code` through wagtail-localize and publishes the result; with
    `only`, just that many segments are translated and the page stays a draft."""
    translation = translation_of(page, code)
    fill_in(translation, only=only)
    translation.save_target(publish=False)
    if only is None:
        translation.get_target_instance().get_latest_revision().publish()
    return translation


@pytest.fixture
def network():
    """Bremen (German) with a report translated into en (current) and pl (half done), a German
    practice nobody has translated yet, and Ghent (Dutch), fully translated."""
    tree = site_in("de", "nl", "pl")
    bremen, report = german_partner(tree)
    practice = PracticeArticlePageFactory(
        parent=bremen, locale=locale("de"), title="Sprachcafé", slug="sprachcafe"
    )
    ghent = CityProfilePageFactory(
        parent=tree["nl"][1], locale=locale("nl"), title="Gent", slug="gent", country="BE"
    )
    for page in (bremen, report, ghent):
        translate_object(page, [locale("en"), locale("pl")])
    for page in (bremen, ghent):
        translate_into(page, "en")
        translate_into(page, "pl")
    translate_into(report, "en")
    segments = translation_of(report, "pl").source.stringsegment_set.count()
    translate_into(report, "pl", only=segments // 2)
    return {
        "tree": tree,
        "bremen": bremen,
        "report": report,
        "practice": practice,
        "ghent": ghent,
        "half": segments // 2 * 100 // segments,
    }


def statuses(page):
    row = next(row for row in status_rows() if row.page_id == page.pk)
    return {cell.locale.language_code: cell for cell in row.cells}


def test_each_page_has_a_status_in_each_target_language(network):
    report = statuses(network["report"])
    practice = statuses(network["practice"])

    assert report["en"].status == CURRENT
    assert report["pl"].status == IN_PROGRESS
    assert report["pl"].percent == network["half"] < 100
    assert practice["en"].status == practice["pl"].status == MISSING
    assert statuses(network["ghent"])["pl"].status == CURRENT


def test_republishing_the_original_makes_its_translations_outdated(network):
    report = network["report"]
    report.title = "Studienbesuch in Bremen 2021"
    report.save_revision().publish()

    assert statuses(report)["en"].status == OUTDATED
    assert statuses(report)["pl"].status == OUTDATED
    assert statuses(network["bremen"])["en"].status == CURRENT


def test_a_translation_made_by_hand_is_compared_by_publication_date(network):
    english_cities = network["tree"]["en"][1]
    assert statuses(english_cities)["pl"].status == CURRENT
    assert statuses(english_cities)["pl"].percent is None

    english_cities.save_revision().publish()
    assert statuses(english_cities)["pl"].status == OUTDATED

    network["tree"]["pl"][1].unpublish()
    assert statuses(english_cities)["pl"].status == IN_PROGRESS


def test_only_originals_are_listed_and_never_translated_into_their_own_language(network):
    rows = {row.page_id: row for row in status_rows()}
    english_report = translation_of(network["report"], "en").get_target_instance()

    assert english_report.pk not in rows
    assert [cell.locale.language_code for cell in rows[network["report"].pk].cells] == [
        "en",
        "pl",
    ]
    home = rows[network["tree"]["en"][0].pk]
    assert [cell.locale.language_code for cell in home.cells] == ["pl"]
    assert rows[network["report"].pk].city_title == "Bremen"
    assert rows[network["ghent"].pk].city_title == "Gent"


def test_the_target_languages_come_from_the_settings(network):
    with override_settings(TRANSLATION_TARGET_LANGUAGES=["pl", "nl"]):
        cells = statuses(network["report"])
    assert list(cells) == ["pl", "nl"]
    assert cells["nl"].status == MISSING


def test_the_target_languages_can_be_set_from_the_environment():
    assert base_setting("TRANSLATION_TARGET_LANGUAGES")[0] == ["en", "pl"]
    assert base_setting("TRANSLATION_TARGET_LANGUAGES", SITE_LANGUAGES="en,de")[0] == ["en"]
    assert base_setting("TRANSLATION_TARGET_LANGUAGES", TRANSLATION_TARGET_LANGUAGES="en,pl,de")[
        0
    ] == ["en", "pl", "de"]
    value, error = base_setting("TRANSLATION_TARGET_LANGUAGES", TRANSLATION_TARGET_LANGUAGES="xx")
    assert value is None
    assert "TRANSLATION_TARGET_LANGUAGES has language(s) xx that are not site languages" in error


def test_summary_counts_each_status_per_language(network):
    totals = summary(status_rows())

    assert list(totals) == ["en", "pl"]
    assert totals["pl"][IN_PROGRESS] == 1
    assert totals["en"][MISSING] == 1  # the practice
    assert totals["pl"][MISSING] == 1


def add_translated_practices(city, count):
    """`count` practices, each translated into English (three texts done), not into Polish."""
    for _ in range(count):
        practice = PracticeArticlePageFactory(parent=city, locale=city.locale)
        translate_object(practice, [locale("en")])
        fill_in(translation_of(practice, "en"), only=3)


def count_queries(action):
    with CaptureQueriesContext(connection) as queries:
        action()
    return len(queries)


def test_the_number_of_queries_does_not_grow_with_the_pages(admin_client, network):
    add_translated_practices(network["bremen"], 5)
    status_rows()  # content types are cached once per process
    admin_client.get(STATUS_URL)  # and the open languages once per cache generation
    five = count_queries(status_rows)
    five_view = count_queries(lambda: admin_client.get(STATUS_URL))
    add_translated_practices(network["bremen"], 45)
    fifty = count_queries(status_rows)
    fifty_view = count_queries(lambda: admin_client.get(STATUS_URL))

    assert len(status_rows()) > 50
    assert fifty == five, f"{five} queries for 5 pages, {fifty} for 50"
    assert fifty_view == five_view, f"view: {five_view} queries for 5 pages, {fifty_view} for 50"


# The admin view


def text(fragment):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", fragment)).strip()


def table_of(response):
    """The status table as a reader sees it: one line per row, '<page> | <cell> | <cell>'."""
    page = html.unescape(response.content.decode())
    body = page.split("<tbody>")[1].split("</tbody>")[0] if "<tbody>" in page else ""
    return [
        " | ".join(text(cell) for cell in re.findall(r"(?s)<t[hd][^>]*>(.*?)</t[hd]>", row))
        for row in re.findall(r"(?s)<tr>(.*?)</tr>", body)
    ]


def titles(response):
    """The original pages' titles listed in the status table."""
    page = html.unescape(response.content.decode())
    return {
        text(title) for title in re.findall(r'(?s)<th scope="row"[^>]*>\s*<a[^>]*>(.*?)</a>', page)
    }


def row_of(rows, title):
    return next(row for row in rows if row.startswith(title))


def sidebar_of(response):
    """The admin menu, which Wagtail sends as JSON for its sidebar."""
    match = re.search(
        r'(?s)id="wagtail-sidebar-props"[^>]*>(.*?)</script>', response.content.decode()
    )
    return match.group(1) if match else ""


def test_the_view_lists_each_original_with_its_status_and_what_to_do(admin_client, network):
    response = admin_client.get(STATUS_URL)
    rows = table_of(response)
    page = response.content.decode()

    total, translated = translation_of(network["report"], "pl").get_progress()
    assert row_of(rows, "Studienbesuch in Bremen") == (
        "Studienbesuch in Bremen Deutsch Study visit report · Bremen | Current Edit | "
        f"In progress {network['half']}% translated ({translated} of {total}) Edit"
    )
    assert row_of(rows, "Sprachcafé").endswith("| Missing Translate | Missing Translate")
    assert not any(row.startswith("[Studienbesuch") for row in rows)  # translations are no rows
    translate_url = reverse(
        "wagtail_localize:submit_page_translation", args=[network["practice"].pk]
    )
    assert f'href="{translate_url}?select_locale=pl"' in page


def test_an_outdated_translation_links_to_sync(admin_client, network):
    report = network["report"]
    report.save_revision().publish()

    response = admin_client.get(STATUS_URL)

    assert row_of(table_of(response), "Studienbesuch in Bremen").split(" | ")[1] == (
        "Outdated Sync What changed Edit"
    )
    source = translation_of(report, "en").source
    sync_url = reverse("wagtail_localize:update_translations", args=[source.pk])
    assert f'href="{sync_url}?next=' in response.content.decode()


def test_filters_filter(admin_client, network):
    bremen, ghent = network["bremen"].translation_key, network["ghent"].translation_key
    cases = {
        f"city={bremen}": {"Bremen", "Studienbesuch in Bremen", "Sprachcafé"},
        f"city={ghent}": {"Gent"},
        "status=missing": {"Sprachcafé"},
        "status=in_progress": {"Studienbesuch in Bremen"},
        "page_type=publication.practicearticlepage": {"Sprachcafé"},
        "page_type=partners.cityprofilepage&locale=pl&status=current": {"Bremen", "Gent"},
    }
    for query, expected in cases.items():
        assert titles(admin_client.get(f"{STATUS_URL}?{query}")) == expected, query


def test_the_language_filter_shows_only_that_language(admin_client, network):
    response = admin_client.get(f"{STATUS_URL}?locale=pl")
    header = html.unescape(response.content.decode()).split("<thead>")[1].split("</thead>")[0]

    assert "Polski" in header
    assert "English" not in header
    assert row_of(table_of(response), "Welcoming Cities").endswith("| Current Edit")


def test_an_unknown_filter_value_is_ignored_with_a_message(admin_client, network):
    everything = len(status_rows())
    for query in ["city=atlantis", "locale=xx", "status=lost", "page_type=no"]:
        response = admin_client.get(f"{STATUS_URL}?{query}")

        assert "is not one of the available choices" in response.content.decode(), query
        assert len(titles(response)) == everything, query


def test_nonsense_page_numbers_and_empty_filters_show_the_table(admin_client, network):
    everything = len(status_rows())
    for query in ["page=-3", "page=999", "page=two", "city=&status="]:
        response = admin_client.get(f"{STATUS_URL}?{query}")

        assert len(titles(response)) == everything, query
        assert "is not one of the available choices" not in response.content.decode(), query


def test_rows_are_paginated(admin_client, network, monkeypatch):
    from translation.views import report as admin_views

    monkeypatch.setattr(admin_views, "ROWS_PER_PAGE", 3)
    first = titles(admin_client.get(STATUS_URL))
    second = titles(admin_client.get(f"{STATUS_URL}?page=2"))

    assert len(first) == len(second) == 3
    assert not first & second


def gdansk_editor(django_user_model):
    """Not a superuser: admin access and the permission to translate."""
    user = django_user_model.objects.create_user("coordinator", "c@example.org", "pw")
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="submit_translation"),
    )
    return user


def test_a_gdansk_editor_sees_the_view_the_menu_item_and_the_dashboard_panel(
    client, django_user_model, network
):
    client.force_login(gdansk_editor(django_user_model))

    response = client.get(reverse("wagtailadmin_home"))
    dashboard = html.unescape(response.content.decode())

    assert "Studienbesuch in Bremen" in titles(client.get(STATUS_URL))
    assert STATUS_URL in sidebar_of(response)
    panel = dashboard.split('id="translation-status-section"')[1].split("</section>")[0]
    assert re.search(r"(?s)Polski\s*</th>\s*<td><a[^>]*>1</a>", panel)  # one missing
    assert f'href="{STATUS_URL}?locale=pl&status=in_progress">1</a>' in panel


def test_a_partner_editor_cannot_open_the_view_nor_see_its_menu_item_or_panel(
    client, django_user_model, network
):
    client.force_login(partner_editor(django_user_model, network["bremen"]))

    response = client.get(STATUS_URL, follow=True)
    dashboard = client.get(reverse("wagtailadmin_home"))

    assert refusal_shown(response)
    assert not titles(response)
    assert sidebar_of(dashboard) and STATUS_URL not in sidebar_of(dashboard)
    assert 'id="translation-status-section"' not in dashboard.content.decode()


def test_the_city_filter_names_each_city_in_the_editors_admin_language(
    admin_client, admin_user, network
):
    """Ghent's Polish page is called "[Gent]" here: a Polish editor's filter offers that name,
    not the Dutch original's."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "pl"
    profile.save()
    polish = network["ghent"].get_translation(locale("pl")).title
    assert polish != "Gent"

    page = html.unescape(admin_client.get(STATUS_URL).content.decode())

    city_filter = re.search(r'(?s)<select name="city".*?</select>', page).group(0)
    assert f">{polish}</option>" in city_filter
    assert ">Gent</option>" not in city_filter
