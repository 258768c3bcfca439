from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0005_language_opening"),
    ]

    operations = [
        migrations.AddField(
            model_name="homepage",
            name="hero_image_alt",
            field=models.CharField(
                blank=True,
                help_text="What the picture shows, in this page's language, for people who cannot see it; it is translated with the page. Leave empty to use the picture's own description.",
                max_length=250,
                verbose_name="Description of the hero image",
            ),
        ),
    ]
