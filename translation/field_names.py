"""The place of a text on its page in words, for translators and reviewers: "Study visit report ›
Report › Chart › Data › Bar 3 › Label" rather than wagtail-localize's context path
("body.<block id>.data.<item id>.label").

The path names a model field, then (in a StreamField) the id of a block, the names of a
StructBlock's children and the ids of a ListBlock's items, and (in an inline panel) the
translation key of a related object. The words come from the models' verbose names and the
blocks' labels, in the language active at the time; ids are looked up in the original's content
and shown as the block's number when there is more than one of its kind. A part that can no
longer be found (a block deleted since) ends the description there: an id is never shown."""

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.text import capfirst
from wagtail import blocks
from wagtail.fields import StreamField

SEPARATOR = " › "


def _words(name):
    return capfirst(str(name).replace("_", " "))


def _label(block, fallback=""):
    return capfirst(str(block.label)) if block.label else fallback


def field_parts(instance, path):
    """[words] of the field, blocks and items `path` leads to in `instance` (the original)."""
    components = path.split(".")
    parts = []
    while components:
        name, components = components[0], components[1:]
        try:
            field = instance._meta.get_field(name)
        except (FieldDoesNotExist, AttributeError):
            parts.append(_words(name))
            return parts
        if isinstance(field, models.ManyToOneRel):
            related = field.related_model._meta
            children = list(getattr(instance, field.get_accessor_name()).all())
            keys = [str(getattr(child, "translation_key", "")) for child in children]
            parts.append(capfirst(str(related.verbose_name_plural)))
            if not components or components[0] not in keys:
                return parts
            index = keys.index(components[0])
            if len(children) > 1:
                parts.append(f"{capfirst(str(related.verbose_name))} {index + 1}")
            instance, components = children[index], components[1:]
            continue
        parts.append(capfirst(str(field.verbose_name)))
        if isinstance(field, StreamField):
            _block_parts(field.stream_block, field.value_from_object(instance), components, parts)
        return parts
    return parts


def _block_parts(block, value, components, parts):
    """Adds the words of what `components` lead to inside `block`, whose value is `value`."""
    if not components:
        return
    head, rest = components[0], components[1:]
    if isinstance(block, blocks.StreamBlock):
        children = list(value or [])
        for child in children:
            if child.id == head:
                label = _label(child.block, _words(child.block_type))
                same = [other for other in children if other.block_type == child.block_type]
                if len(same) > 1:
                    label = f"{label} {same.index(child) + 1}"
                parts.append(label)
                _block_parts(child.block, child.value, rest, parts)
                return
    elif isinstance(block, blocks.StructBlock):
        child = block.child_blocks.get(head)
        if child is None:
            return
        parts.append(_label(child, _words(head)))
        getter = getattr(value, "get", None)
        _block_parts(child, getter(head) if getter else None, rest, parts)
    elif isinstance(block, blocks.ListBlock):
        items = list(getattr(value, "bound_blocks", []))
        for index, item in enumerate(items):
            if item.id == head:
                label = _label(block.child_block)
                parts.append(f"{label} {index + 1}" if label else str(index + 1))
                _block_parts(block.child_block, item.value, rest, parts)
                return


def describe_place(instance, path):
    """The place of a text in words, starting with the kind of page (or snippet) it is on."""
    return SEPARATOR.join(
        [capfirst(str(instance._meta.verbose_name)), *field_parts(instance, path)]
    )
