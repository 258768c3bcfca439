"""The site's public address, given once, is what the API and feeds link to."""

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Site

from tests.home.factories import StandardPageFactory, english_home

pytestmark = pytest.mark.django_db


def test_the_api_and_feeds_link_to_the_public_address(client):
    about = StandardPageFactory(parent=english_home(), title="About", slug="about")
    call_command("set_public_url", url="https://welcomingcities.example.org", stdout=None)

    data = client.get(f"/api/v2/pages/{about.pk}/").json()
    assert data["meta"]["html_url"] == "https://welcomingcities.example.org/en/about/"
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("welcomingcities.example.org", 443)


@pytest.mark.parametrize("url", ["welcomingcities.example.org", "ftp://x.org", "https://"])
def test_a_bad_address_is_refused_and_changes_nothing(url):
    english_home()
    before = Site.objects.values_list("hostname", "port").get(is_default_site=True)

    with pytest.raises(CommandError, match="not an http"):
        call_command("set_public_url", url=url)

    assert Site.objects.values_list("hostname", "port").get(is_default_site=True) == before
