"""Every word in the editor's language: the workflow's and its task's names on the edit view, the
dashboard and in the moderation e-mails are in the admin language of whoever reads them (the
stored names stay English, and editable); a refusal is in the account's language whatever the
browser asks for."""

import html

from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from django.utils import translation
from wagtail.models import Collection, Task, Workflow
from wagtail.users.models import UserProfile

from partners import roles
from tests.partners.test_workflow import client_for, submit

ENGLISH = [roles.WORKFLOW_NAME, roles.TASK_NAME]


def in_language(language, text):
    with translation.override(language):
        return translation.gettext(text)


def names(language):
    """The workflow's and the task's names in `language`; each must differ from the English
    one, or the test would prove nothing (the catalogue lacks them)."""
    translated = [in_language(language, name) for name in ENGLISH]
    for english, name in zip(ENGLISH, translated, strict=True):
        assert name != english, f"{english!r} has no {language} translation in locale/"
    return translated


def page_text(client, url, **headers):
    response = client.get(url, follow=True, headers=headers)
    assert response.status_code == 200
    return html.unescape(response.content.decode())


def reviewer(world, username, language):
    """Another Gdańsk editor, whose admin speaks `language`."""
    user, _changes = roles.ensure_account(
        username, Group.objects.get(name=roles.GDANSK_EDITORS), email=f"{username}@example.org"
    )
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def test_workflow_and_task_names_in_each_editors_language(world):
    german_workflow, german_task = names("de")
    polish_workflow, polish_task = names("pl")
    partner, gdansk = world.users["bremen"], world.users["gdansk"]
    german_reviewer = reviewer(world, "bremen-coordinator", "de")
    page = world.bremen_report
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    partner_client = client_for(partner)

    # The German partner's edit view offers to submit to the workflow, in German.
    before = page_text(partner_client, edit_url)
    assert german_workflow in before
    assert roles.WORKFLOW_NAME not in before

    submit(partner_client, page, partner, "Studienbesuch in Bremen, März 2021")

    # The side panel, the dashboard, the page's history and its workflow history say where the
    # page stands, in German.
    for url in (
        edit_url,
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_pages:history", args=[page.pk]),
        reverse("wagtailadmin_pages:workflow_history", args=[page.pk]),
    ):
        text = page_text(partner_client, url)
        assert german_task in text, url
        assert not any(name in text for name in ENGLISH), url

    # Each reviewer's e-mail is in their own language.
    by_recipient = {message.to[0]: message for message in mail.outbox}
    for user, language, expected in [
        (german_reviewer, "de", german_task),
        (gdansk, "pl", polish_task),
    ]:
        message = by_recipient[user.email]
        text = message.subject + message.body
        assert expected in text, f"{language}: {text}"
        assert not any(name in text for name in ENGLISH), f"{language}: {text}"

    # The Polish coordinator reviews in Polish: edit view and dashboard.
    gdansk_client = client_for(gdansk)
    for text in (page_text(gdansk_client, edit_url), page_text(gdansk_client, "/admin/")):
        assert polish_task in text
        assert not any(name in text for name in ENGLISH)
    assert polish_workflow in page_text(gdansk_client, edit_url)

    # Showing them translated wrote nothing back.
    workflow = page.get_workflow()
    assert Workflow.objects.filter(pk=workflow.pk, name=roles.WORKFLOW_NAME).exists()
    assert Task.objects.filter(workflow_tasks__workflow=workflow, name=roles.TASK_NAME).exists()


def test_names_stay_stored_in_english_and_editable(world):
    german_workflow, _task = names("de")
    with translation.override("de"):
        workflow = Workflow.objects.get(name=roles.WORKFLOW_NAME)
        assert str(workflow.name) == german_workflow
        assert f"{workflow.name}" == german_workflow
        # A form saving the name as it showed it keeps the stored one ...
        workflow.name = str(workflow.name)
        workflow.save()
        assert Workflow.objects.filter(pk=workflow.pk, name=roles.WORKFLOW_NAME).exists()
        # ... and a name an administrator types is saved and shown as typed.
        workflow.name = "Prüfung durch Danzig"
        workflow.save()
        assert str(Workflow.objects.get(pk=workflow.pk).name) == "Prüfung durch Danzig"


def test_collection_names_in_the_editors_language(world):
    """The collection filters of the image chooser (a partner's) and of the images listing (a
    coordinator's)."""
    for user, language, url in [
        (world.users["bremen"], "de", reverse("wagtailimages_chooser:choose")),
        (world.users["gdansk"], "pl", reverse("wagtailimages:index")),
    ]:
        translated = in_language(language, roles.NETWORK_COLLECTION)
        assert translated != roles.NETWORK_COLLECTION, f"no {language} name for the collection"
        text = page_text(client_for(user), url)
        assert translated in text, language
        assert roles.NETWORK_COLLECTION not in text, language
    assert Collection.objects.filter(name=roles.NETWORK_COLLECTION).exists()


def test_a_refusal_is_in_the_accounts_language_not_the_browsers(world):
    english = "Sorry, you do not have permission to access this area."
    german = in_language("de", english)
    assert german != english
    client = client_for(world.users["bremen"])
    ghent_edit = reverse("wagtailadmin_pages:edit", args=[world.ghent.pk])

    text = page_text(client, ghent_edit, accept_language="en")

    assert german in text
    assert english not in text
