"""The JSON Lines serializer of the backup: Django's `jsonl`, but with times to the microsecond.

Django's JSON encoder cuts datetimes and times to milliseconds. Wagtail and wagtail-localize
compare timestamps written in the same request (a translation synced after its source was
published), so a backup must bring them back exactly. Django's own `jsonl` deserializer reads
the full precision; only writing differs.
"""

import datetime

from django.core.serializers import jsonl
from django.core.serializers.json import DjangoJSONEncoder


class ExactJSONEncoder(DjangoJSONEncoder):
    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            if isinstance(o, datetime.time) and o.utcoffset() is not None:
                raise ValueError("JSON can't represent timezone-aware times.")
            return o.isoformat()
        return super().default(o)


class Serializer(jsonl.Serializer):
    def _init_options(self):
        self.options.setdefault("cls", ExactJSONEncoder)
        super()._init_options()


Deserializer = jsonl.Deserializer
