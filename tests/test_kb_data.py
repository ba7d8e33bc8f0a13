"""The actor knowledge base: the data load cleanly and answer look-ups."""

from __future__ import annotations

from datetime import date

from dyads.actors.kb_files import default_kb, load_kb


def test_the_package_data_load_without_problems():
    kb = default_kb()
    assert kb.problems == [], [str(p) for p in kb.problems[:5]]
    assert len({e.code for e in kb.entities.values() if e.key.startswith("country:")}) >= 195


def test_every_country_name_belongs_to_one_country():
    kb = default_kb()
    for key, entities in kb.names.items():
        countries = {e for e in entities if e.startswith("country:")}
        assert len(countries) <= 1, (key, countries)


def test_who_held_an_office_on_a_day():
    kb = default_kb()
    assert kb.holder("IRN", "President", date(2020, 3, 17)).person == "Hassan Rouhani"
    assert kb.holder("GBR", "Prime Minister", date(2022, 10, 1)).person == "Liz Truss"
    assert kb.holder("DEU", "Chancellor", date(2025, 6, 1)).person == "Friedrich Merz"


def test_a_users_file_is_merged_and_its_bad_lines_named(tmp_path):
    mine = tmp_path / "mayors.csv"
    mine.write_text(
        "body,office,title,name,aliases,start,end,sector,wikidata,note\n"
        "KEN,head,Mayor,Jane Wanjiru,,2022-08-25,,GOV,,Nairobi\n"
        "KEN,head,Mayor,Broken Row,,not-a-date,,GOV,,\n", "utf-8")
    kb = load_kb([mine])
    assert kb.terms_of("Jane Wanjiru")[0].title == "Mayor"
    assert any("mayors.csv:3" in p.origin for p in kb.problems)


def test_no_name_names_two_people():
    # The tables are written region by region and office by office: a person found in
    # two files under two spellings must still be one person, or a story's "Salva
    # Kiir" would lose his office.
    kb = load_kb()
    shared = {name: [k for k in keys if k.startswith("person:")] for name, keys in kb.names.items()}
    assert not {name: keys for name, keys in shared.items() if len(keys) > 1}


def test_every_officeholder_row_says_what_it_rests_on():
    import csv
    from importlib import resources

    folder = resources.files("dyads.actors").joinpath("kb/officeholders")
    for item in folder.iterdir():
        if not item.name.endswith(".csv"):
            continue
        lines = [ln for ln in item.read_text("utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
        for row in csv.DictReader(lines):
            assert row["note"].strip(), (item.name, row["name"], row["start"])


def test_a_public_figure_is_known_by_full_name_and_by_nothing_else(coder):
    # officeholders/figures.csv: people of no state office, their country by their name
    record = coder.code_text("Moqtada al-Sadr called on his supporters to leave the Green Zone.",
                             published="2022-08-30")
    sadr = next(a for a in record.actors if a.name == "Moqtada al-Sadr")
    assert (sadr.code, sadr.sector) == ("IRQ", "REL")
    # a figure's surname and role answer for no one: Hunter Biden is no "Biden", and an
    # opposition figure is no country's "opposition leader" of the day
    record = coder.code_text("Biden said the opposition leader had been detained in Moscow.", published="2021-06-01")
    assert [a.name for a in record.actors if a.kind == "person"][0] == "Joe Biden"
    kb = default_kb()
    assert not any(title for body, title in kb.titles if title == "opposition candidate")


def test_an_american_official_below_the_cabinet_is_known_on_the_day(coder):
    # officeholders/usa_officials_more.csv
    record = coder.code_text("Rod Rosenstein wrote the memo that the White House cited.", published="2017-05-10")
    rosenstein = next(a for a in record.actors if a.name == "Rod Rosenstein")
    assert (rosenstein.code, rosenstein.sector) == ("USA", "GOV")


def test_no_name_names_two_bodies():
    # The organisation files are written by field (companies, parties, armed groups, civil
    # society): an acronym two of them give ("UDA") would name whichever loads first.
    kb = load_kb()
    shared = {name: [k for k in keys if k.startswith("org:")] for name, keys in kb.names.items()}
    assert not {name: keys for name, keys in shared.items() if len(keys) > 1}


def test_every_body_id_is_one_bodys_and_no_countrys_code():
    # An officeholder row names its body by id or by country code: an id shared by two
    # files, or equal to a code ("MAC", Macau), gives one body's officers to the other.
    import csv
    from importlib import resources

    folder = resources.files("dyads.actors").joinpath("kb")
    ids: dict[str, str] = {}
    for item in sorted(folder.iterdir(), key=lambda i: i.name):
        if not (item.name.startswith("organizations") and item.name.endswith(".csv")):
            continue
        lines = [ln for ln in item.read_text("utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
        for row in csv.DictReader(lines):
            assert row["id"] not in ids, (row["id"], ids.get(row["id"]), item.name)
            ids[row["id"]] = item.name
    countries = {e.code for e in load_kb().entities.values() if e.key.startswith("country:")}
    assert not set(ids) & countries, sorted(set(ids) & countries)
