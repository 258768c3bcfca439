"""The glossary now belongs to the translation app (its 0001 migration), which keeps the table."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("publication", "0010_publicationpdf_building_since"),
        ("translation", "0001_glossary_from_publication"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="GlossaryTerm")],
            database_operations=[],
        ),
    ]
