"""Where the translation tools rely on wagtail-localize or Wagtail beyond their documented hooks,
a test that fails the day the upstream code changes, rather than a button or a check that
silently comes back.

translation/wagtail_hooks.py puts its own button functions where wagtail-localize registered
its "Translate this page" / "Translate" buttons (Wagtail has no hook that removes another app's
header or "More" buttons), by rewriting Wagtail's hook registry."""

import inspect

from wagtail import hooks
from wagtail_localize import wagtail_hooks as localize_hooks
from wagtail_localize.views import edit_translation

from translation import wagtail_hooks

SWAPPED = {
    "register_page_header_buttons": (
        localize_hooks.page_listing_more_buttons,
        wagtail_hooks.translate_buttons_for_originals_only,
    ),
    "register_page_listing_more_buttons": (
        localize_hooks.page_listing_more_buttons,
        wagtail_hooks.translate_buttons_for_originals_only,
    ),
    "register_snippet_listing_buttons": (
        localize_hooks.register_snippet_listing_buttons,
        wagtail_hooks.translate_snippet_buttons_for_targets,
    ),
}


def test_the_registry_is_still_a_dict_of_functions_and_orders():
    registered = hooks._hooks["register_page_listing_more_buttons"]
    assert isinstance(hooks._hooks, dict)
    assert all(callable(fn) and isinstance(order, int) for fn, order in registered)


def test_wagtail_localize_buttons_are_replaced_where_they_were_registered():
    for hook_name, (theirs, ours) in SWAPPED.items():
        found = hooks.get_hooks(hook_name)
        assert ours in found, f"{hook_name}: our button function is not registered"
        assert theirs not in found, f"{hook_name}: wagtail-localize's function is back"


def test_the_translation_editor_still_publishes_through_an_action_field():
    """views/editor.publish_translation recognises the editor's publish by its POST field
    `action=publish`, which wagtail-localize's view reads too."""
    source = inspect.getsource(edit_translation.edit_translation)
    assert 'request.POST.get("action")' in source or "request.POST['action']" in source
    assert "publish" in source
