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


TOO_MANY_DIGITS = "123456789012345678901234567890"
OFFSET_TOO_HIGH = "offset cannot be higher than 9223372036854775807"


@pytest.mark.parametrize(
    ("query", "message"),
    [
        # A null character reaches PostgreSQL, which refuses it, or SQLite's full-text search.
        ("pages/?search=%00", "search must not contain null characters"),
        ("pages/?search=Bremen%00x", "search must not contain null characters"),
        ("images/?search=%00", "search must not contain null characters"),
        ("documents/?search=%00", "search must not contain null characters"),
        ("pages/?locale=%00", "locale must not contain null characters"),
        ("pages/?site=%00", "site must not contain null characters"),
        ("pages/?title=%00", "title must not contain null characters"),
        ("pages/?child_of=%00", "child_of must not contain null characters"),
        ("pages/find/?html_path=%00", "html_path must not contain null characters"),
        ("pages/?%00=1", "query parameter names must not contain null characters"),
        ("pages/?search=x&search_operator=xor", "search_operator must be 'and' or 'or'"),
        ("images/?search=x&search_operator=", "search_operator must be 'and' or 'or'"),
        (f"pages/?offset={TOO_MANY_DIGITS}", OFFSET_TOO_HIGH),
        (f"images/?offset={TOO_MANY_DIGITS}", OFFSET_TOO_HIGH),
        (f"documents/?offset={TOO_MANY_DIGITS}", OFFSET_TOO_HIGH),
        ("pages/?offset=9223372036854775808", OFFSET_TOO_HIGH),
        ("pages/?offset=abc", "offset must be a positive integer"),
        ("pages/?offset=-1", "offset must be a positive integer"),
        ("pages/?limit=abc", "limit must be a positive integer"),
        (f"pages/?limit={TOO_MANY_DIGITS}", "limit cannot be higher than 20"),
        ("images/?limit=100000", "limit cannot be higher than 20"),
        ("pages/?fields=nonsense", "unknown fields: nonsense"),
        ("images/?fields=nonsense", "unknown fields: nonsense"),
        ("documents/?fields=nonsense", "unknown fields: nonsense"),
        ("pages/?type=nope.Nope", "type doesn't exist"),
        ("pages/?type=foo", "type doesn't exist"),
        (
            "pages/?first_published_at=soon",
            "field filter error. “soon” value has an invalid format. "
            "It must be in YYYY-MM-DD HH:MM[:ss[.uuuuuu]][TZ] format.",
        ),
        ("pages/find/?id=abc", "id must be a positive integer"),
        ("images/find/?id=abc", "id must be a positive integer"),
    ],
)
def test_bad_input_gets_a_400_saying_what_is_wrong(client, tree, query, message):
    assert api(client, query, status=400) == {"message": message}


@pytest.mark.parametrize(
    ("path", "message"),
    [
        (f"pages/{TOO_MANY_DIGITS}/", "No Page matches the given query."),
        (f"images/{TOO_MANY_DIGITS}/", "No Image matches the given query."),
        (f"documents/{TOO_MANY_DIGITS}/", "No Document matches the given query."),
        (f"pages/find/?id={TOO_MANY_DIGITS}", "not found"),
    ],
)
def test_an_id_too_large_for_the_database_is_simply_not_found(client, tree, path, message):
    assert api(client, path, status=404) == {"message": message}


def test_a_date_before_the_first_year_in_utc_is_no_server_error(client, tree):
    # Midnight of 1 January of year 1 in Central Europe is still year 0 in UTC: SQLite's adapter
    # cannot convert it (400), PostgreSQL compares it (an empty list).
    response = client.get("/api/v2/pages/?first_published_at=0001-01-01T00:00%2B01:00")

    assert response.status_code in (200, 400)
    assert response.json() in (
        {"meta": {"total_count": 0}, "items": []},
        {"message": "field filter error. a value is out of range (date value out of range)"},
    )


def test_searches_with_quotes_and_operators_still_search(client, tree):
    def found(query):
        return titles(api(client, f"pages/?locale=en&{query}"))

    assert found('search="network') == ["About the network"]
    assert found('search=about "network"&search_operator=and') == ["About the network"]
    assert found("search=network nothing&search_operator=or") == ["About the network"]
    assert found("search=network nothing&search_operator=and") == []


def test_the_largest_offset_the_database_counts_to_gives_an_empty_page(client, tree):
    data = api(client, "pages/?offset=9223372036854775807")

    assert data["items"] == []
    assert data["meta"]["total_count"] == 5


def test_a_page_says_its_original_language_and_where_its_translations_are(client, tree):
    cities = CityIndexPageFactory(parent=tree["en"])
    translate(cities, "pl", title="Miasta", slug="miasta")
    bremen = CityProfilePageFactory(parent=cities, title="Bremen", slug="bremen")
    polish_city = translate(bremen, "pl", title="Brema", slug="brema")

    languages = api(client, f"pages/{polish_city.pk}/")["meta"]["languages"]

    assert languages == {"original": "en", "versions": {"en": bremen.pk, "pl": polish_city.pk}}
    listing = api(client, "pages/?locale=pl&fields=languages")
    entry = next(item for item in listing["items"] if item["id"] == polish_city.pk)
    assert entry["meta"]["languages"]["versions"]["en"] == bremen.pk


def test_a_reports_pictures_and_practices_come_inline_in_a_bounded_number_of_queries(
    client, tree, django_assert_max_num_queries
):
    from tests.publication.factories import PracticeArticlePageFactory

    cities = CityIndexPageFactory(parent=tree["en"])
    bremen = CityProfilePageFactory(parent=cities, title="Bremen", slug="bremen")
    pictures = [picture(f"Picture {n}", description=f"What picture {n} shows") for n in range(6)]
    practices = [
        PracticeArticlePageFactory(parent=bremen, title=f"Practice {n}", slug=f"practice-{n}")
        for n in range(4)
    ]
    report = StudyVisitReportPageFactory(
        parent=bremen,
        title="Visit to Bremen",
        slug="visit",
        hero_image=pictures[0],
        gallery=[
            ("image", {"image": image, "alt_text": "", "caption": f"Caption {n}", "credit": ""})
            for n, image in enumerate(pictures)
        ],
        practices=[("practice", practice) for practice in practices],
    )
    report.save_revision().publish()
    api(client, f"pages/{report.pk}/")  # the renditions made once

    with django_assert_max_num_queries(20):
        data = api(client, f"pages/{report.pk}/")

    assert [item["alt"] for item in data["gallery"]] == [
        f"What picture {n} shows" for n in range(6)
    ]
    assert data["gallery"][2]["caption"] == "Caption 2"
    first = data["gallery"][0]["rendition"]
    assert first["url"].startswith("http://") and ".max-1600x1600." in first["url"]
    assert [item["title"] for item in data["practices"]] == [f"Practice {n}" for n in range(4)]
    assert data["practices"][0]["html_url"].endswith("/en/cities/bremen/practice-0/")
    assert data["hero_image_rendition"]["width"] == 1200
