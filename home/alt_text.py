"""Alternative text: every picture a reader sees has one.

A picture's description (Wagtail's `Image.description`) is its alternative text wherever it is
shown: hero and sharing images use it as it is, an image block uses it unless the block gives
its own. The admin's image form requires it (home/image_forms.py), and a page cannot be
submitted or published with a picture that has none (drafts can be saved, as with a required
field left empty).

A picture is one for every language, and so is its description: it is written in the site's
main language (settings.LANGUAGE_CODE). What a page says about its picture is translated with the
page: the hero image's own description (`hero_image_alt`) and an image block's alternative text
are text segments of the page, translated like its other words (translation memory and glossary
included). Where a page has no description of its own, the picture's is shown marked with its
language (`lang`), so that a screen reader reads it with the right rules (WCAG 2.1, SC 3.1.2)."""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.images import get_image_model

DESCRIPTION_LABEL = _("Description (alternative text)")
DESCRIPTION_HELP = _(
    "What the picture shows, for people who cannot see it. Pages use it as the picture's "
    "alternative text unless they give their own."
)
DESCRIPTION_REQUIRED = _(
    "Describe the picture: pages show this description to people who cannot see it."
)


HERO_DESCRIPTION_LABEL = _("Description of the hero image")
HERO_DESCRIPTION_HELP = _(
    "What the picture shows, in this page's language, for people who cannot see it; it is "
    "translated with the page. Leave empty to use the picture's own description."
)


def described(image):
    """Whether `image` has a description to use as its alternative text."""
    return bool((image.description or "").strip())


def description_language(image):
    """The language a picture's own description is written in: the site's main language, the
    language of the picture library every page shares."""
    return settings.LANGUAGE_CODE


def base_language(code):
    return (code or "").lower().split("-")[0]


@dataclass(frozen=True)
class AltText:
    """A picture's alternative text where it is shown, and the language to mark it with: None
    when it is in the language of the page around it."""

    text: str
    lang: str | None = None

    def __str__(self):
        return self.text


def alt_text(image, own_text="", language=None):
    """The alternative text of `image` on a page in `language` (default: the active one): the
    text the page or block gives for it, which is in the page's language; else the picture's own
    description, with its language where that is not the page's."""
    own = (own_text or "").strip()
    if own:
        return AltText(own)
    if image is None or not described(image):
        return AltText("")
    written_in = description_language(image)
    if base_language(written_in) == base_language(language or get_language()):
        return AltText(image.description.strip())
    return AltText(image.description.strip(), written_in)


class DescribedPicturesPageForm(WagtailAdminPageForm):
    """Refuses, on submit and publish, a picture chosen for a page field (hero image, social
    image) that has no description, with a message naming the field."""

    def clean(self):
        cleaned_data = super().clean()
        if self.is_deferred_validation:
            return cleaned_data  # a draft: checked like a required field, when submitted
        image_model = get_image_model()
        for name, field in self.fields.items():
            image = cleaned_data.get(name)
            if isinstance(image, image_model) and not described(image):
                self.add_error(
                    name,
                    _(
                        "The picture chosen for “%(field)s” needs a description (alternative "
                        "text) for people who cannot see it: add one to the picture under "
                        "Images, or choose another picture."
                    )
                    % {"field": field.label},
                )
        return cleaned_data
