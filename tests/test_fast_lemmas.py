"""dyads' FastLemmatizer gives every token exactly the lemma spaCy's rule lemmatizer gives (issue 14).

tests/test_fast_attributes.py compares whole parses of the examples with the stock
model (lemmas included); this file pins what the lookup itself must get right:
words the model's index has never seen, lemmas the attribute ruler set first, and
the second time a word comes (from the lookup's memory).
"""

from __future__ import annotations

import spacy
from spacy.lang.en.lemmatizer import EnglishLemmatizer

from dyads import nlp as nlp_module
from dyads.fast_lemmas import FastLemmatizer, replace_lemmatizer

# Invented words (no index entry: the rules and the "form in index" test decide),
# irregular forms (exceptions), comparatives, contractions the attribute ruler
# lemmatizes, proper nouns, numbers and odd spacing.
TEXTS = [
    "The frobnicated wugs were zorbing the blickets while the dax-makers quangled.",
    "Better talks were held; the best negotiators went, saw and conquered.",
    "She's gonna say they'd ratified the treaties, but the Rohingyas weren't told.",
    "Mice, geese and oxen fled as 3,000 Kyivans sheltered in the metro's tunnels.",
    "The Frobnicators' spokeswomen wolfishly denied everything.  Twice.",
]


def lemmas(doc) -> list[tuple[str, str, str]]:
    return [(t.text, t.pos_, t.lemma_) for t in doc]


def test_load_puts_the_fast_lemmatizer_in_the_lemmatizers_place():
    stock, nlp = nlp_module.load_stock(), nlp_module.load()
    assert nlp.pipe_names == stock.pipe_names
    fast = nlp.get_pipe("lemmatizer")
    assert isinstance(fast, FastLemmatizer)
    assert fast.mode == "rule" and fast.overwrite == stock.get_pipe("lemmatizer").overwrite


def test_every_lemma_is_the_stock_ones_the_first_time_and_from_memory():
    stock, nlp = nlp_module.load_stock(), nlp_module.load()
    for _ in range(2):
        for text, expected, got in zip(TEXTS, stock.pipe(TEXTS), nlp.pipe(TEXTS), strict=True):
            assert lemmas(got) == lemmas(expected), text
    seen = {(t.text, t.pos_, t.lemma_) for doc in nlp.pipe(TEXTS) for t in doc}
    got = {text: lemma for text, _, lemma in seen}
    # The cases reached what they are there for: rules on unknown words, exceptions,
    # and lemmas the attribute ruler set ("'s" as "be", "gon" as "go").
    assert got["wugs"] == "wug" and got["spokeswomen"] == "spokeswoman" and got["went"] == "go"
    assert got["best"] == "good" and got["gon"] == "go" and ("'s", "AUX", "be") in seen


def test_a_lemmatizer_other_than_englishs_rule_one_is_left_alone():
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert replace_lemmatizer(nlp) is None
    assert type(nlp.get_pipe("lemmatizer")) is not FastLemmatizer
    assert replace_lemmatizer(spacy.blank("en")) is None  # no lemmatizer at all
    assert issubclass(FastLemmatizer, EnglishLemmatizer)


def test_verb_forms_the_rules_misread_are_the_verbs_they_are():
    nlp = nlp_module.load()
    doc = nlp("The court fined the company. He hoped to meet Xi. Russia waged war. The fines were paid.")
    got = {(t.text, t.pos_): t.lemma_ for t in doc}
    assert got[("fined", "VERB")] == "fine" and got[("hoped", "VERB")] == "hope"
    assert got[("waged", "VERB")] == "wage" and got[("fines", "NOUN")] == "fine"
    stock = {(t.text, t.pos_): t.lemma_ for t in nlp_module.load_stock()("He hoped to meet Xi.")}
    assert stock[("hoped", "VERB")] == "hop"  # what the stock rules give, and why the table exists
