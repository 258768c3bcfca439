"""The Gdańsk editors may add, change and delete glossary terms (publication.GlossaryTerm, now
in partners.roles.SNIPPET_MODELS); partners may not."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from partners import roles


def grant_glossary(apps, schema_editor):
    # Django creates the new model's permissions after the last migration; the group needs them.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    roles.ensure_gdansk_editors(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0005_sample_notice_help_text"),
        ("publication", "0007_glossary"),
    ]

    operations = [migrations.RunPython(grant_glossary, migrations.RunPython.noop)]
