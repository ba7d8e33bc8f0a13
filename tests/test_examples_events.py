"""The events of the example stories against their expected codings.

Not every required event is found yet (issue 4 is open): these guard the
measured share against a slide and every story against a flood of extra events.
`dyads eval seed --examples --verbose` lists what is missing.
"""

from __future__ import annotations

import json

import pytest

from dyads.evaluate.expectations import check_events
from dyads.sources.read import read_file
from tests.conftest import EXAMPLES

STORIES = sorted(EXAMPLES.glob("*.txt"))


@pytest.fixture(scope="module")
def checks(coder):
    results = {}
    for story in STORIES:
        expected = json.loads(story.with_name(story.stem + ".expected.json").read_text("utf-8"))
        results[story.name] = check_events(expected, next(coder.code_items(read_file(story))))
    return results


def test_the_found_share_of_required_events_holds(checks):
    found = sum(len(c.found) for c in checks.values())
    required = found + sum(len(c.missing) for c in checks.values())
    assert required >= 80
    assert found / required >= 0.60, f"{found}/{required}"  # 54 of 86 (0.63) on 2026-12-05


def test_no_story_floods_with_extra_events(checks):
    for name, check in checks.items():
        assert len(check.extra) <= 6, (name, [(e.event_type, e.trigger.text) for e in check.extra])
    assert sum(len(c.extra) for c in checks.values()) <= 20  # 10 on 2026-12-05


@pytest.mark.parametrize(("code", "expected", "agree"), [
    ("105", "1056", True),   # less specific
    ("120", "1232", True),   # a root's "not specified" code is the root
    ("070", "073", True),
    ("161", "166", False),   # different
    ("0231", "023", True),
    ("040", "044", True),
    ("042", "044", False),
])
def test_cameo_codes_agree_when_one_is_less_specific(code, expected, agree):
    from dyads.evaluate.expectations import _same_branch

    assert _same_branch(code, expected) is agree


def test_a_stated_intention_to_do_an_expected_future_visit_is_no_extra(coder):
    # PLOVER codes "will travel to Jakarta" AGREE (docs/coding-guide.md); the visit
    # itself, realis future, is what the expectation requires
    record = coder.code_text("U.S. Secretary of State Colin Powell will travel to Jakarta on Tuesday, the U.S. "
                             "embassy said.", published="2005-01-02")
    visit = {"why": "the visit", "event_type": "CONSULT", "source": ["USA"], "target": ["IDN"], "realis": "future"}
    agree = [e for e in record.events if e.event_type == "AGREE"]
    assert agree  # the intention is coded
    assert check_events({"events_required": [visit]}, record).extra == []
    assert check_events({"events_required": [{**visit, "realis": "asserted"}]}, record).extra != []


def test_every_expected_mode_is_a_mode_of_its_type():
    # a mode the ontology lacks can never match, and would count a found event as missing
    from importlib import resources

    from dyads.yaml_data import load_yaml

    ontology = load_yaml(resources.files("dyads.events").joinpath("data/plover.yaml").read_text("utf-8"))
    types = ontology.get("types") or ontology
    for path in sorted(EXAMPLES.glob("*.expected.json")):
        expected = json.loads(path.read_text("utf-8"))
        for item in expected.get("events_required", []) + expected.get("events_allowed", []):
            modes = set(types[item["event_type"]].get("modes") or {})
            if modes and item.get("mode"):
                assert item["mode"] in modes, (path.name, item["event_type"], item["mode"])
