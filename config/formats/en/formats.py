"""English as the network's cities write it: weeks start on Monday."""

from django.conf.locale.en.formats import *  # noqa: F403

FIRST_DAY_OF_WEEK = 1
