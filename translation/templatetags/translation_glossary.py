"""The glossary's terms beside each text in wagtail-localize's translation editor."""

from django import template
from django.templatetags.static import static
from django.utils.html import format_html, json_script
from django.utils.translation import gettext as _

from translation.glossary import terms_beside_texts

register = template.Library()


@register.simple_tag(takes_context=True)
def glossary_beside_texts(context):
    """The terms of each text of the translation being edited, as JSON, and the script that
    shows them beside the texts (static/js/translation-glossary.js)."""
    translation = context.get("translation")
    if translation is None:
        return ""
    return format_html(
        '{}<script src="{}" defer></script>',
        json_script(
            {"label": _("Glossary:"), "texts": terms_beside_texts(translation)},
            "translation-glossary-terms",
        ),
        static("js/translation-glossary.js"),
    )
