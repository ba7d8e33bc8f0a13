"""A person pronoun never names someone whose given name says the other sex
(kb/given_names.csv): "him" is not Elizabeth Warren, "her" is not Donald Trump. A name of
either sex, or one the table lacks, rules nothing out; a user's file can add names or
take one out."""

from __future__ import annotations

import pytest

from dyads.actors.kb_files import load_kb


def _mentions_of(record, name: str) -> list[str]:
    return [m.text for a in record.actors if a.name == name for m in a.mentions]


def test_him_is_the_man_named_before_not_the_woman_who_speaks(coder):
    record = coder.code_text(
        'WASHINGTON — Democratic Sen. Elizabeth Warren called Donald Trump "a thin-skinned, racist bully" and '
        "said Republicans who back him were complicit.", published="2016-06-07")
    assert "him" in _mentions_of(record, "Donald Trump")
    assert "him" not in _mentions_of(record, "Elizabeth Warren")
    backing = [e for e in record.events if e.event_type == "SUPPORT"]
    assert all(e.target[0].actor != next(a.actor_id for a in record.actors if a.name == "Elizabeth Warren")
               for e in backing), record.events


@pytest.mark.parametrize(("name", "sex"), [
    ("Elizabeth Warren", "female"), ("Donald Trump", "male"), ("José Mujica", "male"),
    ("Jose Mujica", "male"), ("Kamala Harris", "female"),
    # names of either sex rule nothing out
    ("Andrea Nahles", None), ("Jean Castex", None), ("Kim Jong Un", None), ("Hillary Clinton", None),
])
def test_the_given_names_table_knows_only_names_of_one_sex(name, sex):
    assert load_kb().sex_of_name(name) == sex


def test_the_given_names_table_has_each_name_once_and_only_two_sexes():
    from importlib import resources
    lines = [ln for ln in resources.files("dyads.actors").joinpath("kb/given_names.csv").read_text("utf-8")
             .splitlines()[1:] if ln and not ln.startswith("#")]
    names = [ln.split(",")[0].casefold() for ln in lines]
    assert len(names) == len(set(names)) > 1000
    assert {ln.split(",")[1] for ln in lines} == {"female", "male"}


def test_a_users_names_file_adds_a_name_and_takes_one_out(tmp_path):
    mine = tmp_path / "names.csv"
    mine.write_text("name,sex\nZorblatt,female\nDonald,either\n", "utf-8")
    kb = load_kb([mine])
    assert kb.sex_of_name("Zorblatt Quux") == "female"
    assert kb.sex_of_name("Donald Trump") is None
    assert load_kb().sex_of_name("Donald Trump") == "male"  # the package's own table is untouched


def test_a_users_names_file_with_a_bad_sex_names_the_line(tmp_path):
    mine = tmp_path / "names.csv"
    mine.write_text("name,sex\nZorblatt,female\nQuux,sometimes\n", "utf-8")
    problems = load_kb([mine]).problems
    assert any(p.origin == f"{mine}:3" and "sometimes" in p.reason for p in problems), problems


def test_her_country_is_the_womans_not_the_man_named_first(coder):
    record = coder.code_text("Ukrainian President Volodymyr Zelensky thanked British Foreign Secretary Liz Truss, "
                             "saying her country had been a steadfast friend.", published="2022-05-01")
    country = next(a for a in record.actors if any(m.text == "her country" for m in a.mentions))
    assert country.code == "GBR"
