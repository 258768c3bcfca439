"""Thematic areas and target groups as readers meet them: named, and made URL slugs, in their
language."""

from django.utils.text import slugify

from home.i18n import localized_list


def taxonomy_terms(model, locale):
    """{slug: (translation key, name)} of every thematic area (or target group), named and
    made a slug in `locale` where it has been translated, in display order: two queries."""
    first_of_each = {}
    for obj in model.objects.all():
        first_of_each.setdefault(obj.translation_key, obj)
    named = localized_list(first_of_each.values(), locale)
    named.sort(key=lambda obj: (obj.sort_order, obj.name.casefold()))
    terms = {}
    for obj in named:
        slug = base = slugify(obj.name, allow_unicode=True) or str(obj.translation_key)
        number = 2
        while slug in terms:  # two names that make the same slug
            slug, number = f"{base}-{number}", number + 1
        terms[slug] = (str(obj.translation_key), obj.name)
    return terms
