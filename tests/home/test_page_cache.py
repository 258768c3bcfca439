"""Anonymous readers are served from the page cache without a query, and never a stale page:
every change a reader can see starts the cache afresh; editors never get a cached copy."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.home.factories import StandardPageFactory, english_home, translate
from tests.partners.factories import CityIndexPageFactory, CityProfilePageFactory
from tests.publication.factories import (
    PracticeArticlePageFactory,
    PracticeIndexPageFactory,
    StudyVisitIndexPageFactory,
    StudyVisitReportPageFactory,
    ThematicAreaFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True


@pytest.fixture
def site():
    home = english_home()
    home_pl = translate(home, "pl", title="Witamy", slug="home-pl")
    cities = CityIndexPageFactory(parent=home)
    translate(cities, "pl", title="Miasta", slug="miasta")
    city = CityProfilePageFactory(parent=cities, title="Bremen")
    city_pl = translate(city, "pl", title="Brema", slug="brema")
    practices = PracticeIndexPageFactory(parent=home, slug="practices")
    practices_pl = translate(practices, "pl", title="Praktyki", slug="praktyki")
    visits = StudyVisitIndexPageFactory(parent=home, slug="visits")
    area = ThematicAreaFactory(name="Housing")
    practice = PracticeArticlePageFactory(parent=city, title="Flats, not shelters")
    practice.thematic_areas.add(area)
    practice.save()
    return {
        "home": home,
        "home_pl": home_pl,
        "city": city,
        "city_pl": city_pl,
        "practices": practices,
        "practices_pl": practices_pl,
        "visits": visits,
        "practice": practice,
        "area": area,
    }


def read(client, url, **headers):
    response = client.get(url, headers=headers)
    assert response.status_code == 200, url
    return response


def test_a_second_anonymous_request_makes_no_query(client, site):
    first = read(client, site["practices"].url)
    assert first["X-Page-Cache"] == "miss"

    with CaptureQueriesContext(connection) as queries:
        second = read(client, site["practices"].url)

    assert len(queries) == 0, [query["sql"] for query in queries]
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert "Flats, not shelters" in second.content.decode()


@pytest.mark.parametrize(
    "path", ["/sitemap.xml", "/en/feed/", "/api/v2/pages/?locale=en", "/robots.txt"]
)
def test_sitemap_feeds_and_api_are_cached_too(client, site, path):
    first = read(client, path)
    with CaptureQueriesContext(connection) as queries:
        second = read(client, path)

    assert len(queries) == 0
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


def test_answers_carry_validators_and_a_conditional_request_gets_304(client, site):
    response = read(client, site["city"].url)

    assert response["ETag"].startswith('"')
    assert "Last-Modified" in response
    control = response["Cache-Control"]
    assert "public" in control and "s-maxage=" in control and "max-age=0" in control
    assert "Accept-Language" not in response.get("Vary", "")

    with CaptureQueriesContext(connection) as queries:
        again = client.get(site["city"].url, headers={"If-None-Match": response["ETag"]})
    assert again.status_code == 304
    assert again.content == b""
    assert len(queries) == 0

    changed = client.get(site["city"].url, headers={"If-None-Match": '"something-else"'})
    assert changed.status_code == 200


def publish(page, **fields):
    page = page.specific
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


def test_publishing_a_page_shows_it_everywhere_it_is_listed(client, site):
    urls = [site["practices"].url, site["city"].url, site["practice"].url, "/en/feed/"]
    for url in urls:
        assert "Flats, not shelters" in read(client, url).content.decode()

    publish(site["practice"], title="Homes, not shelters")

    for url in urls:
        html = read(client, url).content.decode()
        assert "Homes, not shelters" in html, url
        assert "Flats, not shelters" not in html, url


def test_publishing_a_translation_updates_every_language(client, site):
    # Listed in Polish with its original title until translated, then with the Polish one.
    assert "Flats, not shelters" in read(client, site["practices_pl"].url).content.decode()
    english_page = read(client, site["practice"].url).content.decode()
    assert 'hreflang="pl"' not in english_page

    translate(site["practice"], "pl", title="Mieszkania, nie schroniska", slug="mieszkania")

    assert "Mieszkania, nie schroniska" in read(client, site["practices_pl"].url).content.decode()
    # The English page now offers its Polish translation in the switcher.
    assert 'hreflang="pl"' in read(client, site["practice"].url).content.decode()


def test_unpublishing_removes_the_page_from_listings_and_serves_404(client, site):
    url = site["practice"].url
    read(client, url)
    read(client, site["practices"].url)

    site["practice"].unpublish()

    assert client.get(url).status_code == 404
    assert "Flats, not shelters" not in read(client, site["practices"].url).content.decode()
    assert "Flats, not shelters" not in read(client, "/sitemap.xml").content.decode() or (
        site["practice"].url not in read(client, "/sitemap.xml").content.decode()
    )


def test_moving_a_page_changes_its_address_at_once(client, site):
    other = CityProfilePageFactory(parent=site["city"].get_parent(), title="Ghent")
    read(client, site["city"].url)
    read(client, other.url)

    site["practice"].move(other, pos="last-child")

    assert "Flats, not shelters" not in read(client, site["city"].url).content.decode()
    assert "Flats, not shelters" in read(client, other.url).content.decode()


def test_deleting_a_page_removes_it(client, site):
    url = site["practice"].url
    read(client, site["practices"].url)
    read(client, url)

    site["practice"].delete()

    assert client.get(url).status_code == 404
    assert "Flats, not shelters" not in read(client, site["practices"].url).content.decode()


def test_a_changed_snippet_shows_on_the_pages_that_use_it(client, site):
    assert "Housing" in read(client, site["practices"].url).content.decode()
    read(client, site["practice"].url)

    site["area"].name = "Homes and housing"
    site["area"].save()

    assert "Homes and housing" in read(client, site["practices"].url).content.decode()
    assert "Homes and housing" in read(client, site["practice"].url).content.decode()


def test_a_draft_is_never_cached_or_shown(client, site):
    read(client, site["practice"].url)
    page = site["practice"].specific
    page.title = "A draft title"
    page.save_revision()

    html = read(client, site["practice"].url).content.decode()
    assert "A draft title" not in html
    assert "Flats, not shelters" in html


def test_an_editor_is_never_served_a_cached_copy(client, django_user_model, site):
    read(client, site["practice"].url)
    editor = django_user_model.objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(editor)

    response = read(client, site["practice"].url)

    assert "X-Page-Cache" not in response
    assert "userbar" in response.content.decode()


def test_a_page_with_a_csrf_form_is_not_cached(client, site):
    from wagtail.models import PageViewRestriction

    secret = StandardPageFactory(parent=site["home"], title="Members only", slug="members")
    PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.PASSWORD, password="network"
    )
    first = read(client, secret.url)
    second = read(client, secret.url)

    assert "csrfmiddlewaretoken" in second.content.decode()
    assert "X-Page-Cache" not in first and "X-Page-Cache" not in second


def test_a_new_view_restriction_takes_the_page_out_of_the_cache_at_once(client, site):
    from wagtail.models import PageViewRestriction

    read(client, site["practice"].url)
    PageViewRestriction.objects.create(
        page=site["practice"], restriction_type=PageViewRestriction.PASSWORD, password="x"
    )

    assert "Flats, not shelters" not in client.get(site["practice"].url).content.decode()


def test_a_report_and_its_listing_follow_a_publish(client, site):
    report = StudyVisitReportPageFactory(parent=site["city"], title="Spring visit", live=False)
    assert "Spring visit" not in read(client, site["visits"].url).content.decode()

    publish(report)

    assert "Spring visit" in read(client, site["visits"].url).content.decode()
    assert "Spring visit" in read(client, site["city"].url).content.decode()
