"""The shared "Network pictures" collection, and the partner groups made before it may choose
from it (partners.roles.ensure_network_collection, share_network_collection)."""

from django.db import migrations

from partners import roles


def share_network_pictures(apps, schema_editor):
    # The real Collection model, as wagtailcore's own 0059 migration uses it: treebeard keeps the
    # collections ordered by name, which only the real model's add_child does.
    network, _changes = roles.ensure_network_collection()
    Group = apps.get_model("auth", "Group")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    partners = Group.objects.filter(name__endswith=" editors").exclude(name=roles.GDANSK_EDITORS)
    for group in partners:
        has_own_collection = (
            GroupCollectionPermission.objects.filter(group=group)
            .exclude(collection__depth=1)
            .exclude(collection_id=network.pk)
            .exists()
        )
        if has_own_collection:
            roles.share_network_collection(group, network, apps)


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0003_private_partner_collections"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(share_network_pictures, migrations.RunPython.noop)]
