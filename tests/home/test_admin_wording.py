"""The admin reads in the editor's language, whole: the choosers' tabs, the dashboard's
counts, the page listing's count."""

import inspect
import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, ngettext
from wagtail.admin.viewsets import chooser as wagtail_choosers
from wagtail.models import Page
from wagtail.users.models import UserProfile

from tests.home.factories import StandardPageFactory, english_home

pytestmark = pytest.mark.django_db


def editor(client, language):
    user = get_user_model().objects.create_superuser(f"admin-{language}", "a@example.org", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    return user


@pytest.mark.parametrize("chooser", ["wagtailimages_chooser:choose", "wagtaildocs_chooser:choose"])
@pytest.mark.parametrize(("language", "search"), [("de", "Suche"), ("pl", "Szukaj")])
def test_the_choosers_search_tab_is_in_the_editors_language(client, chooser, language, search):
    editor(client, language)

    html = client.get(reverse(chooser)).json()["html"]

    tab = re.search(r'<a[^>]*id="tab-label-search"[^>]*>(.*?)</a>', html, re.S)
    assert tab, html[:2000]
    assert search in tab.group(1)
    assert "Search" not in tab.group(1)


def test_wagtail_still_fixes_the_chooser_labels_at_import():
    """home/chooser_labels.py works around Wagtail's ChooserViewSet translating its default
    labels when it is imported; the day Wagtail makes them lazy, this fails: remove the
    workaround then."""
    source = inspect.getsource(wagtail_choosers)
    assert "from django.utils.translation import gettext as _" in source
    assert 'search_tab_label = _("Search")' in source


def test_the_dashboards_counts_are_sentences_of_the_sites_own(client):
    """Wagtail's Polish catalogue translates "Pages" but not "Images" or "Documents", and its
    screen-reader "created in Welcoming Cities" reads oddly: the site's own sentences say it."""
    home = english_home()
    StandardPageFactory(parent=home, title="About", slug="about")
    editor(client, "pl")

    html = client.get(reverse("wagtailadmin_home")).content.decode()

    summary = re.search(r'<ul class="w-summary__list">(.*?)</ul>', html, re.S).group(1)
    summary = " ".join(summary.split())
    with translation.override("pl"):
        for singular, plural in [
            ("Page", "Pages"),
            ("Image", "Images"),
            ("Document", "Documents"),
        ]:
            count = {"Page": Page.objects.filter(depth__gt=1).count()}.get(singular, 0)
            sentence = ngettext(
                f'%(total)s {singular} <span class="w-sr-only">on %(site_name)s</span>',
                f'%(total)s {plural} <span class="w-sr-only">on %(site_name)s</span>',
                count,
            ) % {"total": count, "site_name": "Welcoming Cities"}
            assert sentence in summary
    assert "created in" not in summary and "utworzon" not in summary


def test_the_page_listings_count_has_no_noun_of_another_language(client):
    home = english_home()
    for number in range(4):
        StandardPageFactory(parent=home, title=f"Page {number}", slug=f"page-{number}")
    editor(client, "pl")

    html = client.get(reverse("wagtailadmin_explore", args=[home.pk])).content.decode()

    text = " ".join(html.split())
    with translation.override("pl"):
        count = gettext("%(start_index)s–%(end_index)s of %(items_count)s") % {
            "start_index": 1,
            "end_index": 4,
            "items_count": 4,
        }
    assert count in text
    assert "of 4 strony" not in text and "of 4 stron" not in text
