"""Slugs keep ranges of numbers and decimals apart, in the admin's slug field and in the slugs
the project makes itself."""

import html as html_module
import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.utils.text import slugify as django_slugify

from home.slugs import slugify
from tests.home.factories import StandardPageFactory, english_home


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("12.–14. Mai", "12-14-mai"),
        ("Studienbesuch 12.–14. Mai 2022", "studienbesuch-12-14-mai-2022"),
        ("2021–2023", "2021-2023"),
        ("2021—2023", "2021-2023"),
        ("3.5 %", "3-5"),
        ("1,5 Millionen", "1-5-millionen"),
        ("9:30–12:00", "9-30-12-00"),
        # What Django's slugify already did right stays as it was.
        ("Dr. Müller's Café", "dr-mullers-cafe"),
        ("Frankfurt am Main", "frankfurt-am-main"),
        ("Social rights & inclusion", "social-rights-inclusion"),
    ],
)
def test_slugs_keep_numbers_apart(title, slug):
    assert slugify(title) == slug


def test_unicode_slugs_keep_numbers_apart_too():
    assert slugify("Wizyta 12.–14. maja w Gdańsku", allow_unicode=True) == (
        "wizyta-12-14-maja-w-gdańsku"
    )


@pytest.mark.django_db
def test_the_admin_slug_field_makes_slugs_by_the_same_rules(client):
    """Wagtail's slug field runs its `formatters` in the browser before its own slugify: the
    page form hands it ours, and they turn a title into the slug the server would make."""
    page = StandardPageFactory(parent=english_home(), title="12.–14. Mai", slug="x")
    admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(admin)

    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()

    slug_input = re.search(r'<input[^>]*name="slug"[^>]*>', html).group(0)
    assert 'data-controller="w-slug"' in slug_input
    raw = re.search(r'data-w-slug-formatters-value="([^"]*)"', slug_input).group(1)
    formatters = json.loads(html_module.unescape(raw))
    # Apply them as the browser does (JavaScript's and Python's syntax agree on these), then
    # Wagtail's urlify, which drops what is not a letter, digit, space or hyphen as Django does.
    value = "12.–14. Mai"
    for (pattern, _flags), replacement in formatters:
        value = re.sub(pattern, replacement, value)
    assert django_slugify(value) == "12-14-mai"
