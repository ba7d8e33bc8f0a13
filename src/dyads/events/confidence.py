"""Calibrated confidence: the chance that an event is right (type, source and target).

The coder's own score (`coder._confidence`, a hand-weighed sum) ranks events but
is no probability. This stage turns it, with what the finished event shows (are
its sides' countries known, is it a statement or a non-asserted act), into one: a logistic model whose weights are data
(data/confidence.yaml), fitted by `dyads eval realnews --fit-confidence` on the
tune half of the real-news gold, where "right" is strict (type, source code and
target code). `--min-confidence 0.8` then means about 8 right in 10.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from dyads.events.statement_words import possible_lemmas, statement_words
from dyads.record import Actor, Event
from dyads.yaml_data import load_yaml

FEATURES = (
    "score",  # the coder's own score
    "source_coded",  # the source's country or body is known
    "full_dyad",  # both sides' are known (or a reciprocal event's two sides')
    "statement",  # the event codes a quote as a statement (ACCUSE, SUPPORT, REQUEST, REJECT, THREATEN)
    "not_asserted",  # future, hypothetical, negated or historical
    "named",  # both sides known and its trigger a cue verb naming its type ("accused", "urged")
)
# Few features on purpose: the tune half holds few fully right events, and every
# further weight would be fitted to a handful of them.

# Acts two or more parties do together, whole with no target ("Putin and Xi met", "Kyrgyzstan
# and Tajikistan signed a ceasefire").
MUTUAL_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
MUTUAL_CODES = frozenset({"050"})  # "The United States and Sudan are upgrading diplomatic ties"


@dataclass(frozen=True)
class Calibration:
    """A logistic model over FEATURES."""

    intercept: float
    weights: dict[str, float]

    def probability(self, features: dict[str, float]) -> float:
        z = self.intercept + sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-z))


@cache
def default_calibration() -> Calibration:
    """The package's fitted calibration (data/confidence.yaml)."""
    text = resources.files("dyads.events").joinpath("data/confidence.yaml").read_text("utf-8")
    return calibration_from(load_yaml(text))


def calibration_from(data: dict[str, Any]) -> Calibration:
    """A calibration from its YAML form; unknown feature names are an error."""
    weights = {str(k): float(v) for k, v in (data.get("weights") or {}).items()}
    unknown = set(weights) - set(FEATURES)
    if unknown:
        raise ValueError(f"confidence weights for unknown features: {sorted(unknown)}")
    return Calibration(float(data.get("intercept", 0.0)), weights)


def features_of(event: Event, actors: dict[str, Actor]) -> dict[str, float]:
    """What the finished event shows, as numbers for the model."""
    def codes(arguments) -> set[str]:
        return {a.code for arg in arguments if arg.actor and (a := actors.get(arg.actor)) and a.code}

    sources, targets = codes(event.source), codes(event.target)
    # a meeting or an accord of two or more parties is whole without a target; an appeal
    # or a protest of several is not ("the United States and Britain called for restraint")
    reciprocal = not event.target and len(sources) > 1 and (
        event.event_type in MUTUAL_TYPES or event.cameo in MUTUAL_CODES)
    # an act of one side ("deployed troops to the border") is whole with its doer alone
    one_sided = not event.target and event.event_type in _one_sided_types()
    full_dyad = bool(sources) and (bool(targets) or reciprocal or one_sided)
    return {
        "score": event.confidence,
        "source_coded": float(bool(sources)),
        "full_dyad": float(full_dyad),
        # a promise or a meeting read from a quote is no surer than one told as an act:
        # its other side is the content's to give, and on the tune halves it mostly was not
        "statement": float(event.quote is not None and event.event_type in statement_words().statement_types),
        "not_asserted": float(event.realis != "asserted"),
        # only with both sides: an explicit verb with a side missing is no surer (the
        # default threshold would let such events through)
        "named": float(full_dyad and _named_by_its_verb(event)),
    }


def _one_sided_types() -> frozenset[str]:
    """data/roles.yaml `one_sided_types`, read when first needed: the command line imports
    this module for its feature names, before spaCy may be loaded."""
    from dyads.events.actor_index import role_words

    return role_words().one_sided_types


def _named_by_its_verb(event: Event) -> bool:
    """Whether the event's trigger is a statement cue naming the event's own type:
    "accused", "urged", "praised" say what the act is; "illegal", "should" or a verb
    of another type ("called the move illegal") leave it to be inferred."""
    words = statement_words()
    kind = words.cue_kind(event.trigger.text)
    if kind is None or kind.event_type != event.event_type:
        return False
    # "refused", "denied" name a refusal, but whom it answers is the content's to give, and
    # on the tune halves it often gave the wrong one (the gold's is mostly no one)
    first = event.trigger.text.lower().split()[0]
    return not any(lemma in words.denial_cues | words.withholding_cues for lemma in possible_lemmas(first))


def calibrate(events: list[Event], actors: list[Actor], calibration: Calibration | None = None) -> list[Event]:
    """The events with their confidence made a probability of being right."""
    model = calibration or default_calibration()
    by_id = {a.actor_id: a for a in actors}
    for event in events:
        event.confidence = round(model.probability(features_of(event, by_id)), 3)
    return events


def fit(samples: list[tuple[dict[str, float], bool]], l2: float = 0.1, steps: int = 30000,
        held: Calibration | None = None, free: frozenset[str] = frozenset(FEATURES)) -> Calibration:
    """A logistic model fitted to (features, right) pairs by gradient descent, with an
    L2 penalty that keeps a small gold from pulling the weights far. Given a `held`
    calibration, only the `free` features' weights are fitted and the rest (the
    intercept too) keep held's: a new feature is weighed without refitting the others."""
    import numpy as np

    x = np.array([[f[name] for name in FEATURES] for f, _ in samples], dtype=float)
    y = np.array([float(right) for _, right in samples])
    if held is None:
        w, b, mask, fit_b = np.zeros(len(FEATURES)), 0.0, np.ones(len(FEATURES)), 1.0
    else:
        w = np.array([held.weights.get(name, 0.0) for name in FEATURES])
        b, fit_b = held.intercept, 0.0
        mask = np.array([1.0 if name in free else 0.0 for name in FEATURES])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        w -= mask * 0.1 * (x.T @ (p - y) / len(y) + l2 * w / len(y))
        b -= fit_b * 0.1 * float(np.mean(p - y))
    return Calibration(round(b, 3), {name: round(float(v), 3) for name, v in zip(FEATURES, w)})
