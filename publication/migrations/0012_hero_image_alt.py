from django.db import migrations, models


def hero_image_alt():
    return models.CharField(
        blank=True,
        help_text="What the picture shows, in this page's language, for people who cannot see it; it is translated with the page. Leave empty to use the picture's own description.",
        max_length=250,
        verbose_name="Description of the hero image",
    )


class Migration(migrations.Migration):
    dependencies = [
        ("publication", "0011_glossary_to_translation"),
    ]

    operations = [
        migrations.AddField(
            model_name="practicearticlepage", name="hero_image_alt", field=hero_image_alt()
        ),
        migrations.AddField(
            model_name="studyvisitreportpage", name="hero_image_alt", field=hero_image_alt()
        ),
    ]
