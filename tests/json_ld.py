"""Checks of the site's schema.org JSON-LD against a small, written-down part of the schema.org
vocabulary: the types the site uses and the properties each may carry (its own and those it
inherits), as schema.org defines them (https://schema.org/docs/full.html). A type or property
the site starts using is added here once it has been checked on schema.org; a misspelt or
invented one fails."""

import datetime
import re

# Properties by where schema.org defines them; each type below gets its own and its parents'.
THING = {
    "@id",
    "alternateName",
    "description",
    "identifier",
    "image",
    "mainEntityOfPage",
    "name",
    "potentialAction",
    "sameAs",
    "subjectOf",
    "url",
}
CREATIVE_WORK = THING | {
    "about",
    "abstract",
    "audience",
    "author",
    "citation",
    "contentLocation",
    "copyrightYear",
    "creator",
    "dateCreated",
    "dateModified",
    "datePublished",
    "genre",
    "hasPart",
    "headline",
    "inLanguage",
    "isPartOf",
    "keywords",
    "license",
    "mainEntity",
    "publisher",
    "spatialCoverage",
    "temporalCoverage",
    "text",
    "thumbnailUrl",
    "translationOfWork",
    "translator",
    "workTranslation",
}
WEB_PAGE = CREATIVE_WORK | {
    "breadcrumb",
    "lastReviewed",
    "mainContentOfPage",
    "primaryImageOfPage",
    "relatedLink",
    "significantLink",
    "speakable",
}
ORGANIZATION = THING | {
    "address",
    "areaServed",
    "contactPoint",
    "department",
    "email",
    "founder",
    "foundingDate",
    "funder",
    "knowsLanguage",
    "legalName",
    "location",
    "logo",
    "member",
    "memberOf",
    "parentOrganization",
    "sponsor",
    "subOrganization",
    "telephone",
}
PLACE = THING | {
    "address",
    "containedInPlace",
    "containsPlace",
    "geo",
    "hasMap",
    "latitude",
    "longitude",
    "photo",
    "telephone",
}
ITEM_LIST = THING | {"itemListElement", "itemListOrder", "numberOfItems"}

PROPERTIES = {
    "Thing": THING,
    "CreativeWork": CREATIVE_WORK,
    "WebPage": WEB_PAGE,
    "CollectionPage": WEB_PAGE,
    "SearchResultsPage": WEB_PAGE,
    "AboutPage": WEB_PAGE,
    "WebSite": CREATIVE_WORK | {"issn"},
    "Article": CREATIVE_WORK | {"articleBody", "articleSection", "wordCount", "speakable"},
    "Report": CREATIVE_WORK
    | {"articleBody", "articleSection", "wordCount", "speakable", "reportNumber"},
    "Dataset": CREATIVE_WORK
    | {"distribution", "includedInDataCatalog", "measurementTechnique", "variableMeasured"},
    "ImageObject": CREATIVE_WORK
    | {"caption", "contentUrl", "embedUrl", "encodingFormat", "height", "width"},
    "Organization": ORGANIZATION,
    "GovernmentOrganization": ORGANIZATION,
    "NGO": ORGANIZATION,
    "Place": PLACE,
    "AdministrativeArea": PLACE,
    "City": PLACE,
    "Country": PLACE,
    "PostalAddress": THING
    | {
        "addressCountry",
        "addressLocality",
        "addressRegion",
        "postalCode",
        "postOfficeBoxNumber",
        "streetAddress",
        # from ContactPoint
        "areaServed",
        "availableLanguage",
        "contactType",
        "email",
        "telephone",
    },
    "GeoCoordinates": THING
    | {"address", "addressCountry", "elevation", "latitude", "longitude", "postalCode"},
    "ItemList": ITEM_LIST,
    "BreadcrumbList": ITEM_LIST,
    "ListItem": THING | {"item", "nextItem", "position", "previousItem"},
}
KNOWN_TYPES = set(PROPERTIES)

# What an untyped node (a reference with a few facts, such as a translation's language) is
# checked as: the type schema.org expects under the property that holds it.
RANGES = {
    "about": "Thing",
    "address": "PostalAddress",
    "breadcrumb": "BreadcrumbList",
    "geo": "GeoCoordinates",
    "image": "ImageObject",
    "isPartOf": "CreativeWork",
    "item": "Thing",
    "logo": "ImageObject",
    "mainEntity": "Thing",
    "publisher": "Organization",
    "translationOfWork": "CreativeWork",
    "workTranslation": "CreativeWork",
}

URL_PROPERTIES = {"@id", "url", "item", "logo", "image", "contentUrl", "sameAs"}
DATE_PROPERTIES = {"dateCreated", "dateModified", "datePublished", "lastReviewed"}
LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
ABSOLUTE_URL = re.compile(r"^https?://[^\s/]+/\S*$")


def document_problems(document):
    """What is wrong with one JSON-LD document (one script element's data), as messages."""
    if not isinstance(document, dict):
        return [f"a JSON-LD document is a {type(document).__name__}, not an object"]
    problems = []
    if document.get("@context") != "https://schema.org":
        problems.append(f"@context is {document.get('@context')!r}, not 'https://schema.org'")
    nodes = document.get("@graph", [{k: v for k, v in document.items() if k != "@context"}])
    if not isinstance(nodes, list) or not nodes:
        return [*problems, "@graph is not a list of nodes"]
    for node in nodes:
        problems += node_problems(node, "@graph", expected=None)
    return problems


def node_problems(node, where, expected):
    """The problems of a node and everything inside it; `expected` is the type an untyped node
    is taken for (None at the top of the graph, where every node needs a type)."""
    if not isinstance(node, dict):
        return [f"{where}: {node!r} is not a node"]
    types = node.get("@type", expected)
    if types is None:
        return [f"{where}: a node without @type"]
    types = types if isinstance(types, list) else [types]
    problems = []
    allowed = set()
    for name in types:
        if name not in KNOWN_TYPES:
            problems.append(f"{where}: @type {name!r} is not one of the known schema.org types")
        allowed |= PROPERTIES.get(name, set())
    label = "/".join(str(name) for name in types)
    for key, value in node.items():
        if key in ("@type", "@context"):
            continue
        if key not in allowed and all(name in KNOWN_TYPES for name in types):
            problems.append(f"{where}: {key!r} is not a schema.org property of {label}")
        for index, item in enumerate(value if isinstance(value, list) else [value]):
            path = f"{where}.{key}" + (f"[{index}]" if isinstance(value, list) else "")
            if isinstance(item, dict):
                problems += node_problems(item, path, RANGES.get(key, "Thing"))
            else:
                problems += value_problems(key, item, path)
    return problems


def value_problems(key, value, where):
    if key in URL_PROPERTIES and not (isinstance(value, str) and ABSOLUTE_URL.match(value)):
        return [f"{where}: {value!r} is not an absolute URL"]
    if key == "inLanguage" and not (isinstance(value, str) and LANGUAGE.match(value)):
        return [f"{where}: {value!r} is not a language code"]
    if key in DATE_PROPERTIES:
        try:
            datetime.datetime.fromisoformat(str(value))
        except ValueError:
            return [f"{where}: {value!r} is not an ISO 8601 date"]
    if key == "position" and not (isinstance(value, int) and value >= 1):
        return [f"{where}: position {value!r} is not a whole number from 1"]
    if value in ("", None):
        return [f"{where}: empty"]
    return []


def nodes_of_type(documents, name):
    """The top-level nodes of the given @type in a page's JSON-LD documents."""
    found = []
    for document in documents:
        for node in document.get("@graph", [document]):
            types = node.get("@type")
            if name == types or (isinstance(types, list) and name in types):
                found.append(node)
    return found
