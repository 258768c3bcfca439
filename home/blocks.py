"""StreamField blocks shared by every page type: one body StreamBlock, reused."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from home.alt_text import alt_text, described
from home.charts import bar_chart


class ImageBlockValue(blocks.StructValue):
    def alt(self):
        """The block's own alternative text (a text of the page, translated with it), else the
        picture's description, with the language to mark it with where it is not the active
        one (home/alt_text.py)."""
        return alt_text(self.get("image"), self.get("alt_text"))


class ImageBlock(blocks.StructBlock):
    """An image with the alt text, caption and credit a reader and a screen reader need. The
    alt text is the picture's description unless the block gives its own (home/alt_text.py)."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        max_length=250,
        help_text=_(
            "Describe the image for people who cannot see it. Leave empty to use the "
            "picture's own description."
        ),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)
    credit = blocks.CharBlock(label=_("Credit"), required=False, max_length=250)

    class Meta:
        label = _("Picture")
        icon = "image"
        template = "home/blocks/image_block.html"
        description = _("An image with alternative text, caption and credit")
        preview_value = {"alt_text": "", "caption": "A caption", "credit": "Photographer"}
        value_class = ImageBlockValue

    def clean(self, value):
        value = super().clean(value)
        image = value.get("image")
        if image and not value.get("alt_text") and not described(image):
            if not self.is_deferred_validation:  # a draft: checked when submitted
                raise blocks.StructBlockValidationError(
                    block_errors={
                        "alt_text": ValidationError(
                            _(
                                "This picture has no description (alternative text) for "
                                "people who cannot see it: write one here, or add one to the "
                                "picture under Images."
                            )
                        )
                    }
                )
        return value


class QuoteBlock(blocks.StructBlock):
    """A quotation with the person (and their role) it comes from."""

    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=250)

    class Meta:
        label = _("Quote")
        icon = "openquote"
        template = "home/blocks/quote_block.html"
        description = _("A quotation and who said it")
        preview_value = {
            "quote": "Integration is a two-way process.",
            "attribution": "A participant of the study visit",
        }


class KeyFigureBlock(blocks.StructBlock):
    """One figure with the year it describes and where it comes from."""

    value = blocks.CharBlock(label=_("Figure"), max_length=40, help_text=_("e.g. 486,000"))
    label = blocks.CharBlock(label=_("What it counts"), max_length=120)
    year = blocks.IntegerBlock(label=_("Year"), required=False, min_value=1900, max_value=2100)
    source = blocks.CharBlock(label=_("Source"), required=False, max_length=250)

    class Meta:
        label = _("Key figure")
        icon = "order"
        template = "home/blocks/key_figure_block.html"


class KeyFiguresBlock(blocks.StructBlock):
    """A row of key figures, each with its year and source."""

    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("Figures"), min_num=1)

    class Meta:
        label = _("Key figures")
        icon = "table"
        template = "home/blocks/key_figures_block.html"
        description = _("A row of key figures with year and source")
        preview_value = {
            "heading": "In figures",
            "figures": [
                {"value": "486,000", "label": "residents", "year": 2023, "source": "GUS"},
            ],
        }


class ChartDatumBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Label"), max_length=60)
    value = blocks.FloatBlock(label=_("Value"))

    class Meta:
        label = _("Bar")
        icon = "list-ul"


class ChartBlock(blocks.StructBlock):
    """A bar chart drawn on the server as SVG, always followed by its data as a table."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    description = blocks.TextBlock(
        label=_("Description"),
        required=False,
        help_text=_("One or two sentences on what the chart shows, read out by screen readers."),
    )
    value_label = blocks.CharBlock(
        label=_("What the values are"), max_length=80, help_text=_("e.g. Foreign residents")
    )
    data = blocks.ListBlock(ChartDatumBlock(), label=_("Data"), min_num=1, max_num=24)
    source = blocks.CharBlock(label=_("Source"), required=False, max_length=250)

    class Meta:
        label = _("Chart")
        icon = "doc-full"
        template = "home/blocks/chart_block.html"
        description = _("A bar chart with its data table")
        preview_value = {
            "title": "Foreign residents",
            "value_label": "People",
            "data": [{"label": "2015", "value": 5200}, {"label": "2017", "value": 11000}],
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["chart"] = bar_chart([(item["label"], item["value"]) for item in value["data"]])
        return context


class DocumentBlock(blocks.StructBlock):
    """A document to download, with a title a reader understands."""

    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        label = _("Document")
        icon = "doc-full-inverse"
        template = "home/blocks/document_block.html"
        description = _("A document to download")
        preview_value = {"title": "Study visit report (PDF)"}


class CalloutBlock(blocks.StructBlock):
    """A highlighted box for what a reader should not miss."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ul"])

    class Meta:
        label = _("Call-out")
        icon = "warning"
        template = "home/blocks/callout_block.html"
        description = _("A highlighted box")
        preview_value = {"heading": "Worth repeating", "text": "<p>Start small.</p>"}


class TableBlock(blocks.StructBlock):
    """A table of text. Built from plain text blocks (not Wagtail's JSON table) so that every cell
    goes through translation like any other text."""

    # Its own context: a table's caption is not a picture's ("Bildunterschrift" in German).
    caption = blocks.CharBlock(label=pgettext_lazy("table", "Caption"), max_length=200)
    header = blocks.ListBlock(blocks.CharBlock(label=_("Column heading")), label=_("Header row"))
    rows = blocks.ListBlock(
        blocks.ListBlock(blocks.CharBlock(label=_("Cell"), required=False), label=_("Row")),
        label=_("Rows"),
    )

    class Meta:
        label = _("Table")
        icon = "table"
        template = "home/blocks/table_block.html"
        description = _("A table with a caption and a header row")
        preview_value = {
            "caption": "Languages spoken at the information point",
            "header": ["Language", "Since"],
            "rows": [["Ukrainian", "2016"], ["Russian", "2016"]],
        }


RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul", "document-link"]


class BodyStreamBlock(blocks.StreamBlock):
    """The body shared by every page type."""

    paragraph = blocks.RichTextBlock(
        label=_("Text"),
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="home/blocks/paragraph_block.html",
    )
    image = ImageBlock()
    quote = QuoteBlock()
    key_figures = KeyFiguresBlock()
    chart = ChartBlock()
    document = DocumentBlock()
    callout = CalloutBlock()
    table = TableBlock()
