"""Factories for reports, practices, index pages and the thematic taxonomy."""

import datetime

import factory

from publication.models import (
    PracticeArticlePage,
    PracticeIndexPage,
    PublicationPage,
    StudyVisitIndexPage,
    StudyVisitReportPage,
    TargetGroup,
    ThematicArea,
)
from tests.home.factories import PageFactory, locale

SUMMARY = (
    "Partners from five cities spent three days in the host city, visiting a reception centre, "
    "a school with welcome classes and a neighbourhood house, and met twenty local organisations "
    "and residents with a migrant background to compare what helps newcomers settle."
)


class ThematicAreaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ThematicArea

    name = factory.Sequence(lambda n: f"Area {n}")
    locale = factory.LazyFunction(lambda: locale("en"))


class TargetGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TargetGroup

    name = factory.Sequence(lambda n: f"Group {n}")
    locale = factory.LazyFunction(lambda: locale("en"))


class StudyVisitIndexPageFactory(PageFactory):
    class Meta:
        model = StudyVisitIndexPage

    title = "Study visits"


class PracticeIndexPageFactory(PageFactory):
    class Meta:
        model = PracticeIndexPage

    title = "Practices"


class StudyVisitReportPageFactory(PageFactory):
    class Meta:
        model = StudyVisitReportPage

    title = factory.Sequence(lambda n: f"Study visit {n}")
    summary = SUMMARY
    start_date = factory.Sequence(lambda n: datetime.date(2021, 3, 1) + datetime.timedelta(n))
    end_date = factory.LazyAttribute(lambda page: page.start_date + datetime.timedelta(2))
    context = "<p>The host city receives many newcomers each year.</p>"


class PracticeArticlePageFactory(PageFactory):
    class Meta:
        model = PracticeArticlePage

    title = factory.Sequence(lambda n: f"Practice {n}")
    summary = SUMMARY
    implementing_organisation = "City social services"
    start_date = datetime.date(2019, 1, 1)
    purpose = "<p>Newcomers need one place to ask.</p>"
    how_it_works = factory.LazyFunction(
        lambda: [("paragraph", "<p>A desk open five days a week.</p>")]
    )


class PublicationPageFactory(PageFactory):
    class Meta:
        model = PublicationPage

    title = "Publication"
    intro = "<p>What we learnt from each other.</p>"
