"""Factories for partner cities and what their profiles refer to."""

import factory

from partners.models import CityIndexPage, CityProfilePage, Network, PartnerOrganisation
from tests.home.factories import PageFactory, locale


class CityIndexPageFactory(PageFactory):
    class Meta:
        model = CityIndexPage

    title = "Cities"


class CityProfilePageFactory(PageFactory):
    class Meta:
        model = CityProfilePage

    title = factory.Sequence(lambda n: f"City {n}")
    country = "DE"
    summary = "A port city on the Weser with a long history of arrivals."


class PartnerOrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PartnerOrganisation

    name = factory.Sequence(lambda n: f"Organisation {n}")
    locale = factory.LazyFunction(lambda: locale("en"))


class NetworkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Network

    name = factory.Sequence(lambda n: f"Network {n}")
    locale = factory.LazyFunction(lambda: locale("en"))
