"""Partners' collections become private until approval (partners.roles.ensure_private_collection)."""

from django.db import migrations

from partners import roles


def make_private(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    partners = Group.objects.filter(name__endswith=" editors").exclude(name=roles.GDANSK_EDITORS)
    for group in partners:
        collections = {
            permission.collection
            for permission in GroupCollectionPermission.objects.filter(group=group)
            .exclude(collection__depth=1)
            .select_related("collection")
        }
        for collection in collections:
            roles.ensure_private_collection(collection, group, apps)


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0002_gdansk_editors_and_partner_workflow"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(make_private, migrations.RunPython.noop)]
