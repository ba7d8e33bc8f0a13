"""dyads' FastAttributeRuler gives every token exactly what spaCy's attribute_ruler gives (issue 14).

The dyads pipeline (dyads.nlp.load) and the stock model parse the same texts in
this one process; every token must agree on every attribute the ruler sets or the
later components read. scripts/check_fast_attributes.py does the same over the
shared dev data (tens of thousands of sentences).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from dyads import nlp as nlp_module
from dyads.fast_attributes import FastAttributeRuler
from dyads.fast_lemmas import own_verb_lemmas

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

# Contractions, "'s" as verb, possessive and "us", negation spellings, the
# multi-token patterns (gonna, gotta, let's, c'mon, y'all, ain't, "there is"), the
# DEP-dependent ones (I/you/it as subject or object, "but" as adverb, auxiliaries,
# do/have as main verbs), quotes, numbers, punctuation and odd whitespace.
SENTENCES = [
    "I'm gonna tell y'all what's what, and you're not gonna like it.",
    "We gotta go now, let's move, c'mon!",
    "Y'all ain't seen nothin' yet, she said; it isn't over.",
    "There's a problem. There are two. There were 3,000 protesters and there was one arrest.",
    "\"We will not accept this,\" the minister said, adding that Russia's demands \"can't be met\".",
    "He doesn't know, but I do. Did they? They did, and they had done it before.",
    "It gave me a book and I gave it to you, but you didn't read it.",
    "They've said they'd come if it wasn't raining; we'll see 'em at 5:30 p.m. on 12/03/2024.",
    "NATO's Article 5 -- invoked once, in 2001 -- commits all 31 members (\u201cone for all\u201d).",
    "The U.S. and the E.U. agreed on a $2.5bn aid package, up 12% from 2019\u2019s.",
    "Whether or not he resigns, unless the court rules otherwise, the vote goes ahead.",
    "She's been to Kyiv twice; he's going tomorrow.   Nobody knows why.",
    "Ol' Tom was doin' fine, goin' home with somethin' for 'em, and that's 'nuff.",
    "I don't think it's gonna work, do you? Hey y'all, come here.",
    "What do you want? I want what he has. Have you any?",
    "Am I late? I am. You are. We aren't. Isn't it?",
    "That which is done cannot be undone, and those who did it know that.",
    "But the army did not withdraw; the government, however, said it would.",
    "The spokesman said: 'There is no deal.' Then he left.\n\nHe'll be back.",
    "1. Ceasefire. 2. Talks. 3) Elections -- all by 2025!!!",
    "\t Tabs\tand  double  spaces , and a trailing space ",
]


def example_paragraphs() -> list[str]:
    """Every paragraph of the bundled example stories."""
    paragraphs = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        paragraphs += [text[s:e] for s, e in nlp_module.paragraph_spans(text)]
    return paragraphs


@pytest.fixture(scope="module")
def stock() -> spacy.language.Language:
    """The model as its package builds it, with spaCy's own AttributeRuler."""
    nlp = nlp_module.load_stock()
    assert type(nlp.get_pipe("attribute_ruler")) is AttributeRuler
    return nlp


def attributes(doc: Doc) -> list[tuple]:
    """What the test compares of every token: the stock model's lemma but for the verb
    forms whose rules give another word, which dyads lemmatizes as the verbs they are
    ("waging" is "wage", not "wag": lexicon/lemma_exceptions.yaml)."""
    own = own_verb_lemmas()
    return [(t.i, t.text, t.pos_, t.tag_, str(t.morph),
             own.get(t.lower_, t.lemma_) if t.pos_ == "VERB" else t.lemma_, t.dep_, t.head.i, t.ent_type_,
             t.ent_iob_, t.norm_, t.is_sent_start) for t in doc]


def test_load_puts_the_fast_ruler_in_the_attribute_rulers_place(stock):
    nlp = nlp_module.load()
    assert nlp.pipe_names == stock.pipe_names  # the lemmatizer and ner still run after it
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, FastAttributeRuler)
    # The same patterns as the model's, read from it, and nearly all handled by lookup.
    assert ruler.patterns == stock.get_pipe("attribute_ruler").patterns
    assert not ruler._stock_only
    assert len(ruler._residual_ids) <= 10


@pytest.mark.parametrize("corpus", ["examples", "sentences"])
def test_every_token_is_as_the_stock_model_makes_it(stock, corpus):
    texts = example_paragraphs() if corpus == "examples" else SENTENCES
    assert len(texts) > 20
    nlp = nlp_module.load()
    compared = 0
    for text, expected, got in zip(texts, stock.pipe(texts), nlp.pipe(texts), strict=True):
        assert attributes(got) == attributes(expected), text
        compared += len(got)
    assert compared > (5_000 if corpus == "examples" else 300)


def test_the_hand_written_sentences_reach_the_patterns_the_lookup_must_get_right(stock):
    """The sentences exercise the multi-token and DEP patterns, so the test above
    would see them go wrong."""
    docs = list(stock.pipe(SENTENCES))
    lemmas = {(t.lower_, t.lemma_) for doc in docs for t in doc}
    assert {("gon", "go"), ("na", "to"), ("ta", "to"), ("'s", "us"), ("c'm", "come"),
            ("y'", "you"), ("ai", "be"), ("nothin'", "nothing"), ("'em", "them")} <= lemmas
    morphs = {(t.lower_, t.dep_, str(t.morph)) for doc in docs for t in doc}
    assert ("it", "dobj", "Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs") in morphs
    # "there is": the verb after an expletive is VERB, not AUX (a two-token pattern on DEP)
    assert any(t.pos_ == "VERB" and t.lower_ in ("is", "'s", "are", "were", "was") and t.i
               and doc[t.i - 1].dep_ == "expl" for doc in docs for t in doc)


# Synthetic patterns, to pin spaCy's precedence where the model's patterns may not
# reach: a multi-token pattern and single-token ones writing the same attribute in
# both orders, a negative index, a pattern only the residual Matcher can do (OP),
# several alternatives, a REGEX, NOT_IN on an unset DEP.
PATTERNS = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "LEMMA": "tag-nn"}},
    {"patterns": [[{"LOWER": "new"}, {"LOWER": "york"}]], "attrs": {"LEMMA": "seq-york"}, "index": -1},
    {"patterns": [[{"LOWER": "york", "TAG": "NN"}]], "attrs": {"POS": "PROPN"}},
    {"patterns": [[{"LOWER": "big"}, {"LOWER": "apple"}]], "attrs": {"POS": "X", "LEMMA": "seq-big"}},
    {"patterns": [[{"LOWER": "big", "TAG": "JJ"}]], "attrs": {"LEMMA": "single-big"}},
    {"patterns": [[{"LOWER": "the"}, {"TAG": "JJ", "OP": "?"}, {"TAG": "NN"}]],
     "attrs": {"MORPH": "Definite=Def"}, "index": -1},
    {"patterns": [[{"LOWER": {"REGEX": "^app"}}], [{"LOWER": {"IN": ["pear", "plum"]}}]],
     "attrs": {"MORPH": "Fruit=Yes"}},
    {"patterns": [[{"TAG": {"NOT_IN": ["NN", ""]}, "DEP": {"NOT_IN": [""]}}]], "attrs": {"POS": "ADJ"}},
]


def tagged(nlp: spacy.language.Language, words: list[str], tags: list[str], deps: list[str] | None) -> Doc:
    doc = Doc(nlp.vocab, words=words, tags=tags)
    if deps:
        for token, dep in zip(doc, deps, strict=True):
            token.dep_ = dep
    return doc


@pytest.mark.parametrize("deps", [None, ["amod", "", "dobj", "det", "ROOT", "nsubj", "punct", "x", "det", ""]])
def test_precedence_is_spacys_on_synthetic_patterns(deps):
    nlp = spacy.blank("en")
    stock_ruler, fast_ruler = AttributeRuler(nlp.vocab), FastAttributeRuler(nlp.vocab)
    stock_ruler.add_patterns(PATTERNS)
    fast_ruler.add_patterns(PATTERNS)
    assert fast_ruler._residual_ids == [5]  # the OP pattern
    assert len(fast_ruler._sequences) == 2
    words = ["new", "york", "big", "the", "big", "apple", "plum", "pear", "the", "pie"]
    tags = ["JJ", "NN", "JJ", "DT", "JJ", "NN", "NN", "NN", "DT", "NN"]
    for _ in range(2):  # the second time from the lookup's memory
        expected = stock_ruler(tagged(nlp, words, tags, deps))
        got = fast_ruler(tagged(nlp, words, tags, deps))
        assert attributes(got) == attributes(expected)
    # The patterns did fire, and a later pattern beat an earlier one either way round.
    assert expected[1].lemma_ == "seq-york" and expected[1].pos_ == "PROPN"
    assert expected[4].lemma_ == "single-big" and expected[3].lemma_ == ""
    assert str(expected[5].morph) == "Fruit=Yes" and str(expected[9].morph) == "Definite=Def"


def test_a_pattern_writing_a_lexical_attribute_falls_back_to_spacy():
    nlp = spacy.blank("en")
    ruler = FastAttributeRuler(nlp.vocab)
    ruler.add([[{"LOWER": "x"}]], {"NORM": "ex", "IS_TITLE": True})
    assert ruler._stock_only
    assert ruler(Doc(nlp.vocab, words=["x"]))[0].norm_ == "ex"
