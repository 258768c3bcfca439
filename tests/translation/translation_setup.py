"""A German partner's pages, translated into English and Polish through wagtail-localize's own
admin views, as the translation tests need them."""

import datetime
import json
import os
import subprocess
import sys
from pathlib import Path

from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import GroupPagePermission
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from tests.home.factories import english_home, locale, translate
from tests.partners.factories import CityIndexPageFactory, CityProfilePageFactory
from tests.publication.factories import StudyVisitReportPageFactory

GERMAN_SUMMARY = (
    "Partner aus fünf Städten verbrachten drei Tage in Bremen, besuchten eine Erstaufnahme, "
    "eine Schule mit Willkommensklassen und ein Stadtteilhaus und trafen zwanzig Vereine und "
    "Bewohnerinnen mit Migrationsgeschichte, um zu vergleichen, was Neuankommenden hilft."
)


def site_in(*languages):
    """The English home page and city index, copied into `languages`: {code: (home, cities)}."""
    home = english_home()
    cities = CityIndexPageFactory(parent=home, title="Cities", slug="cities")
    tree = {"en": (home, cities)}
    for code in languages:
        tree[code] = (
            translate(home, code, title=f"Home {code}"),
            translate(cities, code, title=f"Cities {code}", slug=f"cities-{code}"),
        )
    return tree


def german_partner(tree, **report_fields):
    """Bremen's profile and a study-visit report, written in German (not yet translated)."""
    de = locale("de")
    city = CityProfilePageFactory(
        parent=tree["de"][1],
        locale=de,
        title="Bremen",
        slug="bremen",
        summary="Ein Stadtstaat an der Weser.",
    )
    fields = {
        "title": "Studienbesuch in Bremen",
        "slug": "studienbesuch",
        "summary": GERMAN_SUMMARY,
        "context": "<p>Bremen nimmt jedes Jahr viele Menschen auf.</p>",
        "start_date": datetime.date(2021, 3, 22),
        "end_date": datetime.date(2021, 3, 24),
        **report_fields,
    }
    report = StudyVisitReportPageFactory(parent=city, locale=de, **fields)
    return city, report


def submit_translation(client, page, *codes, follow=False, **extra):
    """Submits `page` for translation into `codes` through wagtail-localize's admin view."""
    return client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [locale(code).pk for code in codes], **extra},
        follow=follow,
    )


def translation_of(page, code):
    return Translation.objects.get(
        source__object_id=page.translation_key, target_locale__language_code=code
    )


def fill_in(translation, render=lambda text: f"[{text}]", only=None):
    """Gives segments of `translation` a translation (all of them, or the first `only`)."""
    segments = StringSegment.objects.filter(source=translation.source).order_by("order")
    for segment in segments.select_related("string", "context")[:only]:
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={"data": render(segment.string.data)},
        )


def publish_translation(client, translation):
    """Publishes a translation from wagtail-localize's translation editor, as an editor does."""
    page = translation.get_target_instance()
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), {"action": "publish"})


def sync(client, page, publish=True):
    """wagtail-localize's "Sync translated pages" for the original `page`."""
    source = translation_of(page, "en").source
    data = {"publish_translations": "on"} if publish else {}
    return client.post(reverse("wagtail_localize:update_translations", args=[source.pk]), data)


def partner_editor(django_user_model, city):
    """A partner editor: admin access and editing rights on their city's pages, nothing else."""
    group = Group.objects.create(name=f"{city.title} editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("add_page", "change_page"):
        GroupPagePermission.objects.create(
            group=group, page=city, permission=Permission.objects.get(codename=codename)
        )
    user = django_user_model.objects.create_user("partner", "partner@example.org", "pw")
    user.groups.add(group)
    return user


def base_setting(name, **environment):
    """A value of config/settings/base.py as a fresh process with `environment` reads it:
    (value, error output); the value is None if the setting is missing or the settings fail."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {
            "MACHINE_TRANSLATION",
            "DEEPL_API_KEY",
            "DEEPL_API_URL",
            "GOOGLE_CLOUD_PROJECT_ID",
            "LIBRETRANSLATE_URL",
            "TRANSLATION_TARGET_LANGUAGES",
            "SITE_LANGUAGES",
        }
    }
    env.update(environment)
    code = (
        "import json; from config.settings import base; "
        f"print(json.dumps(getattr(base, {name!r}, None)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        capture_output=True,
        text=True,
    )
    return (json.loads(result.stdout) if result.returncode == 0 else None), result.stderr
