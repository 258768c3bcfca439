"""The admin reads in the editor's language, whole: the choosers' tabs."""

import inspect
import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.admin.viewsets import chooser as wagtail_choosers
from wagtail.users.models import UserProfile

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
