"""The rule lemmatizer as a lookup: the same lemmas, without a Python call per token.

spaCy's `Lemmatizer` in "rule" mode (en_core_web_sm) walks the doc token by token,
makes a Token object for each, asks its text, part of speech and morphology and
writes `token.lemma_`: about 6% of the pipeline's time on news (issue 14), nearly
all of it per-token overhead, since the lemma itself is cached. What it computes is
a function of three numbers the earlier components have set: the token's ORTH, POS
and MORPH (the key of spaCy's own cache, `rule_lemmatize`, and all that English's
`is_base_form` reads). `FastLemmatizer` reads those numbers for the whole doc in one
array, asks the stock lemmatizer once per distinct key, and writes the lemmas back in
one array. Its lemma index answers "is this a known word" from a set, where the
model's tables scan a list of up to 57,528 words for each new word.

spaCy's rule this follows (`spacy/pipeline/lemmatizer.py`, 3.8): a token whose lemma
is already set (the attribute ruler sets some) keeps it unless `overwrite` is on.
`tests/test_fast_lemmas.py` checks every token against the stock component, but for
the few verb forms whose rules give another word ("hoped" as "hop", "fined" as "fin":
`lexicon/lemma_exceptions.yaml`), which dyads lemmatizes as the verbs they are.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.parts_of_speech import VERB as VERB_ID
from spacy.tokens import Doc

from dyads.fast_attributes import run_guarded
from dyads.yaml_data import load_yaml

FACTORY = "dyads_fast_lemmatizer"
# The lookup forgets past this many distinct keys (a bound on memory for a
# long-running process; news repeats keys, so it rarely fills).
_MEMO_MAX = 500_000


class FastLemmatizer(EnglishLemmatizer):
    """English's rule lemmatizer, applied by lookup on (ORTH, POS, MORPH)."""

    def __call__(self, doc: Doc) -> Doc:
        """Set the lemmas the stock component would set."""
        if self.mode != "rule":
            return super().__call__(doc)
        return run_guarded(self, doc, self._apply)

    def _apply(self, doc: Doc) -> None:
        if len(doc) == 0:
            return
        if not self._validated:
            self._validate_tables(Errors.E1004)
        memo: dict[tuple[int, int, int], int] = self.__dict__.setdefault("_memo", {})
        if len(memo) > _MEMO_MAX:
            memo.clear()
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not self.overwrite:
                continue  # set by the attribute ruler: spaCy keeps it
            key = (orth, pos, morph)
            value = memo.get(key)
            if value is None:
                # spaCy's rules read "hoped" as "hop" and "fined" as "fin" (both stems are
                # words): dyads' own verb lemmas come first (lexicon/lemma_exceptions.yaml)
                own = own_verb_lemmas().get(doc[i].lower_) if pos == VERB_ID else None
                value = memo[key] = doc.vocab.strings.add(own or self.lemmatize(doc[i])[0])
            lemmas[i] = value
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))


class _WordList(list):
    """A list of words whose `in` is a set look-up. The model's lemma index holds one
    list per part of speech (57,528 nouns), and `rule_lemmatize` asks `form in index`
    for each candidate form: a scan of the whole list each time a new word comes."""

    def __init__(self, words: list[str]) -> None:
        super().__init__(words)
        self._set = frozenset(words)

    def __contains__(self, word: object) -> bool:
        return word in self._set


def _with_word_sets(lookups: Lookups) -> Lookups:
    """A copy of the lemmatizer's tables whose lemma index answers `in` from a set."""
    copy = Lookups()
    for name in lookups.tables:
        table = lookups.get_table(name)
        if name == "lemma_index":
            table = {key: _WordList(list(words)) for key, words in table.items()}
        copy.add_table(name, table)
    return copy


@lru_cache(maxsize=1)
def own_verb_lemmas() -> dict[str, str]:
    """lexicon/lemma_exceptions.yaml as written verb form -> lemma ("hoped" -> "hope")."""
    text = resources.files("dyads.lexicon").joinpath("lemma_exceptions.yaml").read_text("utf-8")
    entries = (load_yaml(text) or {}).get("verb") or {}
    return {str(form).lower(): str(lemma) for lemma, forms in entries.items() for form in forms or ()}


@Language.factory(FACTORY, default_config={"model": None, "mode": "rule", "overwrite": False})
def make_fast_lemmatizer(nlp: Language, name: str, model, mode: str, overwrite: bool) -> FastLemmatizer:
    """The component without tables: `replace_lemmatizer` gives it the model's."""
    return FastLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite)


def replace_lemmatizer(nlp: Language, name: str = "lemmatizer") -> FastLemmatizer | None:
    """Put a `FastLemmatizer` in place of the pipeline's English rule lemmatizer, same
    name, place and tables. Any other lemmatizer (lookup mode, another language, a
    user's own) is left as it is: its lemma may depend on more than ORTH, POS, MORPH."""
    if name not in nlp.pipe_names:
        return None
    stock = nlp.get_pipe(name)
    if type(stock) is not EnglishLemmatizer or stock.mode != "rule":
        return None
    fast = nlp.replace_pipe(name, FACTORY, config={"mode": stock.mode, "overwrite": stock.overwrite})
    fast.lookups = _with_word_sets(stock.lookups)  # type: ignore[attr-defined]
    return fast  # type: ignore[return-value]
