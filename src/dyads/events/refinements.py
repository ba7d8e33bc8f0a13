"""A general CAMEO code made specific by the words around its trigger (data/refinements.yaml).

The lexicon gives each trigger the code it is sure of; some sentences say more than
the trigger does: the kind of aid ("humanitarian aid": 073, not 070) or a meeting
held at a gathering away from both sides' homes ("on the sidelines of the
assembly": 044, not 040).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from dyads.events.triggers import clause_words
from dyads.yaml_data import load_yaml

MODIFIER_DEPS = {"amod", "compound", "nmod"}


@lru_cache(maxsize=1)
def refinement_rules() -> dict:
    """The tables of data/refinements.yaml."""
    return load_yaml(resources.files("dyads.events").joinpath("data/refinements.yaml").read_text("utf-8"))


def aid_kind_code(code: str, token: Token) -> str:
    """The code of the kind of aid the trigger's clause names, or the code unchanged.

    The kind word must modify an aid noun: the trigger itself ("humanitarian aid")
    or a noun of its clause ("released funds in emergency humanitarian aid")."""
    rules = refinement_rules()["aid_kinds"]
    if code != rules["general"]:
        return code
    nouns, words = set(rules["nouns"]), rules["words"]
    for word in (token, *clause_words(token, depth=4)):
        if word.lemma_.lower() not in nouns:
            continue
        for child in word.children:
            kind = words.get(child.lemma_.lower()) if child.dep_ in MODIFIER_DEPS else None
            if kind:
                return str(kind)
    return code


def at_a_third_place(code: str, token: Token) -> bool:
    """Whether a meeting was held on the sidelines (or margins) of a gathering."""
    rules = refinement_rules()["third_place"]
    if code != rules["general"]:
        return False
    prepositions, nouns = set(rules["prepositions"]), set(rules["nouns"])
    for word in (token, *clause_words(token, depth=2)):
        if word.dep_ == "prep" and word.lower_ in prepositions \
                and any(g.dep_ == "pobj" and g.lemma_.lower() in nouns for g in word.children):
            return True
    return False
