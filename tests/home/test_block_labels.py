"""The editor's block labels say what they are in the editor's language: a table's caption is
not a picture's."""

from django.utils import translation

from home.blocks import ImageBlock, TableBlock


def test_a_table_caption_is_not_labelled_as_a_picture_caption_in_german():
    with translation.override("de"):
        picture = str(ImageBlock().child_blocks["caption"].label)
        table = str(TableBlock().child_blocks["caption"].label)

    assert picture == "Bildunterschrift"
    assert table != picture
