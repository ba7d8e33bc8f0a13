"""`dyads eval plover|conflibert|seed`: the event coder against gold data.

- PLOVER GSR: each sentence has one gold event. Its type is *found* when dyads
  codes an event of that type in the sentence; every other dyads event there is
  an *extra*. Per type: precision (events of the type that were the gold event),
  recall, F1; and the extra events per sentence.
- ConfliBERT classes: a sentence's class is the quad of its most confident event,
  0 (statement) when it has none, read in the Phoenix convention the labels follow
  (`phoenix_quad`); scored by macro-F1 over the five classes, with the confusion
  matrix.
- ConfliBERT spans: dyads' source and target mentions against the gold source
  (and reciprocal) and target spans; a predicted span matches a gold span of the
  same role that it overlaps, one to one.
- Seed and examples: the analyst's expected codings (`expectations.py`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from dyads.evaluate.gold import GsrRecord, NerSentence
from dyads.events.ontology import PLOVER_TYPES
from dyads.record import CodedArticle


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass
class TypeScores:
    """Event-type tallies over PLOVER GSR sentences."""

    sentences: int = 0
    found: int = 0
    extra: int = 0
    gold: Counter = field(default_factory=Counter)
    predicted: Counter = field(default_factory=Counter)
    right: Counter = field(default_factory=Counter)
    confusion: Counter = field(default_factory=Counter)  # (gold, predicted or "-")
    # Of the sentences whose gold type dyads found: source and target code agreement
    # (the gold side's country or body code among the event's), where the gold names one.
    with_source: int = 0
    source_right: int = 0
    with_target: int = 0
    target_right: int = 0
    gold_targets: int = 0  # sentences whose gold names a target, found or not

    @property
    def source_agreement(self) -> float:
        return self.source_right / self.with_source if self.with_source else 0.0

    @property
    def target_agreement(self) -> float:
        return self.target_right / self.with_target if self.with_target else 0.0

    @property
    def target_right_of_all(self) -> float:
        """Target code right over every sentence whose gold names a target."""
        return self.target_right / self.gold_targets if self.gold_targets else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.sentences if self.sentences else 0.0

    @property
    def extra_per_sentence(self) -> float:
        return self.extra / self.sentences if self.sentences else 0.0

    def by_type(self) -> dict[str, tuple[float, float, float, int]]:
        """type -> (precision, recall, F1, gold count)."""
        table = {}
        for event_type in PLOVER_TYPES:
            gold, predicted, right = self.gold[event_type], self.predicted[event_type], self.right[event_type]
            p = right / predicted if predicted else 0.0
            r = right / gold if gold else 0.0
            if gold or predicted:
                table[event_type] = (p, r, f1(p, r), gold)
        return table


def _codes(result: CodedArticle, arguments) -> set[str]:
    codes = set()
    for argument in arguments:
        actor = result.actor(argument.actor)
        if actor is not None and actor.code:
            codes.add("IGO" if actor.code == "NGO" else actor.code)  # PLOVER GSR codes international NGOs IGO
    return codes


def _score_sides(scores: TypeScores, record: GsrRecord, result: CodedArticle) -> None:
    """Whether an event of the gold type has the gold source and target codes (the most
    confident such event)."""
    event = max((e for e in result.events if e.event_type == record.event_type), key=lambda e: e.confidence)
    gold_sources = {a.code for a in record.source if a.code}
    gold_targets = {a.code for a in record.target if a.code}
    if gold_sources:
        scores.with_source += 1
        scores.source_right += bool(gold_sources & _codes(result, event.source))
    if gold_targets:
        scores.with_target += 1
        # a reciprocal event lists every party as source: the gold target among them agrees
        sides = _codes(result, event.target) or (_codes(result, event.source) if not event.target else set())
        scores.target_right += bool(gold_targets & sides)


def score_plover_types(records: list[GsrRecord], coded: list[CodedArticle]) -> TypeScores:
    """Found, extra and per-type counts of the coded PLOVER gold sentences."""
    scores = TypeScores()
    for record, result in zip(records, coded):
        scores.sentences += 1
        scores.gold[record.event_type] += 1
        scores.gold_targets += any(a.code for a in record.target)
        types = [e.event_type for e in result.events]
        scores.predicted.update(types)
        if record.event_type in types:
            scores.found += 1
            scores.right[record.event_type] += 1
            scores.extra += len(types) - 1
            _score_sides(scores, record, result)
        else:
            scores.extra += len(types)
        best = max(result.events, key=lambda e: e.confidence).event_type if result.events else "-"
        scores.confusion[(record.event_type, best)] += 1
    return scores


@dataclass
class QuadScores:
    """Quad-class tallies over ConfliBERT sentences."""

    confusion: Counter = field(default_factory=Counter)  # (gold, predicted)

    def per_class(self) -> dict[int, tuple[float, float, float]]:
        table = {}
        for quad in range(5):
            tp = self.confusion[(quad, quad)]
            predicted = sum(n for (g, p), n in self.confusion.items() if p == quad)
            gold = sum(n for (g, p), n in self.confusion.items() if g == quad)
            precision = tp / predicted if predicted else 0.0
            recall = tp / gold if gold else 0.0
            table[quad] = (precision, recall, f1(precision, recall))
        return table

    @property
    def macro_f1(self) -> float:
        return sum(f for _, _, f in self.per_class().values()) / 5

    @property
    def accuracy(self) -> float:
        total = sum(self.confusion.values())
        return sum(n for (g, p), n in self.confusion.items() if g == p) / total if total else 0.0


def phoenix_quad(cameo: str) -> int:
    """The class ConfliBERT's labels use for a CAMEO code: the Phoenix quad classes, where
    statements and appeals (01-02) are 0, 03-05 verbal and 06-08 material cooperation,
    09-13 and 16 (reducing relations, sanctions) verbal conflict, 14-15 and 17-20
    material conflict. The event's own `quad` keeps the four CAMEO classes of SCHEMA.md."""
    root = int(cameo[:2])
    if root <= 2:
        return 0
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13 or root == 16:
        return 3
    return 4


def quad_of(result: CodedArticle) -> int:
    """A sentence's class: its most confident event's (Phoenix quad), else 0 (statement)."""
    if not result.events:
        return 0
    return phoenix_quad(max(result.events, key=lambda e: e.confidence).cameo)


def score_quads(gold: list[int], coded: list[CodedArticle]) -> QuadScores:
    scores = QuadScores()
    for label, result in zip(gold, coded):
        scores.confusion[(label, quad_of(result))] += 1
    return scores


def score_spans(sentences: list[NerSentence], coded: list[CodedArticle]) -> dict[str, tuple[float, float, float]]:
    """role -> (precision, recall, F1) of source and target spans."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # predicted, gold, matched
    for sentence, result in zip(sentences, coded):
        predicted = {"source": set(), "target": set()}
        for event in result.events:
            predicted["source"].update((a.start, a.end) for a in event.source)
            predicted["target"].update((a.start, a.end) for a in event.target)
        gold = {
            "source": [(s.start, s.end) for s in sentence.spans if s.role in ("S", "R")],
            "target": [(s.start, s.end) for s in sentence.spans if s.role == "T"],
        }
        for role in ("source", "target"):
            counts[role][0] += len(predicted[role])
            counts[role][1] += len(gold[role])
            counts[role][2] += _matched(sorted(predicted[role]), gold[role])
    table = {}
    for role, (predicted, gold, matched) in counts.items():
        p = matched / predicted if predicted else 0.0
        r = matched / gold if gold else 0.0
        table[role] = (p, r, f1(p, r))
    return table


def _matched(predicted: list[tuple[int, int]], gold: list[tuple[int, int]]) -> int:
    used, matched = set(), 0
    for start, end in predicted:
        for n, (g_start, g_end) in enumerate(gold):
            if n not in used and start < g_end and g_start < end:
                used.add(n)
                matched += 1
                break
    return matched
