"""The ontology tables and the trigger lexicon: complete, consistent, extendable."""

from __future__ import annotations

import re

from dyads.events.lexicon import load_lexicon
from dyads.events.ontology import PLOVER_TYPES, cameo_codes, modes_of, plover


def test_the_cameo_table_is_complete_and_consistent():
    codes = cameo_codes()
    assert len(codes) >= 250
    for code, entry in codes.items():
        assert len(code) in (2, 3, 4) and code.isdigit()
        if len(code) > 2:
            assert code[:-1] in codes or code[:2] in codes, f"{code} has no parent"
        assert entry.quad in (1, 2, 3, 4)
        assert -10 <= entry.goldstein <= 10
        assert entry.plover_type is None or entry.plover_type in PLOVER_TYPES
        if entry.plover_mode:
            assert entry.plover_mode in modes_of(entry.plover_type), code
    assert {e.plover_type for e in codes.values()} - {None} == set(PLOVER_TYPES)


def test_quad_classes_follow_the_cameo_roots():
    for code, entry in cameo_codes().items():
        root = int(code[:2])
        assert entry.quad == (1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4), code


def test_plover_has_its_sixteen_types_and_its_contexts():
    data = plover()
    assert set(data["types"]) == set(PLOVER_TYPES)
    assert len(data["contexts"]) >= 30


def test_the_table_agrees_with_cameo2plover_where_the_project_does_not_say_otherwise(shared_data):
    reference = {}
    for line in (shared_data / "plover-gsr" / "CAMEO2PLOVER-2021.txt").read_text("utf-8").splitlines():
        match = re.match(r"^(\d{3,4}):\s*([A-Z]+)", line)  # two-digit lines are section heads
        if match:
            reference[match.group(1)] = match.group(2)
    shared = [c for c in cameo_codes() if c in reference]
    agree = [c for c in shared if cameo_codes()[c].plover_type == reference[c]]
    assert len(shared) >= 200
    # Six deliberate differences, each explained in events/data/README.md.
    assert len(shared) - len(agree) <= 6, sorted(set(shared) - set(agree))


def test_the_lexicon_loads_without_problems_and_covers_every_type():
    lexicon = load_lexicon()
    assert lexicon.problems == [], [str(p) for p in lexicon.problems[:5]]
    types = {t.event_type for entries in (*lexicon.verbs.values(), *lexicon.nouns.values()) for t in entries}
    assert types == set(PLOVER_TYPES)
    assert sum(len(v) for v in lexicon.verbs.values()) >= 300


def test_a_users_lexicon_file_is_merged_and_its_bad_entries_named(tmp_path):
    mine = tmp_path / "mine.yaml"
    mine.write_text("type: ASSAULT\nverbs:\n  - {lemma: zap, cameo: '190', target: [object]}\n"
                    "  - {lemma: zork, cameo: '999'}\n", "utf-8")
    lexicon = load_lexicon([mine])
    assert lexicon.verbs["zap"][0].event_type == "ASSAULT"
    assert any("mine.yaml" in p.origin and "999" in p.reason for p in lexicon.problems)


def test_on_and_no_in_a_lexicon_are_words_not_booleans(tmp_path):
    # YAML 1.1 reads a bare on/no/yes/off as a boolean: "ease ... on sanctions" never matched
    mine = tmp_path / "mine.yaml"
    mine.write_text("type: CONCEDE\nverbs:\n  - {lemma: unclench, cameo: '081', target: [on, for], reciprocal: true}\n",
                    "utf-8")
    entry = load_lexicon([mine]).verbs["unclench"][0]
    assert entry.target == ("on", "for")
    assert entry.reciprocal is True
    built_in = [t for entries in load_lexicon().verbs.values() for t in entries]
    assert all(isinstance(slot, str) and slot not in ("true", "false") for t in built_in for slot in t.target)
