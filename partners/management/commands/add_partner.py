"""`python manage.py add_partner --city Bremen --country DE --language de [--editor-email ...]`:
everything a new partner city needs, in one step."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from home.languages import is_open, language_name
from home.slugs import slugify
from partners import roles
from partners.models import CityIndexPage, CityProfilePage, Country
from translation.localize import translate_page


class Command(BaseCommand):
    """Onboards a partner city: its locale, its unpublished CityProfilePage, its editors group
    and picture collection, the "Partner submission" workflow on its pages and, optionally, its
    editor's account; running it again changes nothing."""

    help = (
        "Add a partner city: the locale if missing, the city's profile page (unpublished, in "
        "its language), the '<City> editors' group, its collection, the 'Partner submission' "
        "workflow and optionally an editor account with a link to set its password. "
        "Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument("--city", required=True, help="The city's name, e.g. Bremen.")
        parser.add_argument("--country", required=True, help="Two-letter code, e.g. DE.")
        parser.add_argument(
            "--language", required=True, help="The language the partner writes in, e.g. de."
        )
        parser.add_argument(
            "--editor-email",
            help="Create (or reuse) the account <city>-editor with this e-mail address.",
        )

    def handle(self, *args, **options):
        city, slug, country, language, email = self.validate(options)
        self.changes = []
        with transaction.atomic():
            locale, created = Locale.objects.get_or_create(language_code=language)
            if created:
                self.change(f"created the locale {language!r}")
            profile = self.find_profile(city, slug, country, locale)
            if profile is None:
                profile = self.create_profile(city, slug, country, locale)
            else:
                self.stdout.write(f"Found the profile {profile.title!r} ({language}).")
            group, changes = roles.onboard_partner(profile, city)
            for change in changes:
                self.change(change)
            user = None
            if email:
                user, changes = roles.ensure_account(f"{slug}-editor", group, email=email)
                for change in changes:
                    self.change(change)

        if user is not None and not user.has_usable_password():
            self.stdout.write(
                f"Send {user.email} this link to set the password of {user.username} "
                f"(it works once, for a few days):\n  {roles.password_set_link(user)}"
            )
        if not is_open(language):
            self.stdout.write(
                f"{language_name(language)} ({language}) is not open to readers yet: its pages "
                "are written and previewed in the admin only. Open it in Settings → Locales, or "
                f"with `manage.py site_languages open {language}`, once its pages are ready."
            )
        summary = f"Partner {city} ({country}, {language})"
        if self.changes:
            self.stdout.write(
                self.style.SUCCESS(f"{summary}: {len(self.changes)} change(s) made.")
            )
        else:
            self.stdout.write(self.style.SUCCESS(f"{summary}: already set up, nothing changed."))

    def change(self, text):
        self.changes.append(text)
        self.stdout.write(f"- {text}.")

    def validate(self, options):
        """The cleaned arguments, or a CommandError saying what is wrong and what is allowed."""
        city = options["city"].strip()
        slug = slugify(city)
        if not slug:
            raise CommandError(
                f"--city {city!r} has no Latin letters or digits to make a web address from; "
                "give the name in Latin letters (e.g. Thessaloniki); editors can retitle the "
                "page in their own script."
            )
        if slug == roles.LEAD_CITY_SLUG:
            raise CommandError(
                f"{city} leads the network: its pages belong to the {roles.GDANSK_EDITORS!r} "
                "group, not to a partner group."
            )
        country = options["country"].strip().upper()
        if country not in Country.values:
            raise CommandError(
                f"Unknown --country {options['country']!r}; use one of "
                f"{', '.join(Country.values)}."
            )
        language = options["language"].strip().lower()
        languages = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
        if language not in languages:
            raise CommandError(
                f"Unknown --language {options['language']!r}; the site can have "
                f"{', '.join(languages)} (settings.LANGUAGE_NAMES)."
            )
        email = (options["editor_email"] or "").strip()
        if options["editor_email"] is not None:
            try:
                validate_email(email)
            except ValidationError:
                raise CommandError(f"--editor-email {email!r} is not an e-mail address.") from None
        return city, slug, Country(country).value, language, email

    def find_profile(self, city, slug, country, locale):
        """The partner's existing profile in `locale`, or None; a CommandError when the city is
        already there in another country or written in another language."""
        candidates = CityProfilePage.objects.filter(Q(slug=slug) | Q(title__iexact=city))
        for candidate in candidates.select_related("locale"):
            if candidate.country != country:
                raise CommandError(
                    f"{candidate.title} already has a profile in another country "
                    f"({Country(candidate.country).label}, {candidate.country}): "
                    "check --city and --country."
                )
            source_language = self.source_language(candidate)
            if source_language != locale.language_code:
                raise CommandError(
                    f"{candidate.title} ({candidate.country}) is already a partner writing in "
                    f"{source_language!r}; run add_partner with --language {source_language}."
                )
            return candidate.get_translation(locale)
        return None

    def source_language(self, page):
        """The language a page was written in: the source of its wagtail-localize translations,
        or its own when it has none."""
        source = TranslationSource.objects.filter(
            object_id=page.translation_key,
            specific_content_type=ContentType.objects.get_for_model(CityProfilePage),
        ).first()
        return (source.locale if source else page.locale).language_code

    def create_profile(self, city, slug, country, locale):
        """The partner's profile: a draft, so that nothing is public until Gdańsk approves it."""
        index = self.city_index(locale)
        with translation.override(locale.language_code):
            summary = gettext("%(city)s: the city's profile, to be written by its editors.") % {
                "city": city
            }
        profile = CityProfilePage(
            title=city, slug=slug, country=country, summary=summary, live=False, locale=locale
        )
        index.add_child(instance=profile)
        profile.save_revision()
        self.change(f"created the draft profile {city!r} under {index.url_path!r}")
        return profile

    def city_index(self, locale):
        """The locale's CityIndexPage, translated from the English one (with the home page above
        it) through wagtail-localize if it is missing."""
        index = CityIndexPage.objects.filter(locale=locale).first()
        if index is not None:
            return index
        source = CityIndexPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
        if source is None:
            raise CommandError(
                "The site has no English city index page to translate for the new language; "
                "add a 'Cities' page under the English home page (or run load_demo) first."
            )
        home = source.get_parent().specific
        if home.get_translation_or_none(locale) is None:
            # Home pages of all languages are siblings under the root: "home-fr", as for the
            # others, rather than wagtail-localize's "home-1".
            translate_page(home, locale, slug=f"{home.slug}-{locale.language_code}")
            self.change(f"translated the home page into {locale.language_code!r}")
        index = translate_page(source, locale)
        self.change(f"translated the city index page into {locale.language_code!r}")
        return index
