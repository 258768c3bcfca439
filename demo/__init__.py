"""Demo content for `python manage.py load_demo`.

The content lives in `demo/content/` as plain Python data, one module per city plus
`site.py` for the pages and taxonomies every language shares. The loader creates each page in its
source language and translates it through wagtail-localize, so every translation has real
translation records (source, segments, string translations).

How the loader pairs a translation with its source
--------------------------------------------------
A page's data holds one dict per language with *exactly the same shape*: the same keys, the same
number of list items and blocks, the same number of paragraphs (`<p>`, `<li>`) in every rich-text
value. The loader builds the source page from the source language's dict, builds the same page in
memory from each target language's dict, extracts wagtail-localize segments from both and pairs
them by position. A shape mismatch is an error naming the page and field.

Values that are synchronised rather than translated (dates, numbers, e-mail addresses, URLs,
choices, coordinates) sit outside the language dicts and are written once.

site.py
-------
LANGUAGES = ["en", "pl", "de", "nl", "it", "el"]     # source of site pages is "en"

TAXONOMY = {
    "thematic_areas": [       # the 11 areas of the Immigrant Integration Model, in order
        {"key": "education", "en": {"name": ..., "description": ...}, "pl": {...}, ...},
    ],
    "target_groups": [{"key": "children-youth", "en": {"name": ...}, ...}],
    "policy_categories": [{"key": "social-rights", "en": {"name": ...}, ...}],   # the four
    "networks": [{"key": "eurocities", "website": "https://eurocities.eu/",
                  "en": {"name": "EUROCITIES"}, ...}],
}

PAGES = {   # each in all six languages; "slug" inside every language dict
    "home":         {"en": {"slug", "title", "intro", "body": [blocks]}, "pl": {...}, ...},
    "cities":       {"en": {"slug", "title", "intro"}, ...},        # CityIndexPage
    "comparison":   {"en": {"slug", "title", "intro"}, ...},        # CityComparisonPage
    "study_visits": {"en": {"slug", "title", "intro"}, ...},        # StudyVisitIndexPage
    "practices":    {"en": {"slug", "title", "intro"}, ...},        # PracticeIndexPage
    "publication":  {"en": {"slug", "title", "intro": "<p>..</p>", "closing": [blocks]}, ...},
    "about":        {"en": {"slug", "title", "intro", "body": [blocks]}, ...},  # StandardPage
    "funding":      {...},                                                      # StandardPage
    "privacy":      {...},                                                      # StandardPage
}

<city>.py
---------
CITY = {
    "key": "bremen",                     # also the image seed and the visiting-city reference
    "language": "de",                    # the source language the partner writes in
    "translations": ["en", "pl"],        # translated through wagtail-localize
    "sample": True,                      # sample content, labelled as such on the site
    "country": "DE", "latitude": "53.079296", "longitude": "8.801694",
    "colour": "#1f6f8b",                 # main colour of the generated pictures
    "organisations": [                   # PartnerOrganisation snippets
        {"key": "bremen-social", "website": "https://...",
         "de": {"name": ..., "description": ...}, "en": {...}, "pl": {...}},
    ],
    "profile": {                         # CityProfilePage
        "contact_email": ..., "contact_phone": ..., "website": ..., "last_revised": "2021-06-30",
        "organisations": ["bremen-social"], "networks": ["eurocities"],
        "policy_categories": ["social-rights", "reception"],
        "image": {"motif": "harbour"},   # see images.py for the motifs
        "de": {
            "slug", "title", "tagline", "summary",
            "key_findings": "<ol><li>..</li></ol>", "distinctive": "<p>..</p>",
            "policy_focus": "<p>..</p>", "key_factors": "<p>..</p>",
            "responsible_office", "address", "contact_name",
            "key_figures": [{"measure": "population", "value": "569,000", "label": ...,
                             "year": 2020, "source": ...}],   # measure: see partners/blocks.py
            "statistics": [{"title", "description", "value_label", "source",
                            "data": [{"label": "2015", "value": 5200}, ...]}],
        },
        "en": {...}, "pl": {...},
    },
    "report": {                          # StudyVisitReportPage (optional for Gdańsk)
        "start_date": "2021-04-12", "end_date": "2021-04-14", "contact_email": ...,
        "thematic_areas": ["housing"], "target_groups": ["refugees"],
        "host_organisations": ["bremen-social"],
        "visiting_cities": ["gdansk", "ghent"],
        "practices": [0, 1],             # indexes into this city's "practices"
        "image": {"motif": "meeting"}, "gallery": [{"motif": "walk"}, {"motif": "table"}],
        "de": {
            "slug", "title", "summary", "context",
            "body": [blocks],            # the report's text: paragraphs, a chart, a quote, ...
            "programme": [{"date": "2021-04-12", "start_time": "09:30", "end_time": "11:00",
                           "place", "title", "description"}],
            "meeting_participants", "meeting_discussion", "key_findings", "strengths",
            "challenges", "next_actions", "transferability", "authors",
            "gallery": [{"alt_text", "caption", "credit"}],   # one per "gallery" picture
        },
        "en": {...}, "pl": {...},
    },
    "practices": [                       # PracticeArticlePage, usually two
        {"start_date": "2016-09-01", "end_date": None, "status": "regular",
         "people_reached": 1200, "contact_email": ...,
         "thematic_areas": [...], "target_groups": [...], "image": {"motif": "classroom"},
         "de": {"slug", "title", "summary", "implementing_organisation", "partners", "purpose",
                "how_it_works": [blocks], "results": [blocks], "evaluation", "beneficiaries",
                "funding", "how_to_repeat", "links": [{"title": ..., "url": ...}],
                "contact_name"},
         "en": {...}, "pl": {...}},
    ],
}

Blocks (body StreamFields) are lists of {"type": ..., "value": ...}:
    {"type": "paragraph", "value": "<p>..</p>"}
    {"type": "quote", "value": {"quote": ..., "attribution": ...}}
    {"type": "key_figures", "value": {"heading": ..., "figures": [{"value", "label", "year",
                                                                    "source"}]}}
    {"type": "chart", "value": {"title", "description", "value_label", "source",
                                "data": [{"label", "value"}]}}
    {"type": "callout", "value": {"heading": ..., "text": "<p>..</p>"}}
    {"type": "table", "value": {"caption": ..., "header": [..], "rows": [[..], [..]]}}
    {"type": "image", "value": {"motif": ..., "alt_text": ..., "caption": ..., "credit": ...}}
"""
