"""The Gdańsk editors may add a language (a locale) and open it to readers in Settings → Locales
(partners.roles.ensure_gdansk_editors)."""

from django.db import migrations

from partners import roles


def grant_locales(apps, schema_editor):
    roles.ensure_gdansk_editors(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0008_hero_image_alt"),
        ("home", "0005_language_opening"),
    ]

    operations = [migrations.RunPython(grant_locales, migrations.RunPython.noop)]
