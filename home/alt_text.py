"""Alternative text: every picture a reader sees has one.

A picture's description (Wagtail's `Image.description`) is its alternative text wherever it is
shown: hero and sharing images use it as it is, an image block uses it unless the block gives
its own. The admin's image form requires it (home/image_forms.py), and a page cannot be
submitted or published with a picture that has none (drafts can be saved, as with a required
field left empty)."""

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


def described(image):
    """Whether `image` has a description to use as its alternative text."""
    return bool((image.description or "").strip())


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
