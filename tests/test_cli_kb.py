"""`dyads kb`: resolve, search and import-wikidata, as a user runs them."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

from dyads.actors.kb_files import load_kb
from dyads.cli import main

WIKIDATA = Path(__file__).parent / "data" / "wikidata"


def test_resolve_names_the_officeholder_of_the_day(capsys):
    assert main(["kb", "resolve", "the Iranian president", "--date", "2022-06-01", "--json"]) == 0
    actor = json.loads(capsys.readouterr().out)
    assert actor["name"] == "Ebrahim Raisi"
    assert (actor["code"], actor["sector"], actor["kind"]) == ("IRN", "GOV", "person")
    assert actor["office"] == "President of Iran"


def test_resolve_without_a_date_leaves_a_bare_title_as_the_office(capsys):
    assert main(["kb", "resolve", "the Iranian president", "--json"]) == 0
    actor = json.loads(capsys.readouterr().out)
    assert actor["office"] == "President of Iran" and actor["name"] == "President of Iran"


def test_resolve_exits_1_when_nothing_is_named(capsys):
    assert main(["kb", "resolve", "the weather was mild"]) == 1
    assert "names no actor" in capsys.readouterr().err


def test_resolve_rejects_a_bad_date(capsys):
    assert main(["kb", "resolve", "Putin", "--date", "last week"]) == 2
    assert "not a date" in capsys.readouterr().err


def test_search_lists_spelling_variants_with_dated_offices(capsys):
    assert main(["kb", "search", "Rohani"]) == 0
    out = capsys.readouterr().out
    assert "Hassan Rouhani" in out and "2013-08-03" in out and "President of Iran" in out


def test_a_users_actor_file_reaches_resolve_through_a_config_file(tmp_path, capsys):
    (tmp_path / "mayors.csv").write_text(
        "body,office,title,name,aliases,start,end,sector,wikidata,note\n"
        "KEN,head,Governor of Nairobi,Amani Wekesa,,2022-08-25,,GOV,,\n", "utf-8")
    config = tmp_path / "dyads.toml"
    config.write_text('actors = ["mayors.csv"]\n', "utf-8")
    assert main(["kb", "resolve", "Amani Wekesa", "--config", str(config), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["code"] == "KEN"


def test_a_broken_config_file_is_named(tmp_path, capsys):
    config = tmp_path / "dyads.toml"
    config.write_text("actors = [\n", "utf-8")
    assert main(["kb", "resolve", "Putin", "--config", str(config)]) == 2
    assert "dyads.toml" in capsys.readouterr().err


def test_import_wikidata_writes_rows_the_base_can_load(tmp_path, capsys):
    out = tmp_path / "imported.csv"
    status = main(["kb", "import-wikidata", str(WIKIDATA / "people.json"),
                   "--positions", str(WIKIDATA / "positions.csv"), "--out", str(out)])
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8"))))
    by_name = {r["name"]: r for r in rows}
    rouhani = by_name["Hassan Rouhani"]
    assert (rouhani["body"], rouhani["title"], rouhani["start"], rouhani["end"]) == (
        "IRN", "President", "2013-08-03", "2021-08-03")
    assert "Hassan Rohani" in rouhani["aliases"].split("|")
    assert by_name["Amina Wanjiru"]["start"] == "2022-08-01"  # month precision: first of the month
    assert len([r for r in rows if r["name"] == "Olaf Scholz"]) == 1  # the deprecated statement is left out
    err = capsys.readouterr().err
    assert "Q9000003 is not placed" in err  # Scholz's unplaced position is reported, not guessed
    kb = load_kb([out])
    assert not [p for p in kb.problems if "imported.csv" in p.origin]
    assert kb.holder("KEN", "Mayor of Nairobi", date(2024, 1, 1)).person == "Amina Wanjiru"


def test_import_wikidata_names_a_file_that_is_not_an_export(tmp_path, capsys):
    junk = tmp_path / "junk.json"
    junk.write_text('"just a string"', "utf-8")
    assert main(["kb", "import-wikidata", str(junk)]) == 2
    assert "junk.json" in capsys.readouterr().err
