"""The doc's arrays (`DocView`) that the coder reads instead of spaCy's Token objects
must say what the Token objects say: a wrong child or entity label there would move
events' realis, dates and trigger constraints without any error."""

from __future__ import annotations

import pytest

from dyads.actors.mentions import view_of
from dyads.events.triggers import CLAUSAL_DEPS, clause_indices

PARAGRAPHS = [
    "Russia's foreign ministry said on Tuesday that Moscow would respond to what it called a "
    "\"hostile step\", after the Czech Republic expelled 18 Russian diplomats in April 2021.",
    "Neither Russia nor Ukraine attended the talks in Geneva, which the United Nations had "
    "called for in 2014, and no country has recognised the vote.",
    "\"We will not be intimidated,\" the prime minister told reporters, adding that Poland "
    "had urged the European Union to impose further sanctions on Belarus last year.",
]


@pytest.fixture(scope="module")
def docs(coder):
    return list(coder.nlp.pipe(PARAGRAPHS))


def _clause_by_tokens(token, depth: int) -> list[int]:
    """The clause walk as it was written over Token objects."""
    found, frontier = [], [token]
    for _ in range(depth):
        following = [c for word in frontier for c in word.children if c.dep_ not in CLAUSAL_DEPS]
        found += [c.i for c in following]
        frontier = following
    return found


def test_children_and_entity_labels_are_spacys(docs):
    for doc in docs:
        view = view_of(doc)
        assert view.children() == [[c.i for c in token.children] for token in doc]
        assert view.ent_types == [token.ent_type_ for token in doc]
        assert "DATE" in view.ent_types  # the paragraphs hold dates: the column is not all empty


@pytest.mark.parametrize("depth", [2, 3, 4])
def test_clause_words_are_the_walk_over_tokens(docs, depth):
    for doc in docs:
        view = view_of(doc)
        for token in doc:
            assert list(clause_indices(view, token.i, depth)) == _clause_by_tokens(token, depth)
