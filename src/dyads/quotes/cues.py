"""The quote cue vocabulary (lexicon/quote_cues.yaml), the parse relations cues are
found by, and a sentence placed in its article."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Span as SpacySpan

from dyads.yaml_data import load_yaml

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
COMPLEMENTS = {"ccomp", "xcomp", "parataxis"}
CLIMB = {"advcl", "conj", "xcomp", "ccomp", "relcl", "acl", "pcomp"}


@dataclass(frozen=True)
class Cues:
    """The quote cue vocabulary (lexicon/quote_cues.yaml)."""

    verbs: frozenset[str]
    nouns: frozenset[str]
    object_verbs: frozenset[str]
    object_particles: dict[str, frozenset[str]]
    colon_labels: frozenset[str]
    signing_dashes: tuple[str, ...]
    documents: frozenset[str]
    aim_verbs: frozenset[str] = frozenset()
    object_control: frozenset[str] = frozenset()  # "prompting Paris to condemn": Paris speaks
    asking_verbs: frozenset[str] = frozenset()  # "asked a judge to dismiss the charges": nothing said yet


@lru_cache(maxsize=1)
def cues() -> Cues:
    """The cue words, read once."""
    text = resources.files("dyads").joinpath("lexicon/quote_cues.yaml").read_text("utf-8")
    data = load_yaml(text)
    return Cues(
        frozenset(data["speech"]) | frozenset(data["belief"]),
        frozenset(data["nouns"]),
        frozenset(data["object_verbs"]),
        {verb: frozenset(words) for verb, words in data["object_particles"].items()},
        frozenset(label.lower() for label in data["colon_labels"]),
        tuple(data["signing_dashes"]),
        frozenset(data["documents"]),
        frozenset(data.get("aim_verbs") or ()),
        frozenset(data.get("object_control") or ()),
        frozenset(data.get("asking_verbs") or ()),
    )


@dataclass
class Sentence:
    """A parsed sentence with its place in the article."""

    span: SpacySpan
    offset: int  # of its paragraph in the article
    start: int = 0  # article offsets, set from the span: asked of every sentence for every quotation
    end: int = 0

    def __post_init__(self) -> None:
        self.start = self.offset + self.span.start_char
        self.end = self.offset + self.span.end_char
