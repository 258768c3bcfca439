"""A small network for the roles tests: English, Polish, German and Dutch home pages and city
indexes; the partners Bremen (German) and Ghent (Dutch), each with a published study-visit report
that has a newer draft; Hamburg (German, no partner) for moves; Bremen's report translated into
English and Polish through wagtail-localize; the groups made by partners.roles and one account
per role."""

import datetime
from types import SimpleNamespace

import pytest
from wagtail.models import Collection

from partners import roles
from publication.models import ThematicArea
from tests.home.factories import english_home, locale, translate
from tests.partners.factories import CityIndexPageFactory, CityProfilePageFactory
from tests.publication.factories import PracticeArticlePageFactory, StudyVisitReportPageFactory
from translation.localize import translate_page


def report_with_draft(parent, title, draft_title):
    """A published report whose latest revision is an unpublished draft."""
    report = StudyVisitReportPageFactory(parent=parent, title=title)
    report.save_revision().publish()
    report.title = draft_title
    report.save_revision()
    report.refresh_from_db()
    return report


@pytest.fixture
def world(db):
    for code in ("pl", "de", "nl", "it"):
        locale(code)
    home = english_home()
    cities = CityIndexPageFactory(parent=home, title="Cities", slug="cities")
    homes = {"en": home}
    for code, title, slug in [
        ("pl", "Miasta", "miasta"),
        ("de", "Städte", "staedte"),
        ("nl", "Steden", "steden"),
    ]:
        homes[code] = translate(home, code)
        translate(cities, code, title=title, slug=slug)

    bremen = CityProfilePageFactory(
        parent=cities.get_translation(locale("de")), title="Bremen", slug="bremen", country="DE"
    )
    ghent = CityProfilePageFactory(
        parent=cities.get_translation(locale("nl")), title="Gent", slug="gent", country="BE"
    )
    # Pages move only within their language: somewhere for Bremen's report to go.
    hamburg = CityProfilePageFactory(
        parent=cities.get_translation(locale("de")), title="Hamburg", slug="hamburg"
    )
    bremen_report = report_with_draft(
        bremen, "Studienbesuch in Bremen", "Entwurf: Studienbesuch in Bremen"
    )
    ghent_report = report_with_draft(ghent, "Studiebezoek aan Gent", "Concept: Studiebezoek")
    bremen_draft = PracticeArticlePageFactory(
        parent=bremen, title="Sprachmittlung (Entwurf)", live=False
    )
    bremen_draft.save_revision()

    # Bremen's profile and report in English and Polish, as Gdańsk's editors make them.
    translations = {}
    for code in ("en", "pl"):
        translate_page(bremen, locale(code))
        translations[code] = translate_page(bremen_report, locale(code))

    editors, _changes = roles.ensure_gdansk_editors()
    bremen_editors, _changes = roles.onboard_partner(bremen, "Bremen")
    ghent_editors, _changes = roles.onboard_partner(ghent, "Ghent")
    translators, _changes = roles.ensure_translators(homes["pl"])

    def account(username, group):
        return roles.ensure_account(username, group, email=f"{username}@example.org")[0]

    return SimpleNamespace(
        homes=homes,
        bremen=bremen,
        ghent=ghent,
        hamburg=hamburg,
        bremen_report=bremen_report,
        ghent_report=ghent_report,
        bremen_draft=bremen_draft,
        bremen_report_en=translations["en"],
        bremen_report_pl=translations["pl"],
        thematic_area=ThematicArea.objects.create(name="Housing", locale=locale("en")),
        bremen_collection=Collection.objects.get(name="Bremen"),
        users={
            "anonymous": None,
            "bremen": account("bremen-editor", bremen_editors),
            "ghent": account("ghent-editor", ghent_editors),
            "translator": account("polish-translator", translators),
            "gdansk": account("gdansk-editor", editors),
        },
        new_report_dates=(datetime.date(2022, 5, 2), datetime.date(2022, 5, 4)),
    )
