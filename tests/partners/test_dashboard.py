"""The dashboard a partner editor lands on: their city, buttons to write, their pages with
where each stands (the reviewer's comment included) and, for live pages, their English and
Polish translations; Gdańsk editors see what is outdated. Each account meets the admin in its
own language."""

import html
import re

from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.formats import get_format
from wagtail.models import Page
from wagtail.users.models import UserProfile

from partners import roles
from tests.partners.test_workflow import act, client_for, fresh, submit

COMMENT = "Bitte nennen Sie die Gastgeber beim Namen."
RESUBMIT = "Nehmen Sie sie vor und reichen Sie die Seite erneut ein."


def dashboard(user):
    response = client_for(user).get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return html.unescape(response.content.decode())


def panel(page_html):
    match = re.search(r'id="partner-city-section".*?</table>', page_html, re.S)
    assert match, "no city panel on the dashboard"
    return match.group(0)


def state_of(panel_html, title):
    """The text of the state cell on the row of the page titled `title`."""
    row = re.search(
        rf"<tr>\s*<td class=\"title\">\s*<a [^>]*>{re.escape(title)}</a>.*?</tr>", panel_html, re.S
    )
    assert row, f"{title!r} is not listed"
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row.group(0), re.S)
    return [" ".join(re.sub(r"<[^>]+>", " ", cell).split()) for cell in cells]


def test_each_account_meets_the_admin_in_its_own_language(world):
    languages = {
        name: UserProfile.get_for_user(user).preferred_language
        for name, user in world.users.items()
        if user is not None
    }
    assert languages == {"bremen": "de", "ghent": "nl", "translator": "pl", "gdansk": "pl"}
    assert '<html lang="de"' in dashboard(world.users["bremen"]).replace("'", '"')
    assert "Ihre Stadt: Bremen" in dashboard(world.users["bremen"])
    assert "Uw stad: Gent" in dashboard(world.users["ghent"])


def test_a_language_chosen_in_account_is_kept(world):
    user = world.users["bremen"]
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    bremen_editors = user.groups.get()
    roles.ensure_account(user.username, bremen_editors)
    user.groups.remove(bremen_editors)
    user.groups.add(bremen_editors)
    assert UserProfile.get_for_user(user).preferred_language == "en"
    assert "Your city: Bremen" in dashboard(user)


def test_an_account_added_to_a_partner_group_in_the_admin_gets_its_language(world):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user("new-ghent-editor", password="x")
    user.groups.add(world.users["ghent"].groups.get())
    assert UserProfile.get_for_user(user).preferred_language == "nl"


def test_add_partner_gives_the_new_editor_the_partners_language(world, capsys):
    call_command(
        "add_partner",
        city="Bologna",
        country="IT",
        language="it",
        editor_email="bologna@example.org",
    )
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.get(username="bologna-editor")
    assert UserProfile.get_for_user(user).preferred_language == "it"
    assert "admin language" in capsys.readouterr().out
    # A new partner is pointed at its profile, a draft until approved.
    page = dashboard(user)
    assert "La tua città: Bologna" in page
    profile = Page.objects.get(locale__language_code="it", depth=4)
    assert reverse("wagtailadmin_pages:edit", args=[profile.pk]) in page
    assert "Completa il profilo" in page


def test_the_partners_city_pages_and_their_states(world):
    user = world.users["bremen"]
    page_html = dashboard(user)
    city = panel(page_html)
    # What they can write, under their own city.
    for model in ("studyvisitreportpage", "practicearticlepage"):
        url = reverse("wagtailadmin_pages:add", args=["publication", model, world.bremen.pk])
        assert url in city
    # Their pages, by their latest draft's title, with where each stands.
    assert state_of(city, "Sprachmittlung (Entwurf)")[1] == "Entwurf"
    report = state_of(city, "Entwurf: Studienbesuch in Bremen")
    assert report[1].startswith("Veröffentlicht")
    # The live report's translations, made by Gdańsk, in English and Polish.
    assert "Englisch" in report[2] or "English" in report[2]
    assert re.search(r"(Polski|Polnisch): \w+", report[2])
    # Nothing of Ghent's; no site-wide counts.
    assert "Studiebezoek" not in page_html
    assert "Seiten</" not in page_html and "w-summary" not in page_html


def test_changes_requested_show_the_comment_until_resubmitted(world):
    page = world.bremen_report
    partner, gdansk = world.users["bremen"], world.users["gdansk"]
    partner_client, gdansk_client = client_for(partner), client_for(gdansk)

    submit(partner_client, page, partner, "Studienbesuch in Bremen, März 2021")
    assert state_of(panel(dashboard(partner)), "Studienbesuch in Bremen, März 2021")[1] == (
        "In Prüfung"
    )

    act(gdansk_client, page, "reject", COMMENT)
    state = state_of(panel(dashboard(partner)), "Studienbesuch in Bremen, März 2021")[1]
    assert state.startswith("Änderungen angefordert")
    assert COMMENT in state
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    edit_view = html.unescape(partner_client.get(edit_url).content.decode())
    assert f"Änderungen angefordert: „{COMMENT}“ {RESUBMIT}" in edit_view

    submit(partner_client, page, partner, "Studienbesuch in Bremen, 22.–24. März 2021")
    state = state_of(panel(dashboard(partner)), "Studienbesuch in Bremen, 22.–24. März 2021")[1]
    assert state == "In Prüfung"
    assert RESUBMIT not in html.unescape(partner_client.get(edit_url).content.decode())


def test_gdansk_editors_see_outdated_translations(world):
    report = fresh(world.bremen_report)
    report.title = "Studienbesuch in Bremen (überarbeitet)"
    report.save_revision().publish()
    page_html = dashboard(world.users["gdansk"])
    assert "partner-city" not in page_html
    outdated = re.search(r"translation-status__outdated.*?</ul>", page_html, re.S)
    assert outdated, "no list of outdated translations"
    assert "Studienbesuch in Bremen (überarbeitet)" in outdated.group(0)


def test_a_partner_edit_form_is_in_german(world):
    user = world.users["bremen"]
    page = html.unescape(
        client_for(user)
        .get(reverse("wagtailadmin_pages:edit", args=[world.bremen_report.pk]))
        .content.decode()
    )
    assert "Ausgangslage und Herausforderung" in page  # our field label, translated
    assert "Zusammenfassung" in page
    # The date pickers start the week on Monday, in English too.
    assert '"dayOfWeekStart": 1' in page
    with translation.override("en"):
        assert get_format("FIRST_DAY_OF_WEEK") == 1


def test_the_anonymous_reader_never_sees_the_dashboard(world):
    assert Client().get(reverse("wagtailadmin_home")).status_code == 302
