"""The read-only API at /api/v2/ serves live, public pages in every language, filtered by
language or by translation, and images; drafts and private pages never appear."""

import pytest
from wagtail.models import PageViewRestriction

from tests.home.factories import StandardPageFactory, english_home, locale, picture, translate
from tests.partners.factories import CityIndexPageFactory, CityProfilePageFactory
from tests.publication.factories import StudyVisitReportPageFactory, ThematicAreaFactory

pytestmark = pytest.mark.django_db


def api(client, path, status=200):
    response = client.get(f"/api/v2/{path}")
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/json"
    return response.json()


def titles(data):
    return sorted(item["title"] for item in data["items"])


@pytest.fixture
def tree():
    home = english_home()
    homes = {
        "en": home,
        "pl": translate(home, "pl", title="Witamy", slug="home-pl"),
        "de": translate(home, "de", title="Willkommen", slug="home-de"),
    }
    about = StandardPageFactory(parent=home, title="About the network", slug="about")
    translate(about, "pl", title="O sieci", slug="o-sieci")
    translate(about, "de", title="Über das Netzwerk (Entwurf)", slug="ueber", live=False)
    draft = StandardPageFactory(parent=home, title="Secret plans", slug="secret", live=False)
    members = StandardPageFactory(parent=home, title="Members only", slug="members")
    PageViewRestriction.objects.create(
        page=members, restriction_type=PageViewRestriction.PASSWORD, password="network"
    )
    minutes = StandardPageFactory(parent=members, title="Minutes", slug="minutes")
    return {**homes, "about": about, "draft": draft, "members": members, "minutes": minutes}


def test_the_locale_filter_lists_the_live_pages_of_one_language(client, tree):
    assert titles(api(client, "pages/?locale=pl")) == ["O sieci", "Witamy"]
    assert titles(api(client, "pages/?locale=de")) == ["Willkommen"]
    assert titles(api(client, "pages/?locale=en")) == ["About the network", "Welcoming Cities"]


def test_translation_of_lists_the_live_translations_of_a_page(client, tree):
    data = api(client, f"pages/?translation_of={tree['about'].pk}")

    assert titles(data) == ["O sieci"]
    assert [item["meta"]["locale"] for item in data["items"]] == ["pl"]


def test_drafts_and_private_pages_are_not_listed(client, tree):
    listed = titles(api(client, "pages/?limit=20"))

    assert "Secret plans" not in listed
    assert "Members only" not in listed
    assert "Minutes" not in listed
    assert "Über das Netzwerk (Entwurf)" not in listed


@pytest.mark.parametrize("name", ["draft", "members", "minutes"])
def test_the_detail_of_a_draft_or_private_page_is_not_found(client, tree, name):
    data = api(client, f"pages/{tree[name].pk}/", status=404)

    assert "Secret" not in str(data) and "Members" not in str(data)


def test_a_page_with_unpublished_changes_shows_only_what_is_published(client, tree):
    about = tree["about"]
    about.title = "About the network (rewritten, not approved)"
    about.intro = "Unapproved introduction."
    about.save_revision()

    data = api(client, f"pages/{about.pk}/")

    assert data["title"] == "About the network"
    assert data["intro"] == "About the network."
    assert "not approved" not in str(api(client, "pages/?type=home.StandardPage&fields=intro"))


def test_a_report_carries_its_summary_dates_city_and_areas_in_its_language(client, tree):
    cities = CityIndexPageFactory(parent=tree["en"])
    translate(cities, "pl", title="Miasta", slug="miasta")
    bremen = CityProfilePageFactory(parent=cities, title="Bremen", slug="bremen")
    translate(bremen, "pl", title="Brema", slug="brema")
    housing = ThematicAreaFactory(name="Housing")
    housing_pl = housing.copy_for_translation(locale("pl"))
    housing_pl.name = "Mieszkalnictwo"
    housing_pl.save()
    report = StudyVisitReportPageFactory(parent=bremen, title="Visit to Bremen", slug="visit")
    report.thematic_areas.add(housing)
    report.save_revision().publish()
    polish = translate(report, "pl", title="Wizyta w Bremie", slug="wizyta", summary="Wizyta.")

    data = api(client, f"pages/{polish.pk}/")

    assert data["meta"]["locale"] == "pl"
    assert data["summary"] == "Wizyta."
    assert data["start_date"] == report.start_date.isoformat()
    assert data["city"] == {"id": bremen.get_translation(locale("pl")).pk, "title": "Brema"}
    assert data["thematic_areas"] == ["Mieszkalnictwo"]
    assert data["context"] == "<p>The host city receives many newcomers each year.</p>"


def test_the_images_endpoint_lists_images_with_a_web_copy_never_the_original(client, tree):
    image = picture("Harbour of Bremen", description="Cranes over the Weser at dusk")

    listing = api(client, "images/")
    detail = api(client, f"images/{image.pk}/")

    assert titles(listing) == ["Harbour of Bremen"]
    assert (detail["width"], detail["height"]) == (1600, 900)
    assert detail["description"] == "Cranes over the Weser at dusk"
    assert detail["rendition"]["width"] == 1600
    assert ".max-1600x1600." in detail["rendition"]["url"]
    assert "/original_images/" not in str(listing) + str(detail)
    assert "download_url" not in str(listing) + str(detail)


@pytest.mark.parametrize(
    ("query", "status", "message"),
    [
        ("pages/?locale=xx", 404, "No Locale matches the given query."),
        ("pages/?translation_of=abc", 400, "translation_of must be a positive integer"),
        ("pages/?limit=many", 400, "limit must be a positive integer"),
        ("pages/999999/", 404, "No Page matches the given query."),
    ],
)
def test_bad_requests_get_a_clear_message_not_a_redirect(client, tree, query, status, message):
    assert api(client, query, status=status) == {"message": message}


def test_the_api_is_read_only(client, tree):
    response = client.post("/api/v2/pages/", {"title": "Spam"})

    assert response.status_code == 405
