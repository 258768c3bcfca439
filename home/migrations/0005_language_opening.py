import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0004_shared_block_templates_in_home"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.CreateModel(
            name="LanguageOpening",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "open_to_readers",
                    models.BooleanField(
                        default=False,
                        help_text=(
                            "Open it when its home page and main pages are translated and "
                            "published."
                        ),
                        verbose_name="open to readers",
                    ),
                ),
                (
                    "locale",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="opening",
                        to="wagtailcore.locale",
                    ),
                ),
            ],
            options={"verbose_name": "language opening"},
        ),
    ]
