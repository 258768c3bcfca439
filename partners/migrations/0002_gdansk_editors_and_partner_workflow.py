"""The "Gdańsk editors" group and the "Partner submission" workflow, from partners.roles."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from partners import roles


def create_roles(apps, schema_editor):
    # Django creates permissions after the last migration has run; the group needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    roles.ensure_partner_workflow(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0001_initial"),
        ("publication", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
