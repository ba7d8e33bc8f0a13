"""A user's own actor files (`--actors`, or `actors = [...]` in dyads.toml): their rows
win over the package's, and a file that cannot be used stops the run before any
story is coded, naming the file and line."""

from __future__ import annotations

import json

from dyads.actors.kb_files import load_kb
from dyads.cli import main
from dyads.pipeline import Coder

HEADER_ORG = "id,name,aliases,code,cameo,sector,country,wikidata,note\n"
HEADER_OFFICE = "body,office,title,name,aliases,start,end,sector,wikidata,note\n"


def test_a_missing_actor_file_is_an_error_before_coding(tmp_path, capsys):
    story = tmp_path / "story.txt"
    story.write_text("Iran rejected the demand on Monday.", "utf-8")
    out = tmp_path / "out.jsonl"
    status = main(["code", str(story), "--actors", str(tmp_path / "nope.csv"), "--out", str(out)])
    err = capsys.readouterr().err
    assert status == 2
    assert "nope.csv" in err and "no such file" in err
    assert not out.exists() or out.read_text("utf-8") == ""  # nothing was coded without the user's actors


def test_a_malformed_line_is_named_with_file_and_line(tmp_path, capsys):
    mine = tmp_path / "mine.csv"
    mine.write_text(HEADER_OFFICE + "KEN,head,Governor of Nairobi,Amani Wekesa,,2022-08-25,,GOV,,\n"
                    "KEN,head,Governor,Someone,,not-a-date,,GOV,,\n", "utf-8")
    story = tmp_path / "story.txt"
    story.write_text("Amani Wekesa spoke.", "utf-8")
    assert main(["code", str(story), "--actors", str(mine)]) == 2
    err = capsys.readouterr().err
    assert f"{mine}:3" in err and "'not-a-date' is not a date" in err


def test_a_users_row_for_a_known_body_wins(tmp_path):
    # The package codes Hamas as Palestinian rebels; a user who codes it as Gaza's
    # government gets their own codes, and the compound CAMEO code they wrote.
    mine = tmp_path / "mine.csv"
    mine.write_text(HEADER_ORG + "HAMAS,Hamas,Islamic Resistance Movement,PSE,PSEGOVGAZ,GOV,PSE,,user's coding\n",
                    "utf-8")
    coder = Coder(kb=load_kb([mine]))
    record = coder.code_text("Hamas rejected the proposal on Monday.", published="2024-01-10")
    hamas = next(a for a in record.actors if a.name == "Hamas")
    assert (hamas.code, hamas.sector, hamas.cameo) == ("PSE", "GOV", "PSEGOVGAZ")


def test_a_users_rows_for_a_known_person_replace_the_packages(tmp_path, capsys):
    # A user's table of local officials holds a namesake of a minister in the
    # package: their row is the one that counts.
    mine = tmp_path / "mine.csv"
    mine.write_text(HEADER_OFFICE + "KEN,head,Governor of Nairobi,Mike Pence,,2015-01-01,,GOV,,namesake\n", "utf-8")
    assert main(["kb", "resolve", "Mike Pence", "--date", "2019-06-01", "--actors", str(mine), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["code"] == "KEN"
