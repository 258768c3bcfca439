"""The glossary moves from the publication app to this one: its table stays as it is, and so do
the permissions groups hold on it (their content type changes app)."""

import django.db.models.functions.text
from django.db import migrations, models

import home.i18n


def move_content_type(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    if not ContentType.objects.filter(app_label="translation", model="glossaryterm").exists():
        ContentType.objects.filter(app_label="publication", model="glossaryterm").update(
            app_label="translation"
        )


def move_content_type_back(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label="translation", model="glossaryterm").update(
        app_label="publication"
    )


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("publication", "0010_publicationpdf_building_since"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="GlossaryTerm",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "source_language",
                            models.CharField(
                                choices=home.i18n.content_languages,
                                max_length=10,
                                verbose_name="source language",
                            ),
                        ),
                        (
                            "target_language",
                            models.CharField(
                                choices=home.i18n.content_languages,
                                max_length=10,
                                verbose_name="target language",
                            ),
                        ),
                        ("term", models.CharField(max_length=255, verbose_name="term")),
                        (
                            "translation",
                            models.CharField(max_length=255, verbose_name="approved translation"),
                        ),
                        (
                            "note",
                            models.TextField(
                                blank=True,
                                help_text="When to use it, or what to avoid, for translators.",
                                verbose_name="note",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "glossary term",
                        "verbose_name_plural": "glossary",
                        "db_table": "publication_glossaryterm",
                        "ordering": [
                            "source_language",
                            "target_language",
                            django.db.models.functions.text.Lower("term"),
                        ],
                        "constraints": [
                            models.UniqueConstraint(
                                models.F("source_language"),
                                models.F("target_language"),
                                django.db.models.functions.text.Lower("term"),
                                name="one_glossary_term_per_language_pair",
                                violation_error_message=(
                                    "This term is already in the glossary for this pair of "
                                    "languages."
                                ),
                            )
                        ],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(move_content_type, move_content_type_back),
    ]
