from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from config.api import api_router
from config.health import healthz
from home import media, sitemap
from partners import admin_views as partner_admin_views
from publication.feeds import ArticlesAtomFeed, ArticlesRssFeed
from search import views as search_views

# Outside the language prefixes: admin, documents, the language-switch endpoint, the API, the
# sitemap (it names every language), robots.txt and the health check.
urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("django-admin/", admin.site.urls),
    # Wagtail's page types report for publishers only (partners/admin_views.py).
    path("admin/", include(partner_admin_views.urlpatterns)),
    path("admin/", include(wagtailadmin_urls)),
    # A private collection's document that a live page uses is public (home/media.py).
    path("documents/<int:document_id>/<str:document_filename>", media.serve_document),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", sitemap.sitemap, name="sitemap"),
    path("sitemap-<int:section>.xml", sitemap.sitemap, name="sitemap_part"),
    path("robots.txt", sitemap.robots_txt, name="robots_txt"),
    # Copies of pictures, to whoever may see the picture (home/media.py); the uploaded
    # originals and documents' files are never served from /media/.
    re_path(r"^media/images/(?P<path>[^/]+)$", media.serve_rendition, name="rendition"),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

# Every public page lives under its language: /en/..., /pl/..., /de/...
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("feed/", ArticlesAtomFeed(), name="feed"),
    path("feed/rss/", ArticlesRssFeed(), name="feed_rss"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
