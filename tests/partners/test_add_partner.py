"""`add_partner` onboards a city in one step, changes nothing when run again, and refuses bad
arguments with a clear message, creating nothing."""

import re
from io import StringIO

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import CommandError, call_command
from django.test import Client
from wagtail.models import Collection, Locale, Page, WorkflowPage
from wagtail_localize.models import Translation

from home.models import HomePage
from partners.models import CityIndexPage, CityProfilePage
from tests.home.factories import english_home
from tests.partners.factories import CityIndexPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def english_cities():
    return CityIndexPageFactory(parent=english_home(), title="Cities", slug="cities")


def add_partner(*args):
    out = StringIO()
    call_command("add_partner", *args, stdout=out)
    return out.getvalue()


BREMEN = ["--city", "Bremen", "--country", "DE", "--language", "de"]


def snapshot():
    """How much of everything add_partner makes there is."""
    return {
        "locales": Locale.objects.count(),
        "pages": Page.objects.count(),
        "translations": Translation.objects.count(),
        "groups": Group.objects.count(),
        "group permissions": sum(group.permissions.count() for group in Group.objects.all()),
        "page permissions": sum(g.page_permissions.count() for g in Group.objects.all()),
        "collection permissions": sum(
            g.collection_permissions.count() for g in Group.objects.all()
        ),
        "collections": Collection.objects.count(),
        "workflow pages": WorkflowPage.objects.count(),
        "users": User.objects.count(),
    }


def test_add_partner_creates_the_locale_page_group_workflow_and_account(english_cities):
    assert not Locale.objects.filter(language_code="de").exists()

    output = add_partner(*BREMEN, "--editor-email", "anna@bremen.example")

    # The German side of the site, translated from English through wagtail-localize.
    german = Locale.objects.get(language_code="de")
    home = HomePage.objects.get(locale=german)
    cities = CityIndexPage.objects.get(locale=german)
    assert (home.slug, home.live, cities.live) == ("home-de", True, True)
    assert cities.translation_key == english_cities.translation_key
    assert Translation.objects.filter(
        source__object_id=english_cities.translation_key, target_locale=german
    ).exists()

    # Bremen's profile, in German, a draft nobody reads until Gdańsk approves it.
    profile = CityProfilePage.objects.get(locale=german, slug="bremen")
    assert (profile.title, profile.country, profile.live) == ("Bremen", "DE", False)
    assert profile.get_parent().pk == cities.pk
    assert Client().get("/de/cities/bremen/").status_code == 404
    assert profile.get_workflow().name == "Partner submission"

    # The group: add and change on that page, its own collection, choosing from the network's,
    # nothing else.
    group = Group.objects.get(name="Bremen editors")
    assert {(p.page_id, p.permission.codename) for p in group.page_permissions.all()} == {
        (profile.pk, "add_page"),
        (profile.pk, "change_page"),
    }
    assert {p.collection.name for p in group.collection_permissions.all()} == {
        "Bremen",
        "Network pictures",
    }
    assert [p.codename for p in group.permissions.all()] == ["access_admin"]

    # The editor's account has no password: the printed link sets one.
    editor = User.objects.get(username="bremen-editor")
    assert (editor.email, list(editor.groups.all())) == ("anna@bremen.example", [group])
    assert not editor.has_usable_password()
    link = re.search(r"http://\S+/admin/password_reset/confirm/\S+/", output).group(0)
    client = Client()
    form = client.get(link.removeprefix("http://127.0.0.1:8000"), follow=True)
    assert form.context["validlink"]
    client.post(
        form.redirect_chain[-1][0],
        {"new_password1": "Weser-Ufer-2021", "new_password2": "Weser-Ufer-2021"},
    )
    editor.refresh_from_db()
    assert editor.check_password("Weser-Ufer-2021")

    assert re.fullmatch(
        r"Partner Bremen \(DE, de\): \d+ change\(s\) made\.", output.strip().splitlines()[-1]
    )


def test_add_partner_twice_changes_nothing(english_cities):
    add_partner(*BREMEN, "--editor-email", "anna@bremen.example")
    before = snapshot()

    output = add_partner(*BREMEN, "--editor-email", "anna@bremen.example")

    assert snapshot() == before
    assert output.strip().splitlines()[-1] == (
        "Partner Bremen (DE, de): already set up, nothing changed."
    )


def test_add_partner_puts_back_what_was_taken_away(english_cities):
    add_partner(*BREMEN)
    WorkflowPage.objects.all().delete()
    Group.objects.get(name="Bremen editors").page_permissions.all().delete()

    output = add_partner(*BREMEN)

    profile = CityProfilePage.objects.get(slug="bremen")
    assert profile.get_workflow().name == "Partner submission"
    assert Group.objects.get(name="Bremen editors").page_permissions.count() == 2
    assert "2 change(s) made" in output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--city", "Lyon", "--country", "FR", "--language", "xx"],
            r"Unknown --language 'xx'; the site can have en, pl, de, nl, it, el, fr, ",
        ),
        (
            ["--city", "Bremen", "--country", "XX", "--language", "de"],
            r"Unknown --country 'XX'; use one of AT, BE, ",
        ),
        (
            ["--city", "Bremen", "--country", "DE", "--language", "de", "--editor-email", "anna"],
            r"--editor-email 'anna' is not an e-mail address",
        ),
        (
            ["--city", "Gdańsk", "--country", "PL", "--language", "pl"],
            r"Gdańsk leads the network",
        ),
        (
            ["--city", "Θεσσαλονίκη", "--country", "GR", "--language", "el"],
            r"give the name in Latin letters",
        ),
    ],
)
def test_bad_arguments_are_refused_and_nothing_is_created(english_cities, args, message):
    before = snapshot()

    with pytest.raises(CommandError, match=message):
        add_partner(*args)

    assert snapshot() == before


def test_a_city_that_exists_in_another_country_is_refused(english_cities):
    add_partner(*BREMEN)
    before = snapshot()

    with pytest.raises(CommandError, match=r"Bremen already has a profile in another country"):
        add_partner("--city", "Bremen", "--country", "AT", "--language", "de")
    with pytest.raises(CommandError, match=r"already a partner writing in 'de'"):
        add_partner("--city", "Bremen", "--country", "DE", "--language", "nl")

    assert snapshot() == before
