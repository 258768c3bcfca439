"""Source language first: a German partner's page is translated into English and Polish through
wagtail-localize, is marked outdated when the German original is published again and current
once synced; translations are never made from translations."""

import datetime
import html
import json
import re

import pytest
from django.contrib.messages import get_messages
from django.test import override_settings
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from tests.home.factories import locale, translate
from tests.partners.factories import CityProfilePageFactory
from tests.publication.factories import StudyVisitReportPageFactory, ThematicAreaFactory
from tests.translation.translation_setup import (
    base_setting,
    fill_in,
    german_partner,
    publish_translation,
    site_in,
    submit_translation,
    sync,
    translation_of,
)
from translation.status import CURRENT, IN_PROGRESS, OUTDATED, status_rows

pytestmark = pytest.mark.django_db


@pytest.fixture
def bremen(admin_client):
    """Bremen's German profile and report, submitted for translation into en and pl."""
    tree = site_in("de", "pl")
    city, report = german_partner(tree)
    for page in (city, report):
        submit_translation(admin_client, page, "en", "pl")
    return {"tree": tree, "city": city, "report": report}


def status(page, code):
    row = next(row for row in status_rows() if row.page_id == page.pk)
    return row.cell(code)


def html_of(response):
    return html.unescape(response.content.decode())


def test_the_german_source_is_translated_into_en_and_pl_with_its_segments(bremen):
    report = bremen["report"]
    source = TranslationSource.objects.get(object_id=report.translation_key)
    texts = set(StringSegment.objects.filter(source=source).values_list("string__data", flat=True))

    assert source.locale.language_code == "de"
    assert {"Studienbesuch in Bremen", report.summary} <= texts
    for code in ("en", "pl"):
        translation = translation_of(report, code)
        assert translation.source == source
        page = translation.get_target_instance()
        assert page.locale.language_code == code
        assert page.get_parent().specific.title == "Bremen"


def test_a_new_translation_is_a_draft_that_readers_never_see(client, bremen):
    english = translation_of(bremen["report"], "en").get_target_instance()

    assert not english.live
    assert client.get(english.get_url()).status_code == 404
    assert status(bremen["report"], "en").status == IN_PROGRESS


def test_republishing_the_source_makes_translations_outdated_and_sync_makes_them_current(
    admin_client, bremen, django_capture_on_commit_callbacks
):
    report = bremen["report"]
    for page in (bremen["city"], report):
        for code in ("en", "pl"):
            translation = translation_of(page, code)
            fill_in(translation, render=lambda text, code=code: f"{text} ({code})")
            with django_capture_on_commit_callbacks(execute=True):
                publish_translation(admin_client, translation)
    assert (status(report, "en").status, status(report, "pl").status) == (CURRENT, CURRENT)

    # The partner moves the visit by a day: a synchronised field, no new text to translate.
    report.end_date = datetime.date(2021, 3, 25)
    report.save_revision().publish()
    assert (status(report, "en").status, status(report, "pl").status) == (OUTDATED, OUTDATED)
    english = translation_of(report, "en").get_target_instance()
    assert english.end_date == datetime.date(2021, 3, 24)

    with django_capture_on_commit_callbacks(execute=True):
        response = sync(admin_client, report)

    assert response.status_code == 302
    assert (status(report, "en").status, status(report, "pl").status) == (CURRENT, CURRENT)
    english.refresh_from_db()
    assert english.end_date == datetime.date(2021, 3, 25)
    assert english.live


def test_a_changed_text_is_in_progress_after_sync_until_it_is_translated(
    admin_client, bremen, django_capture_on_commit_callbacks
):
    report = bremen["report"]
    english = translation_of(report, "en")
    fill_in(english)
    with django_capture_on_commit_callbacks(execute=True):
        publish_translation(admin_client, english)

    report.title = "Studienbesuch in Bremen, März 2021"
    report.save_revision().publish()
    assert status(report, "en").status == OUTDATED
    with django_capture_on_commit_callbacks(execute=True):
        sync(admin_client, report)

    cell = status(report, "en")
    assert cell.status == IN_PROGRESS
    assert cell.translated == cell.total - 1
    fill_in(english)
    with django_capture_on_commit_callbacks(execute=True):
        publish_translation(admin_client, english)
    assert status(report, "en").status == CURRENT
    assert english.get_target_instance().title == "[Studienbesuch in Bremen, März 2021]"


def test_translate_is_offered_on_the_original_and_not_on_its_translations(
    admin_client, bremen, settings
):
    # A target language Bremen is not yet in, so that "Translate this page" can appear.
    settings.TRANSLATION_TARGET_LANGUAGES = ["en", "pl", "nl"]
    locale("nl")
    city = bremen["city"]
    english_city = translation_of(city, "en").get_target_instance()

    def translate_link_shown(page, where):
        """Whether the explorer of `where` offers "Translate this page" for `page`."""
        html = admin_client.get(reverse("wagtailadmin_explore", args=[where.pk])).content
        url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
        return f'href="{url}' in html.decode()

    # In the header of the page's own explorer view, and in its parent's listing.
    assert translate_link_shown(city, where=city)
    assert translate_link_shown(city, where=city.get_parent())
    assert not translate_link_shown(english_city, where=english_city)
    assert not translate_link_shown(english_city, where=english_city.get_parent())


def offered_languages(response):
    """The language codes the "Translate" form offers, as checkboxes."""
    assert response.status_code == 200
    pks = re.findall(r'<input type="checkbox" name="locales" value="(\d+)"', html_of(response))
    return sorted(Locale.objects.filter(pk__in=pks).values_list("language_code", flat=True))


def test_translate_offers_the_target_languages_only(admin_client, bremen, settings):
    for code in ("nl", "it", "el"):
        locale(code)
    report = StudyVisitReportPageFactory(
        parent=bremen["city"], locale=locale("de"), title="Zweiter Studienbesuch"
    )
    url = reverse("wagtail_localize:submit_page_translation", args=[report.pk])

    offered = offered_languages(admin_client.get(url))
    refused = admin_client.post(url, {"locales": [locale("nl").pk]})
    settings.TRANSLATION_TARGET_LANGUAGES = ["en", "pl", "de"]
    offered_with_german = offered_languages(admin_client.get(url))

    assert offered == ["en", "pl"]
    assert refused.status_code == 200
    assert not report.get_translations().exists()
    # Never the page's own language.
    assert offered_with_german == ["en", "pl"]


def test_translate_a_snippet_offers_the_target_languages_only(admin_client, bremen):
    for code in ("nl", "it", "el"):
        locale(code)
    housing = ThematicAreaFactory(name="Wohnen", locale=locale("de"))
    housing.copy_for_translation(locale("en")).save()
    url = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=["publication", "thematicarea", housing.pk],
    )

    assert offered_languages(admin_client.get(url)) == ["pl"]
    listing = reverse("wagtailsnippets_publication_thematicarea:list") + "?locale=de"
    assert f'href="{url}' in html_of(admin_client.get(listing))
    housing.copy_for_translation(locale("pl")).save()
    # In every target language: no "Translate", though Dutch, Italian and Greek are missing.
    assert f'href="{url}' not in html_of(admin_client.get(listing))


def test_translate_is_not_offered_on_a_page_in_every_target_language(admin_client, bremen):
    locale("nl")  # a language of the site, but not a target language
    city = bremen["city"]
    html = admin_client.get(reverse("wagtailadmin_explore", args=[city.pk])).content.decode()

    url = reverse("wagtail_localize:submit_page_translation", args=[city.pk])
    assert f'href="{url}' not in html
    assert "Sync translated pages" in html


def test_translating_a_translation_leads_to_the_original(admin_client, bremen):
    nl = locale("nl")
    english_city = translation_of(bremen["city"], "en").get_target_instance()
    url = reverse("wagtail_localize:submit_page_translation", args=[english_city.pk])

    shown = admin_client.get(f"{url}?select_locale=nl", follow=True)
    posted = admin_client.post(url, {"locales": [nl.pk]})

    original_url = reverse("wagtail_localize:submit_page_translation", args=[bremen["city"].pk])
    assert shown.redirect_chain[0][0] == f"{original_url}?select_locale=nl"
    assert "Pages are translated from their original: “Bremen” in Deutsch" in html_of(shown)
    assert posted.status_code == 302
    assert not TranslationSource.objects.filter(locale__language_code="en").exists()
    assert not Page.objects.filter(locale=nl).exists()


def test_a_subtree_holding_translations_is_not_translated(admin_client, bremen):
    nl = locale("nl")
    english_cities = bremen["tree"]["en"][1]

    response = submit_translation(
        admin_client, english_cities, "nl", include_subtree="on", follow=True
    )

    assert (
        "Nothing was translated: 2 pages under “Cities” are themselves translations "
        "(“Bremen”, “Studienbesuch in Bremen”)"
    ) in html_of(response)
    assert not Page.objects.filter(locale=nl).exists()
    assert not TranslationSource.objects.filter(locale__language_code="en").exists()


def test_the_public_translation_names_the_german_original_and_links_to_it(
    admin_client, client, bremen, django_capture_on_commit_callbacks
):
    report = bremen["report"]
    for page in (bremen["city"], report):
        for code in ("en", "pl"):
            fill_in(translation_of(page, code))
            with django_capture_on_commit_callbacks(execute=True):
                publish_translation(admin_client, translation_of(page, code))

    german = client.get(report.get_url()).content.decode()
    assert "Original language" not in german
    for code in ("en", "pl"):
        page = translation_of(report, code).get_target_instance()
        html = client.get(page.get_url()).content.decode()
        notice = html.split('class="original-language"')[1].split("</p>")[0]
        assert "Deutsch" in notice
        assert f'href="{report.get_url()}"' in notice


def deepl_setting(**environment):
    """WAGTAILLOCALIZE_MACHINE_TRANSLATOR as the settings define it in a fresh process."""
    value, error = base_setting("WAGTAILLOCALIZE_MACHINE_TRANSLATOR", **environment)
    assert not error, error
    return value


def editor_props(admin_client, page):
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    return json.loads(response.context["props"])


def test_machine_translation_is_offered_only_with_a_deepl_key(admin_client, bremen):
    english = translation_of(bremen["report"], "en").get_target_instance()
    without_key = deepl_setting()
    with_key = deepl_setting(DEEPL_API_KEY="test-key:fx")

    assert without_key is None
    assert with_key["OPTIONS"] == {"PROVIDER": "deepl", "AUTH_KEY": "test-key:fx"}
    with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=without_key):
        assert editor_props(admin_client, english)["machineTranslator"] is None
    with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=with_key):
        assert editor_props(admin_client, english)["machineTranslator"]["name"] == "DeepL"


def test_translations_point_at_the_cities_and_areas_in_their_own_language(
    admin_client, bremen, django_capture_on_commit_callbacks
):
    """The German report's choices reach its translations when they are synced, each as its
    version in the translation's language where there is a live one."""
    ghent = CityProfilePageFactory(
        parent=bremen["tree"]["de"][1], locale=locale("de"), title="Gent"
    )
    ghent_en = translate(ghent, "en", title="Ghent", slug="ghent")
    housing = ThematicAreaFactory(name="Wohnen", locale=locale("de"))
    housing_en = housing.copy_for_translation(locale("en"))
    housing_en.name = "Housing"
    housing_en.save()
    report = bremen["report"]
    report.visiting_cities = [ghent]
    report.thematic_areas = [housing]
    report.save_revision().publish()

    with django_capture_on_commit_callbacks(execute=True):
        sync(admin_client, report)

    english = translation_of(report, "en").get_target_instance()
    polish = translation_of(report, "pl").get_target_instance()
    assert list(english.visiting_cities.all()) == [ghent_en]
    assert list(english.thematic_areas.all()) == [housing_en]
    # Nothing in Polish: the German versions, which the public page shows as they are.
    assert list(polish.visiting_cities.all()) == [ghent]
    assert list(polish.thematic_areas.all()) == [housing]
    assert list(report.visiting_cities.all()) == [ghent]


def without_translation(translation, path):
    """Takes back the translation of the segment at `path` (as if the translator never
    translated it)."""
    segment = StringSegment.objects.get(source=translation.source, context__path=path)
    StringTranslation.objects.filter(
        translation_of=segment.string, locale=translation.target_locale, context=segment.context
    ).delete()


def test_a_translation_published_without_a_slug_gets_its_translated_titles(
    admin_client, bremen, django_capture_on_commit_callbacks
):
    english = translation_of(bremen["report"], "en")
    parent = english.get_target_instance().get_parent()
    taken = StudyVisitReportPageFactory(parent=parent, title="Visit to Bremen")
    fill_in(
        english,
        render=lambda text: {"Studienbesuch in Bremen": "Visit to Bremen"}.get(text, f"[{text}]"),
    )
    without_translation(english, "slug")

    with django_capture_on_commit_callbacks(execute=True):
        response = publish_translation(admin_client, english)

    page = english.get_target_instance()
    assert response.status_code == 302
    assert page.live
    assert page.title == "Visit to Bremen"
    # slugify(title), then unique among its siblings.
    assert (taken.slug, page.slug) == ("visit-to-bremen", "visit-to-bremen-1")
    # The slug's translation now, so that a sync keeps it.
    with django_capture_on_commit_callbacks(execute=True):
        sync(admin_client, bremen["report"])
    assert english.get_target_instance().slug == "visit-to-bremen-1"


def test_a_translated_slug_is_kept(admin_client, bremen, django_capture_on_commit_callbacks):
    english = translation_of(bremen["report"], "en")
    fill_in(english, render=lambda text: {"studienbesuch": "study-visit"}.get(text, text))

    with django_capture_on_commit_callbacks(execute=True):
        publish_translation(admin_client, english)

    assert english.get_target_instance().slug == "study-visit"


def test_publishing_with_untranslated_texts_names_them_and_their_tabs(
    admin_client, bremen, django_capture_on_commit_callbacks
):
    report = StudyVisitReportPageFactory(
        parent=bremen["city"],
        locale=locale("de"),
        title="Zweiter Studienbesuch",
        search_description="Was wir in Bremen gesehen haben.",
    )
    submit_translation(admin_client, report, "en")
    english = translation_of(report, "en")
    fill_in(english)
    for path in ("search_description", "summary"):
        without_translation(english, path)

    with django_capture_on_commit_callbacks(execute=True):
        response = publish_translation(admin_client, english)

    shown = [str(message) for message in get_messages(response.wsgi_request)]
    assert (
        "Still in the original language, not yet translated: Meta description (tab “Promote”), "
        "Summary (tab “Content”)."
    ) in shown
    # The slug was not left untranslated: it came from the translated title.
    assert english.get_target_instance().slug == "zweiter-studienbesuch"


def test_a_slug_made_from_a_translated_title_keeps_a_range_of_days_apart(
    admin_client, bremen, django_capture_on_commit_callbacks
):
    report = StudyVisitReportPageFactory(
        parent=bremen["city"], locale=locale("de"), title="Studienbesuch 12.–14. Mai"
    )
    submit_translation(admin_client, report, "en")
    english = translation_of(report, "en")
    fill_in(english, render=lambda text: {report.title: "Study visit 12–14 May"}.get(text, text))
    without_translation(english, "slug")

    with django_capture_on_commit_callbacks(execute=True):
        publish_translation(admin_client, english)

    assert english.get_target_instance().slug == "study-visit-12-14-may"
