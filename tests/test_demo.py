"""The demo content: loaded once, translated through wagtail-localize, readable in every language
it exists in, and idempotent."""

import html
import re
from io import StringIO

from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.test import TestCase
from django.utils.html import strip_tags
from wagtail.images.models import Image
from wagtail.models import Collection, Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from home.models import HomePage, StandardPage
from partners.models import CityIndexPage, CityProfilePage
from publication.models import (
    PracticeArticlePage,
    PracticeIndexPage,
    PublicationPage,
    StudyVisitIndexPage,
    StudyVisitReportPage,
    ThematicArea,
)
from translation.models import GlossaryTerm

PARTNERS = {"Bremen": "de", "Ghent": "nl", "Bologna": "it", "Thessaloniki": "el"}


def text_of(response):
    """What a reader sees: the page's text without markup, entities decoded, spaces collapsed,
    and without the soft hyphens that show only where a long word breaks."""
    body = response.content.decode()
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
    return re.sub(r"\s+", " ", html.unescape(strip_tags(body))).replace("\u00ad", "")


def squash(value):
    return re.sub(r"\s+", " ", html.unescape(strip_tags(str(value)))).strip()


def blocks_of(stream, block_type):
    """The values of a StreamField's blocks of one type."""
    return [block.value for block in stream if block.block_type == block_type]


class DemoContentTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        out = StringIO()
        call_command("load_demo", stdout=out)
        cls.first_run = out.getvalue()

    def live(self, model):
        return model.objects.live().select_related("locale")

    def test_load_demo_twice_changes_nothing(self):
        counts = (
            GlossaryTerm.objects.count(),
            Page.objects.count(),
            Translation.objects.count(),
            StringTranslation.objects.count(),
            Image.objects.count(),
        )
        out = StringIO()
        call_command("load_demo", stdout=out)

        self.assertEqual(
            counts,
            (
                GlossaryTerm.objects.count(),
                Page.objects.count(),
                Translation.objects.count(),
                StringTranslation.objects.count(),
                Image.objects.count(),
            ),
        )
        self.assertIn("0 pages", out.getvalue().splitlines()[-1])
        self.assertIn("Glossary: up to date, skipped.", out.getvalue())

    def test_progress_and_a_summary_line_are_printed(self):
        lines = self.first_run.strip().splitlines()
        self.assertGreater(len(lines), 10)
        self.assertRegex(lines[-1], r"\d+ pages")

    def test_each_language_of_the_demo_has_its_home_page(self):
        languages = set(HomePage.objects.live().values_list("locale__language_code", flat=True))
        self.assertEqual(languages, {"en", "pl", "de", "nl", "it", "el"})

    def test_partner_pages_are_written_in_their_language_and_translated_into_en_and_pl(self):
        en, pl = Locale.objects.get(language_code="en"), Locale.objects.get(language_code="pl")
        for city, language in PARTNERS.items():
            with self.subTest(city=city):
                original = CityProfilePage.objects.get(locale__language_code=language)
                self.assertTrue(original.is_sample)
                self.assertEqual(original.get_translation(en).title, city)
                pages = [original, *original.get_children().specific()]
                self.assertGreaterEqual(len(pages), 4)  # profile, report, two practices
                for page in pages:
                    for target in (en, pl):
                        translation = Translation.objects.get(
                            source__object_id=page.translation_key, target_locale=target
                        )
                        segments = StringSegment.objects.filter(source=translation.source)
                        translated = StringTranslation.objects.filter(
                            translation_of__in=segments.values("string"),
                            context__in=segments.values("context"),
                            locale=target,
                        )
                        self.assertEqual(
                            segments.count(), translated.count(), f"{page} → {target}"
                        )
                        target_page = page.get_translation(target)
                        self.assertTrue(target_page.live)
                        if page.title != city:
                            self.assertNotEqual(target_page.title, page.title)

    def test_gdansk_is_written_in_polish_and_translated_into_english(self):
        gdansk_pl = CityProfilePage.objects.get(locale__language_code="pl", slug="gdansk")
        self.assertFalse(gdansk_pl.is_sample)
        source = Translation.objects.get(
            source__object_id=gdansk_pl.translation_key, target_locale__language_code="en"
        ).source
        self.assertEqual(source.locale.language_code, "pl")
        practices = PracticeArticlePage.objects.child_of(gdansk_pl)
        self.assertEqual(practices.count(), 2)

    def assert_renders(self, page, *values):
        response = self.client.get(page.url)
        self.assertEqual(response.status_code, 200, page.url)
        self.assertContains(response, f'<html lang="{page.locale.language_code}"')
        text = text_of(response)
        for value in (page.title, *values):
            value = squash(value)
            if value:
                self.assertIn(value[:60], text, f"{page.url} lacks {value[:60]!r}")
        return text

    def test_every_city_profile_renders_its_fields_in_each_language(self):
        for page in self.live(CityProfilePage):
            with self.subTest(page=page.url):
                figures = [block.value["label"] for block in page.key_figures]
                charts = [block.value["title"] for block in page.statistics]
                self.assert_renders(
                    page,
                    page.summary,
                    page.tagline,
                    page.key_findings,
                    page.distinctive,
                    page.policy_focus,
                    page.key_factors,
                    page.responsible_office,
                    *figures,
                    *charts,
                )

    def test_every_report_renders_its_fields_in_each_language(self):
        for page in self.live(StudyVisitReportPage):
            with self.subTest(page=page.url):
                sessions = [block.value["title"] for block in page.programme]
                self.assertGreaterEqual(len(sessions), 3)
                self.assert_renders(
                    page,
                    page.summary,
                    page.context,
                    page.meeting_participants,
                    page.meeting_discussion,
                    page.key_findings,
                    page.strengths,
                    page.challenges,
                    page.next_actions,
                    page.transferability,
                    *sessions,
                )

    def test_every_report_has_text_and_a_chart_in_its_body_in_each_language(self):
        for page in self.live(StudyVisitReportPage):
            with self.subTest(page=page.url):
                paragraphs = blocks_of(page.body, "paragraph")
                charts = blocks_of(page.body, "chart")
                self.assertTrue(paragraphs)
                self.assertEqual(len(charts), 1)
                chart = charts[0]
                html_page = html.unescape(self.client.get(page.url).content.decode())
                svg = re.search(r'<svg class="chart-block__svg".*?</svg>', html_page, re.S)
                self.assertIsNotNone(svg, f"{page.url} draws no chart")
                drawn = re.findall(r'class="chart-block__label"[^>]*>(.*?)</text>', svg.group(0))
                self.assertEqual(drawn, [item["label"] for item in chart["data"]])
                self.assert_renders(page, chart["title"], chart["value_label"], *paragraphs)

    def test_a_translated_report_draws_its_chart_with_translated_labels_and_same_figures(self):
        for city, language in PARTNERS.items():
            with self.subTest(city=city):
                original = StudyVisitReportPage.objects.get(locale__language_code=language)
                english = original.get_translation(Locale.objects.get(language_code="en"))
                (source,) = blocks_of(original.body, "chart")
                (translated,) = blocks_of(english.body, "chart")
                self.assertNotEqual(translated["title"], source["title"])
                self.assertNotEqual(
                    [item["label"] for item in translated["data"]],
                    [item["label"] for item in source["data"]],
                )
                self.assertEqual(
                    [item["value"] for item in translated["data"]],
                    [item["value"] for item in source["data"]],
                )
                text = text_of(self.client.get(english.url))
                for item in translated["data"]:
                    self.assertIn(item["label"], text)

    def test_every_practice_renders_its_fields_in_each_language(self):
        for page in self.live(PracticeArticlePage):
            with self.subTest(page=page.url):
                self.assert_renders(
                    page,
                    page.summary,
                    page.implementing_organisation,
                    page.purpose,
                    page.evaluation,
                    page.how_to_repeat,
                )

    def test_index_publication_standard_and_home_pages_render_in_each_language(self):
        for model in (
            HomePage,
            StandardPage,
            CityIndexPage,
            StudyVisitIndexPage,
            PracticeIndexPage,
            PublicationPage,
        ):
            pages = self.live(model)
            self.assertEqual(
                {page.locale.language_code for page in pages},
                {"en", "pl", "de", "nl", "it", "el"},
                model.__name__,
            )
            for page in pages:
                with self.subTest(page=page.url):
                    self.assert_renders(page, getattr(page, "intro", ""))

    def test_the_english_listing_shows_every_report_in_english(self):
        reports = StudyVisitIndexPage.objects.get(locale__language_code="en")
        text = text_of(self.client.get(reports.url))
        english_reports = StudyVisitReportPage.objects.live().filter(locale__language_code="en")
        self.assertEqual(english_reports.count(), 4)
        for report in english_reports:
            self.assertIn(report.title, text)

    def test_publication_compiles_the_reports_in_the_readers_language(self):
        publication = PublicationPage.objects.get(locale__language_code="pl")
        text = text_of(self.client.get(publication.url))
        for report in StudyVisitReportPage.objects.live().filter(locale__language_code="pl"):
            self.assertIn(report.title, text)

    def test_the_menu_names_the_publication_by_its_short_title_in_each_language(self):
        short = {
            "en": "Publication",
            "pl": "Publikacja",
            "de": "Publikation",
            "nl": "Publicatie",
            "it": "Pubblicazione",
            "el": "Έκδοση",
        }
        for publication in self.live(PublicationPage):
            language = publication.locale.language_code
            with self.subTest(language=language):
                self.assertEqual(publication.menu_title, short[language])
                html = self.client.get(publication.url).content.decode()
                menu = re.search(r'<nav class="main-nav".*?</nav>', html, re.S).group(0)
                self.assertIn(f">{short[language]}</a>", menu)
                self.assertNotIn(publication.title, menu)
                self.assertIn(publication.title, squash(re.search(r"<h1.*?</h1>", html, re.S)[0]))

    def test_a_database_loaded_before_menu_titles_gets_them_in_every_language(self):
        english = PublicationPage.objects.get(locale__language_code="en")
        for publication in PublicationPage.objects.all():
            publication.menu_title = ""
            publication.save_revision().publish()

        out = StringIO()
        call_command("load_demo", stdout=out)

        titles = dict(
            PublicationPage.objects.live().values_list("locale__language_code", "menu_title")
        )
        self.assertEqual(titles["en"], "Publication")
        self.assertEqual(titles["pl"], "Publikacja")
        self.assertEqual(titles["el"], "Έκδοση")
        self.assertEqual(
            PublicationPage.objects.get(pk=english.pk).title,
            "Welcoming Cities: what we learnt from each other",
        )
        (line,) = [line for line in out.getvalue().splitlines() if "Publication: " in line]
        self.assertIn("exists; translated into pl, de, nl, it, el", line)

    def test_the_glossary_has_the_areas_the_model_and_the_organisations_names(self):
        """Loaded with the rest of the demo (no load of its own: the load is slow)."""
        terms = {
            (source, target, term): translation
            for source, target, term, translation in GlossaryTerm.objects.values_list(
                "source_language", "target_language", "term", "translation"
            )
        }
        for code in ("de", "nl", "it", "el", "pl"):
            areas = ThematicArea.objects.filter(locale__language_code=code)
            self.assertEqual(areas.count(), 11)
            for area in areas:
                english = ThematicArea.objects.get(
                    translation_key=area.translation_key, locale__language_code="en"
                )
                if area.name.lower() == english.name.lower():
                    # "Sport" is "Sport": nothing to translate.
                    self.assertNotIn((code, "en", area.name), terms)
                else:
                    self.assertEqual(terms[(code, "en", area.name)], english.name)
        self.assertEqual(terms[("de", "pl", "Bildung")], "Edukacja")
        self.assertEqual(terms[("en", "pl", "Education")], "Edukacja")
        model = "Immigrant Integration Model"
        self.assertEqual(terms[("pl", "en", "Model Integracji Imigrantów")], model)
        self.assertEqual(terms[("nl", "en", "Integratiemodel voor Immigranten")], model)
        self.assertEqual(
            terms[("pl", "en", "Wydział Rozwoju Społecznego Urzędu Miejskiego w Gdańsku")],
            "Department of Social Development, Gdańsk City Hall",
        )
        self.assertIn("Glossary: ", self.first_run)

    def test_thematic_areas_appear_in_the_pages_language(self):
        report_pl = StudyVisitReportPage.objects.live().filter(locale__language_code="pl").first()
        areas = report_pl.thematic_areas.all()
        self.assertTrue(areas)
        text = text_of(self.client.get(report_pl.url))
        for area in areas:
            polish = ThematicArea.objects.get(
                translation_key=area.translation_key, locale__language_code="pl"
            )
            english = ThematicArea.objects.get(
                translation_key=area.translation_key, locale__language_code="en"
            )
            self.assertIn(polish.name, text)
            if english.name != polish.name:
                self.assertNotIn(english.name, text)

    def test_sample_partner_content_is_labelled(self):
        bremen_en = CityProfilePage.objects.get(locale__language_code="en", title="Bremen")
        report = StudyVisitReportPage.objects.child_of(bremen_en).live().first()
        for page in (bremen_en, report):
            self.assertIn("Sample content", text_of(self.client.get(page.url)))
        gdansk = CityProfilePage.objects.get(locale__language_code="en", slug="gdansk")
        self.assertNotIn("Sample content", text_of(self.client.get(gdansk.url)))
        # The flag is the pages' own: a page a partner writes under a sample city has none.
        for model in (StudyVisitReportPage, PracticeArticlePage):
            self.assertTrue(all(page.is_sample for page in model.objects.child_of(bremen_en)))
            self.assertFalse(any(page.is_sample for page in model.objects.child_of(gdansk)))

    def test_pictures_are_described_and_where_their_partners_choose_them(self):
        self.assertFalse(Image.objects.filter(description="").exists())
        bremen = CityProfilePage.objects.get(locale__language_code="de", slug="bremen")
        gdansk = CityProfilePage.objects.filter(slug="gdansk").first()
        home = HomePage.objects.get(locale__language_code="en")
        self.assertEqual(bremen.hero_image.collection.name, "Bremen")
        self.assertEqual(gdansk.hero_image.collection.name, "Network pictures")
        self.assertEqual(home.hero_image.collection.name, "Network pictures")
        # The German page describes its picture in German; the picture's own description, in
        # the library, is English.
        page = self.client.get(bremen.url).content.decode()
        self.assertIn(
            'alt="Illustration: ein Hafen mit Kränen und Booten vor einer Häuserzeile."', page
        )
        self.assertNotIn(f'alt="{bremen.hero_image.description}"', page)

    def test_pictures_of_an_earlier_run_move_to_their_collections(self):
        """Earlier runs put every picture, undescribed, in one "Demo pictures" collection."""
        old = Collection.get_first_root_node().add_child(name="Demo pictures")
        Image.objects.update(collection=old, description="")

        call_command("load_demo", stdout=StringIO())

        self.assertFalse(Collection.objects.filter(name="Demo pictures").exists())
        self.assertFalse(Image.objects.filter(description="").exists())
        bremen = CityProfilePage.objects.get(locale__language_code="de", slug="bremen")
        self.assertEqual(bremen.hero_image.collection.name, "Bremen")

    def test_partners_get_their_group_and_workflow_and_accounts_only_when_asked(self):
        for city, language in PARTNERS.items():
            group = Group.objects.get(name=f"{city} editors")
            pages = {p.page.specific for p in group.page_permissions.select_related("page")}
            self.assertEqual({page.locale.language_code for page in pages}, {language})
            self.assertEqual({page.get_workflow().name for page in pages}, {"Partner submission"})
        self.assertFalse(Group.objects.filter(name="Gdańsk editors", user__isnull=False))
        self.assertIn("no demo accounts", self.first_run)

        out = StringIO()
        call_command("load_demo", "--with-accounts", stdout=out)

        for username, group in [("gdansk-editor", "Gdańsk editors")] + [
            (f"{city.lower()}-editor", f"{city} editors") for city in PARTNERS
        ]:
            user = User.objects.get(username=username)
            self.assertEqual([g.name for g in user.groups.all()], [group])
            self.assertTrue(user.check_password("welcome"))
            self.assertIn(f"Demo account {username}", out.getvalue())
