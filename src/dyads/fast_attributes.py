"""The attribute ruler's single-token patterns as a lookup: same attributes, a fraction of the time.

spaCy's `AttributeRuler` runs a `Matcher` over every token with all of the model's
patterns (179 in en_core_web_sm 3.8): a profile gave it about 12% of spaCy's time
(issue 14). Nearly all of those patterns look at one token only (its LOWER, TAG,
DEP, IS_SPACE), so what they do to a token is a function of three numbers the
tagger and parser have already set: its ORTH (every lexical attribute, LOWER or
IS_SPACE, follows from it), TAG and DEP. `FastAttributeRuler` works that function
out once per distinct (ORTH, TAG, DEP), from the model's own patterns, and
remembers it; a token then costs a dict look-up and one write.

The few multi-token patterns ("gon na", "let 's", "there is", ...) are runs of
such single-token conditions; they are resolved the same way, position by
position, and a match is a run of tokens satisfying positions 0, 1, ... in turn.
Patterns the lookup cannot reproduce exactly (operators, extension attributes,
attributes other than LOWER, ORTH, TAG, DEP, IS_SPACE, predicates other than
equality, IN, NOT_IN and REGEX) stay in a small spaCy `Matcher` (none in
en_core_web_sm 3.8). All matches are applied with spaCy's precedence, so the
result is identical to the stock ruler's, which `tests/test_fast_attributes.py`
checks token by token.

spaCy's rules this follows (`spacy/pipeline/attributeruler.py`, 3.8):
  * every pattern is matched against the doc *before* any attribute is written;
  * matches are applied in the order the patterns were added (sorted by the
    pattern's ordinal), so for each attribute the last matching pattern wins;
  * a multi-token pattern writes to the token at its `index` within the match;
  * writing is `set_token_attrs`, a plain overwrite of each attribute.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from spacy.attrs import DEP, LEMMA, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs
from spacy.vocab import Vocab

FACTORY = "dyads_fast_attributes"

# The token numbers a lookup key is made of; every condition the lookup handles
# is a function of them.
_KEY_ATTRS = [ORTH, TAG, DEP]
# Attributes a pattern may set and still be handled here. Each is a plain field of
# the token (set_token_attrs writes nothing to the lexeme for them), so writing
# them cannot change the ORTH, TAG or DEP a later token is looked up by... except
# TAG and DEP themselves, which is why keys are read before anything is written.
_SAFE_ATTRS = frozenset((POS, TAG, MORPH, LEMMA, DEP))
# What the lookup knows of a token: attributes to write, ordinals of the single-token
# patterns behind them, (sequence, position) pairs it satisfies, sequences it can start.
_Hit = tuple[dict, tuple[int, ...], frozenset[tuple[int, int]], tuple[int, ...]]
# The lookup forgets what it has seen past this many distinct keys (a bound on
# memory for a long-running process; news text repeats keys, so it rarely fills).
_MEMO_MAX = 500_000

# Attribute names the lookup understands, as the Matcher spells them after upper-casing
# ("TEXT" is the Matcher's alias of ORTH). LOWER, ORTH and IS_SPACE are read from the
# lexeme, a function of the token's ORTH alone.
_NAMES = frozenset(("LOWER", "ORTH", "TEXT", "IS_SPACE", "TAG", "DEP"))


def _value(name: str, lex: Any, tag: str, dep: str) -> Any:
    """The token's value of attribute `name`, as the Matcher sees it (strings, not hashes)."""
    if name == "TAG":
        return tag
    if name == "DEP":
        return dep
    if name == "LOWER":
        return lex.lower_
    if name == "IS_SPACE":
        return lex.is_space
    return lex.orth_  # ORTH, TEXT


class _Test:
    """One attribute's test in a Matcher token spec: equality, IN, NOT_IN or REGEX.

    A class rather than a closure so the component pickles (spaCy's n_process).
    """

    def __init__(self, op: str, arg: Any) -> None:
        self.op = op
        self.arg = re.compile(arg) if op == "REGEX" else frozenset(arg) if op in ("IN", "NOT_IN") else arg

    def __call__(self, got: Any) -> bool:
        if self.op == "==":
            # The Matcher compares string hashes (or a flag with int(bool)): the same
            # as comparing the strings (or bools).
            return bool(got == self.arg)
        if self.op == "IN":
            return got in self.arg
        if self.op == "NOT_IN":
            return got not in self.arg
        return bool(self.arg.search(got))  # Matcher: bool(re.compile(v).search(string))


def _compile_value(name: str, value: Any) -> list[_Test] | None:
    """The tests of one attribute's value as the Matcher would make them, or None if
    the lookup cannot be sure to reproduce the Matcher exactly."""
    if name == "IS_SPACE":
        # A flag: only a real bool is taken here (the Matcher compares int(value)).
        return [_Test("==", value)] if isinstance(value, bool) else None
    if isinstance(value, str):
        return [_Test("==", value)]
    if not isinstance(value, dict) or not value or set(value) - {"IN", "NOT_IN", "REGEX"}:
        return None
    tests = []
    for op, arg in value.items():
        if op == "REGEX" and not isinstance(arg, str):
            return None
        if op != "REGEX" and not (isinstance(arg, list) and all(isinstance(a, str) for a in arg)):
            return None
        tests.append(_Test(op, arg))
    return tests


class _Condition:
    """One single-token Matcher pattern as a test of (lexeme, tag, dep)."""

    def __init__(self, parts: list[tuple[str, list[_Test]]]) -> None:
        self.parts = parts

    def __call__(self, lex: Any, tag: str, dep: str) -> bool:
        for name, tests in self.parts:
            got = _value(name, lex, tag, dep)
            for test in tests:
                if not test(got):
                    return False
        return True

    def anchor(self) -> tuple[str, frozenset[Any]] | None:
        """An attribute and the only values for which this condition can hold (from an
        equality or IN test, the most selective attribute first), or None: lets a
        lookup try only the conditions that can hold for a token."""
        for wanted in ("LOWER", "ORTH", "TEXT", "TAG", "DEP", "IS_SPACE"):
            for name, tests in self.parts:
                for test in tests:
                    if name == wanted and test.op in ("==", "IN"):
                        values = frozenset((test.arg,)) if test.op == "==" else test.arg
                        return ("ORTH" if name == "TEXT" else name), values
        return None


def _compile_token(spec: Any) -> _Condition | None:
    """One Matcher token spec as a condition, or None if the spec uses anything the
    lookup does not reproduce exactly (OP, "_", other attributes or predicates):
    such a pattern stays with the Matcher."""
    if not isinstance(spec, dict) or not spec:
        return None
    parts = []
    for key, value in spec.items():
        if not isinstance(key, str) or key.upper() not in _NAMES:
            return None
        tests = _compile_value(key.upper(), value)
        if tests is None:
            return None
        parts.append((key.upper(), tests))
    return _Condition(parts)


def run_guarded(component: Any, doc: Doc, apply: Callable[[Doc], None]) -> Doc:
    """`apply(doc)` run as spaCy runs a component's own `__call__`: an error goes to
    the component's error handler (which raises, unless the user set another)."""
    error_handler = component.get_error_handler()
    try:
        apply(doc)
        return doc
    except Exception as e:
        return error_handler(component.name, component, [doc], e)


class FastAttributeRuler(AttributeRuler):
    """An `AttributeRuler` that applies its patterns by lookup where it can.

    It keeps everything an `AttributeRuler` has (the full `matcher`, `patterns`,
    serialisation), so it loads the same patterns the same way; only `__call__`
    differs. Each pattern added goes to one of three places:

    * single-token patterns whose tests the lookup reproduces: `_index`, resolved
      once per distinct (ORTH, TAG, DEP) and remembered in `_memo`;
    * fixed-length multi-token patterns made of such tokens (no OP): `_sequences`,
      each of whose positions is resolved the same way, a match being a run of
      tokens that satisfy positions 0, 1, ... in turn (what the Matcher finds for
      a pattern without operators);
    * anything else: `residual`, a Matcher run as spaCy runs its own.
    """

    def __init__(self, vocab: Vocab, name: str = "attribute_ruler", *, validate: bool = False,
                 **kwargs: Any) -> None:
        super().__init__(vocab, name, validate=validate, **kwargs)
        self._reset_lookup()

    def clear(self) -> None:
        """Reset all patterns (and the lookup's memory of them)."""
        super().clear()
        self._reset_lookup()

    def _reset_lookup(self) -> None:
        """An empty lookup and residual Matcher."""
        # Conditions on one token, as (what a match means, condition), filed under the
        # values of LOWER, ORTH, TAG, DEP or IS_SPACE they need (most name one), or
        # under None for those that need none (a REGEX alone). What a match means: (pattern ordinal, -1) for
        # a single-token pattern, (sequence number, position) for a multi-token one.
        self._index: dict[tuple[str, Any] | None, list[tuple[tuple[int, int], _Condition]]] = {None: []}
        # Multi-token patterns the lookup handles: (pattern ordinal, length).
        self._sequences: list[tuple[int, int]] = []
        # The rest, matched as spaCy matches them.
        self.residual = Matcher(self.vocab, validate=self.validate)
        self._residual_ids: list[int] = []
        # Set if some pattern writes something that could change how later tokens
        # match (a lexical attribute, an extension): then only the stock path is exact.
        self._stock_only = False
        # (ORTH, TAG, DEP) -> what the lookup knows of such a token (see _resolve).
        self._memo: dict[tuple[int, int, int], _Hit | None] = {}

    def add(self, patterns: Iterable[list[dict[str, Any]]], attrs: dict, index: int = 0) -> None:
        """Add patterns as `AttributeRuler.add` does, and file them for the lookup."""
        patterns = list(patterns)
        attr_id = len(self.attrs)
        super().add(patterns, attrs, index)
        self._memo.clear()
        normed = self.attrs[attr_id]
        if "_" in normed or set(normed) - _SAFE_ATTRS:
            self._stock_only = True
        compiled = [[_compile_token(spec) for spec in p] for p in patterns]
        if not patterns or any(not p or None in p for p in compiled):
            # Something the lookup may not reproduce exactly: spaCy's Matcher.
            self.residual.add(self.vocab.strings.add(str(attr_id)), patterns)  # type: ignore[arg-type]
            self._residual_ids.append(attr_id)
            return
        for conds in compiled:
            if len(conds) == 1 and index in (0, -1):
                self._file(conds[0], (attr_id, -1))  # type: ignore[arg-type]
            else:
                # A sequence; an index outside it fails when it matches, as in spaCy.
                number = len(self._sequences)
                self._sequences.append((attr_id, len(conds)))
                for position, cond in enumerate(conds):
                    self._file(cond, (number, position))  # type: ignore[arg-type]

    def _file(self, cond: _Condition, meaning: tuple[int, int]) -> None:
        """File a condition under the values it needs (see `_index`)."""
        anchor = cond.anchor()
        for key in ([(anchor[0], v) for v in anchor[1]] if anchor else [None]):
            self._index.setdefault(key, []).append((meaning, cond))

    def _resolve(self, vocab: Vocab, orth: int, tag: int, dep: int) -> _Hit | None:
        """What the lookup's patterns do to a token with this ORTH, TAG and DEP.

        Returns None if no condition holds, else (attributes, ordinals, positions,
        starts): the attributes of the single-token patterns that match, merged in
        pattern order (the last to set an attribute wins, as spaCy applies matches
        in pattern order); the ordinals of those patterns (needed when a sequence
        or residual match falls on the same token); the (sequence, position) pairs
        the token satisfies; and the sequences it can start.
        """
        # The doc's vocab (the pipeline's, in use) holds the doc's strings and lexemes.
        strings, index = vocab.strings, self._index
        lex, tag_, dep_ = vocab[orth], strings[tag], strings[dep]
        candidates = (index[None] + index.get(("LOWER", lex.lower_), [])
                      + index.get(("ORTH", lex.orth_), []) + index.get(("TAG", tag_), [])
                      + index.get(("DEP", dep_), []) + index.get(("IS_SPACE", lex.is_space), []))
        held = {meaning for meaning, cond in candidates if cond(lex, tag_, dep_)}
        if not held:
            return None
        ids = tuple(sorted(attr_id for attr_id, position in held if position == -1))
        merged: dict = {}
        for attr_id in ids:  # ascending: the last pattern to set an attribute wins
            merged.update(self.attrs[attr_id])
        positions = frozenset(m for m in held if m[1] >= 0)
        starts = tuple(sorted(number for number, position in positions if position == 0))
        return merged, ids, positions, starts

    def __call__(self, doc: Doc) -> Doc:
        """Set the attributes the stock ruler would set, by lookup where it can."""
        if self._stock_only:
            return super().__call__(doc)
        return run_guarded(self, doc, self._apply)

    def _apply(self, doc: Doc) -> None:
        # Read everything patterns test before writing anything: spaCy matches all
        # patterns first, and some patterns write TAG or DEP, which others test.
        keys = doc.to_array(_KEY_ATTRS).tolist() if len(doc) else []
        late = self._residual_matches(doc) if self._residual_ids else []
        memo, resolve = self._memo, self._resolve
        if len(memo) > _MEMO_MAX:
            memo.clear()
        hits: list[_Hit | None] = []
        starts = []
        for i, (orth, tag, dep) in enumerate(keys):
            key = (orth, tag, dep)
            if key in memo:
                hit = memo[key]
            else:
                hit = memo[key] = resolve(doc.vocab, orth, tag, dep)
            hits.append(hit)
            if hit is not None:
                if hit[0]:
                    set_token_attrs(doc[i], hit[0])
                if hit[3]:
                    starts.append(i)
        if starts:
            late += self._sequence_matches(hits, starts)
        if late:
            self._apply_late(doc, late, hits)

    def _sequence_matches(self, hits: list[_Hit | None], starts: list[int]) -> list[tuple[int, int]]:
        """(pattern ordinal, index of the token written) of every sequence match."""
        out = []
        n = len(hits)
        for i in starts:
            for number in hits[i][3]:  # type: ignore[index]
                attr_id, length = self._sequences[number]
                if i + length > n:
                    continue
                if all(hits[i + j] is not None and (number, j) in hits[i + j][2]  # type: ignore[index]
                       for j in range(1, length)):
                    out.append((attr_id, i + self._target(attr_id, length)))
        return out

    def _target(self, attr_id: int, length: int) -> int:
        """Where in a match of this length the pattern writes (its index, which may be
        negative), raising as spaCy's set_annotations does if out of range."""
        index = self.indices[attr_id]
        if not -length <= index < length:
            raise ValueError(f"[E1001] Pattern {attr_id} matched {length} tokens but index {index} "
                             "is out of range")
        return index % length

    def _residual_matches(self, doc: Doc) -> list[tuple[int, int]]:
        """(pattern ordinal, index of the token written) of every residual match."""
        out = []
        for match_id, start, end in self.residual(doc, allow_missing=True, as_spans=False):
            attr_id = int(self.vocab.strings[match_id])
            out.append((attr_id, start + self._target(attr_id, end - start)))
        return out

    def _apply_late(self, doc: Doc, late: list[tuple[int, int]], hits: list[_Hit | None]) -> None:
        """Replay, in pattern order, every pattern that touches a token a sequence or
        residual pattern matched: the lookup's merged write may have put a later
        pattern's value where an earlier one's belongs, or the reverse; replaying
        them all in order from the lookup's state gives each attribute its last
        writer, as in spaCy."""
        by_token: dict[int, set[int]] = {}
        for attr_id, i in late:
            by_token.setdefault(i, set()).add(attr_id)
        for i, ids in by_token.items():
            hit = hits[i]
            if hit is not None:
                ids.update(hit[1])
            token = doc[i]
            for attr_id in sorted(ids):
                set_token_attrs(token, self.attrs[attr_id])


@Language.factory(FACTORY, default_config={"validate": False})
def make_fast_attribute_ruler(nlp: Language, name: str, validate: bool) -> FastAttributeRuler:
    """The component, empty: `replace_attribute_ruler` fills it with the model's patterns."""
    return FastAttributeRuler(nlp.vocab, name, validate=validate)


def replace_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> FastAttributeRuler:
    """Put a `FastAttributeRuler` in place of the pipeline's `AttributeRuler`, same name
    and place (so the lemmatizer and ner still run after it), with the same patterns
    read from the loaded model: the lookup follows whatever model is installed."""
    stock = nlp.get_pipe(name)
    if not isinstance(stock, AttributeRuler) or isinstance(stock, FastAttributeRuler):
        raise TypeError(f"pipe '{name}' is {type(stock).__name__}, not spaCy's AttributeRuler")
    patterns = stock.patterns
    fast = nlp.replace_pipe(name, FACTORY, config={"validate": stock.validate})
    fast.add_patterns(patterns)  # type: ignore[attr-defined]
    return fast  # type: ignore[return-value]
