"""Atom and RSS feeds of the newest study-visit reports and practices of one language."""

from dataclasses import dataclass
from datetime import UTC, datetime

from django.contrib.syndication.views import Feed
from django.db.models import F
from django.http import Http404, HttpRequest
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from home.templatetags.navigation_tags import active_language, home_page
from publication.models import PracticeArticlePage, StudyVisitReportPage, cards

FEED_LENGTH = 20


@dataclass
class FeedSource:
    """What a feed is built from: the request (for the reader's host) and its language."""

    request: HttpRequest
    locale: Locale


def newest_articles(locale, limit=FEED_LENGTH):
    """The newest live, public reports and practices of one locale, by first publication, with
    their city and thematic areas: a fixed number of queries."""
    newest_first = F("first_published_at").desc(nulls_last=True)
    articles = [
        *cards(StudyVisitReportPage.objects.listing(locale).order_by(newest_first), locale, limit),
        *cards(PracticeArticlePage.objects.listing(locale).order_by(newest_first), locale, limit),
    ]
    oldest = datetime.min.replace(tzinfo=UTC)
    articles.sort(key=lambda page: page.first_published_at or oldest, reverse=True)
    return articles[:limit]


class ArticlesAtomFeed(Feed):
    """The newest study-visit reports and practices of the language in the URL, as Atom."""

    feed_type = Atom1Feed
    title = _("Welcoming Cities: study visits and practices")
    description = _("New study-visit reports and practices from the cities of the network.")
    subtitle = description

    def get_object(self, request):
        locale = Locale.objects.filter(language_code=active_language()).first()
        if locale is None:
            raise Http404("No content in this language.")
        return FeedSource(request, locale)

    def link(self, source):
        home = home_page(source.request)
        return (home and home.get_url(source.request)) or f"/{source.locale.language_code}/"

    def items(self, source):
        articles = newest_articles(source.locale)
        for article in articles:
            # The link must be built with the request, so that it carries the reader's host.
            article.feed_link = article.get_url(source.request)
        return articles

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.feed_link

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at or item.first_published_at

    def item_author_name(self, item):
        return item.city.title if item.city else None

    def item_categories(self, item):
        return [area.name for area in item.localized_thematic_areas]


class ArticlesRssFeed(ArticlesAtomFeed):
    """The same feed as RSS 2.0, for readers that do not take Atom."""

    feed_type = Rss201rev2Feed
