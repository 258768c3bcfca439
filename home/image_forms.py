"""The admin's image form (WAGTAILIMAGES_IMAGE_FORM_BASE): a picture cannot be saved without a
description, because pages show it as the picture's alternative text (home/alt_text.py).

Kept apart from home/alt_text.py: Wagtail's image forms can only be imported once the apps are
ready, and home/models.py needs the rest at import time."""

from django.http import QueryDict
from wagtail.images.forms import BaseImageForm

from home.alt_text import DESCRIPTION_HELP, DESCRIPTION_LABEL, DESCRIPTION_REQUIRED


class ImageForm(BaseImageForm):
    """Wagtail's image form with the description required: on the add and edit views, the
    chooser's upload tab and the form of each picture of a multiple upload."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("description")
        if field is None:
            return
        if self.is_bound and not isinstance(self.data, QueryDict):
            # The multiple upload's first step, the one form Wagtail fills from a dict of its
            # own (the file's name) rather than from what the browser posted: the picture is
            # saved at once and described in the form that follows (the listings flag it until
            # then). Were the description required here, Wagtail would set the file aside and
            # save the picture later, past the removal of its camera metadata (home/media.py).
            return
        field.required = True
        field.label = DESCRIPTION_LABEL
        field.help_text = DESCRIPTION_HELP
        field.error_messages["required"] = DESCRIPTION_REQUIRED
