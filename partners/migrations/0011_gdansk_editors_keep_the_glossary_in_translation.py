"""The Gdańsk editors keep the glossary's permissions now that it belongs to the translation app:
on a database made before the move its content type moved with it (translation 0001); on a new
one, 0006 may have run before the glossary existed in the translation app, so this grants them
again."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from partners import roles


def grant_glossary(apps, schema_editor):
    # Django creates the moved model's permissions after the last migration; the group needs
    # them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    roles.ensure_gdansk_editors(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0010_release_together"),
        ("translation", "0001_glossary_from_publication"),
    ]

    operations = [migrations.RunPython(grant_glossary, migrations.RunPython.noop)]
