"""A page editor's form posted without the fields its own widgets always send (a StreamField's
count), or with one that cannot be read, is answered with a 400 that says what is wrong, for
a partner editor and a Gdańsk editor alike, on creating and on editing a page; nothing is
saved. The answer is in the editor's admin language (German for Bremen's editor).
"""

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Page

from publication.models import StudyVisitReportPage
from tests.partners.admin import page_form_data

pytestmark = pytest.mark.django_db

ROLES = ["bremen", "gdansk"]
MISSING = "the field “%(field)s” is missing"
MALFORMED = {
    "no body count": ({"body-count": None}, MISSING, {"field": "body-count"}),
    "no gallery count": ({"gallery-count": None}, MISSING, {"field": "gallery-count"}),
    "a count that is not a number": (
        {"body-count": "many"},
        "a field holds a value the form cannot read",
        {},
    ),
}


def malformed(data, case):
    changes, _detail, _values = MALFORMED[case]
    for name, value in changes.items():
        if value is None:
            data.pop(name)
        else:
            data[name] = value
    return data


def assert_refused(response, case, user):
    assert response.status_code == 400
    _changes, detail, values = MALFORMED[case]

    def message(language):
        with translation.override(language):
            return gettext(
                "The form sent to the server was incomplete or altered (%(detail)s), so nothing "
                "was saved. Reload the editor and make your changes again."
            ) % {"detail": gettext(detail) % values}

    language = user.wagtail_userprofile.get_preferred_language()
    assert response.content.decode() == message(language)
    if language != "en":
        assert message(language) != message("en")


@pytest.mark.parametrize("case", MALFORMED)
@pytest.mark.parametrize("role", ROLES)
def test_a_malformed_edit_is_refused_and_saves_nothing(client, world, role, case):
    user = world.users[role]
    report = Page.objects.get(pk=world.bremen_report.pk).specific
    revision_before = report.latest_revision_id
    data = malformed(page_form_data(report, user, title="Changed title"), case)
    client.force_login(user)

    response = client.post(reverse("wagtailadmin_pages:edit", args=[report.pk]), data)

    assert_refused(response, case, user)
    report.refresh_from_db()
    assert report.latest_revision_id == revision_before
    assert report.get_latest_revision_as_object().title != "Changed title"


@pytest.mark.parametrize("case", MALFORMED)
@pytest.mark.parametrize("role", ROLES)
def test_a_malformed_new_page_is_refused_and_creates_nothing(client, world, role, case):
    user = world.users[role]
    start, end = world.new_report_dates
    new = StudyVisitReportPage(
        title="Neuer Bericht",
        slug="neuer-bericht",
        summary="A new visit.",
        start_date=start,
        end_date=end,
        context="<p>Context.</p>",
    )
    data = malformed(page_form_data(new, user, parent=world.bremen), case)
    url = reverse(
        "wagtailadmin_pages:add", args=["publication", "studyvisitreportpage", world.bremen.pk]
    )
    client.force_login(user)

    response = client.post(url, data)

    assert_refused(response, case, user)
    assert not Page.objects.filter(slug="neuer-bericht").exists()


def test_a_malformed_preview_is_refused(client, world):
    user = world.users["bremen"]
    report = world.bremen_report.specific
    data = malformed(page_form_data(report, user), "no body count")
    client.force_login(user)

    response = client.post(reverse("wagtailadmin_pages:preview_on_edit", args=[report.pk]), data)

    assert_refused(response, "no body count", user)


def test_a_well_formed_edit_still_saves(client, world):
    user = world.users["bremen"]
    report = world.bremen_report.specific
    data = page_form_data(report, user, title="Changed title")
    client.force_login(user)

    response = client.post(reverse("wagtailadmin_pages:edit", args=[report.pk]), data)

    assert response.status_code == 302
    assert Page.objects.get(pk=report.pk).get_latest_revision_as_object().title == "Changed title"
