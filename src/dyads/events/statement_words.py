"""The statement lexicon (data/statements.yaml) as the coder reads it: the kinds of
statement, their cue and content words, and the lists that refine them. The machinery
that uses it is events/statements.py."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources

from dyads.yaml_data import load_yaml


@dataclass(frozen=True)
class Kind:
    """One kind of statement: its PLOVER type, CAMEO code and mode."""

    event_type: str
    cameo: str
    mode: str | None


@dataclass(frozen=True)
class StatementWords:
    """data/statements.yaml, read once."""

    cue_lemmas: dict[str, Kind]
    cue_particles: dict[str, tuple[frozenset[str], Kind]]
    content_words: dict[tuple[str, ...], Kind]
    addressed: frozenset[tuple[str, ...]]  # appeal words that need the addressee as subject
    request: Kind
    negated: dict[str, str | None]
    negators: frozenset[str]
    reporting_sectors: frozenset[str]
    outranks: dict[str, frozenset[str]]
    by_first_word: dict[str, list[tuple[tuple[str, ...], Kind]]]  # content phrases by their first word
    telling_verbs: frozenset[str] = frozenset()
    act_nouns: frozenset[str] = frozenset()
    remedy_verbs: frozenset[str] = frozenset()
    denial_cues: frozenset[str] = frozenset()
    denied_things: frozenset[str] = frozenset()
    conditional: Kind | None = None  # a conditional threat (events/threats.py)
    conditions: frozenset[str] = frozenset()
    future_modals: frozenset[str] = frozenset()
    mandative_cues: frozenset[str] = frozenset()  # "insisted that X stop": an appeal
    suffered: frozenset[tuple[str, ...]] = frozenset()  # words whose subject is the one judged ("pay a price")
    spoken_force_types: frozenset[str] = frozenset()  # acts of force that become words when they quote
    spoken_force: Kind | None = None  # what they become (events/spoken.py)
    spoken_force_doers: frozenset[str] = frozenset()  # the sectors whose force verbs may be words
    spoken_between_persons: frozenset[str] = frozenset()  # force verbs that are words between persons
    met_types: frozenset[str] = frozenset()
    public_groups: frozenset[str] = frozenset()  # sectors of the public: no addressee of a content appeal
    neg_raising: frozenset[str] = frozenset()  # "don't think it is X" denies X  # events whose other side the statement never names
    question_cues: frozenset[str] = frozenset()  # "asked how he would respond": the asker's words
    media_platforms: frozenset[str] = frozenset()  # "said on Twitter": where it was said
    withheld_words: frozenset[str] = frozenset()  # "refused to say": words withheld, no judgement
    withholding_cues: frozenset[str] = frozenset()  # the cues that withhold them ("refused", "declined")
    described: dict[str, Kind] = field(default_factory=dict)  # "a great senator": adjectives of a predicate noun
    asked_acts: frozenset[str] = frozenset()  # "resign": what an appeal asks, no appeal in the speaker's own voice
    other_senses: dict[str, frozenset[str]] = field(default_factory=dict)  # "mistake ... for": no judgement
    belittling_cues: frozenset[str] = frozenset()  # "dismissed Estonia": their object named, blame
    state_protest: Kind | None = None  # what a state's protest is (events/spoken.py)
    state_protest_lemmas: frozenset[str] = frozenset()  # the verbs of protest a state does in words
    state_protest_doers: frozenset[str] = frozenset()  # the sectors that speak for a state
    mutual_types: frozenset[str] = frozenset()  # "X and Y agreed to ...": with each other
    denying: frozenset[tuple[str, ...]] = frozenset()  # content words that deny a charge: they answer the accuser
    menaces: dict[str, tuple[frozenset[str], Kind]] = field(default_factory=dict)  # "a threat to": noun, prepositions
    menaced: frozenset[str] = frozenset()  # what a menace endangers that makes it blame ("our democracy")
    blamed_acts: frozenset[str] = frozenset()  # acts told only to blame their doer ("flouted the law")
    feelings: frozenset[str] = frozenset()  # "should be alarmed": a feeling owed, no appeal
    viewing_verbs: frozenset[str] = frozenset()  # "Putin regarded the strike as aggression": Putin judges
    decided_by: dict[str, frozenset[str]] = field(default_factory=dict)  # "the ruling": whoever "ruled"
    prompting_verbs: frozenset[str] = frozenset()  # "X tested a bomb, prompting Obama to warn": about X
    negated_words: dict[str, str] = field(default_factory=dict)  # "not welcome": ACCUSE, not a refusal
    spoken_force_unarmed: frozenset[str] = frozenset()  # doers who command no force: their attacks are words
    confessed: frozenset[str] = frozenset()  # "we failed to ...": blame of one's own side, a confession

    @cached_property
    def statement_types(self) -> frozenset[str]:
        """The kinds of statement (ACCUSE, SUPPORT, REQUEST, REJECT, THREATEN): the types
        its cues name. A promise or a meeting told in a quote is no statement of these."""
        return frozenset(kind.event_type for kind in self.cue_lemmas.values())

    def cue_kind(self, words: str) -> Kind | None:
        """The kind of statement that a cue verb as written names ("accused", "called on",
        "lashed out at"), else None: a trigger whose own verb says what the act is."""
        tokens = words.lower().split()
        if not tokens:
            return None
        for lemma in possible_lemmas(tokens[0]):
            if lemma in self.cue_lemmas:
                return self.cue_lemmas[lemma]
            particles, kind = self.cue_particles.get(lemma, (frozenset(), None))
            if len(tokens) > 1 and tokens[1] in particles:
                return kind
        return None


def possible_lemmas(word: str) -> list[str]:
    """The base forms an English verb form may have: "accused" accuse, "slammed" slam,
    "decried" decry, "urging" urge. Only looked up in a closed list of cue lemmas, so a
    wrong guess ("accus") finds nothing."""
    forms = [word]
    for ending, bases in (("ies", ("y",)), ("ied", ("y",)), ("es", ("", "e")), ("s", ("",)),
                          ("ed", ("", "e")), ("d", ("",)), ("ing", ("", "e"))):
        if word.endswith(ending) and len(word) > len(ending) + 1:
            stem = word[: -len(ending)]
            forms += [stem + base for base in bases]
            if ending in ("ed", "ing") and len(stem) > 2 and stem[-1] == stem[-2]:
                forms.append(stem[:-1])  # "slammed", "ripping": the doubled consonant
    return forms


@cache
def statement_words() -> StatementWords:
    """The statement lexicon of the package."""
    text = resources.files("dyads.events").joinpath("data/statements.yaml").read_text("utf-8")
    return statement_words_from(load_yaml(text))


def statement_words_from(data: dict) -> StatementWords:
    """A statement lexicon from its YAML form (data/statements.yaml)."""
    cue_lemmas, cue_particles, content_words = {}, {}, {}
    request = None
    for event_type, entry in (data.get("cues") or {}).items():
        kind = Kind(event_type, str(entry["cameo"]), entry.get("mode"))
        cue_lemmas.update({str(lemma).lower(): kind for lemma in entry.get("lemmas") or []})
        for lemma, particles in (entry.get("particles") or {}).items():
            cue_particles[str(lemma).lower()] = (frozenset(str(p).lower() for p in particles), kind)
    addressed: set[tuple[str, ...]] = set()
    suffered: set[tuple[str, ...]] = set()
    described: dict[str, Kind] = {}
    asked_acts: set[str] = set()
    menaces: dict[str, tuple[frozenset[str], Kind]] = {}
    menaced: set[str] = set()
    for event_type, entry in (data.get("content") or {}).items():
        kind = Kind(event_type, str(entry["cameo"]), entry.get("mode"))
        described.update({str(w).lower(): kind for w in entry.get("described") or []})
        asked_acts.update(str(w).lower() for w in entry.get("asked_acts") or [])
        for noun, prepositions in (entry.get("menaces") or {}).items():
            menaces[str(noun).lower()] = (frozenset(str(p).lower() for p in prepositions or ()), kind)
        menaced.update(str(w).lower() for w in entry.get("menaced") or [])
        for word in [*(entry.get("words") or []), *(entry.get("addressed") or []), *(entry.get("suffered") or [])]:
            content_words[tuple(str(word).lower().split())] = kind
        addressed.update(tuple(str(w).lower().split()) for w in entry.get("addressed") or [])
        suffered.update(tuple(str(w).lower().split()) for w in entry.get("suffered") or [])
        if event_type == "REQUEST":
            request = kind
    if request is None:
        raise ValueError("statements.yaml: the content table needs a REQUEST entry")
    by_first_word: dict[str, list[tuple[tuple[str, ...], Kind]]] = {}
    for phrase, kind in content_words.items():
        by_first_word.setdefault(phrase[0], []).append((phrase, kind))
    spoken = data.get("spoken_force") or {}
    protest = data.get("state_protest") or {}
    return StatementWords(
        cue_lemmas, cue_particles, content_words, frozenset(addressed), request,
        dict(data.get("negated") or {}), frozenset(str(w).lower() for w in data.get("negators") or []),
        frozenset(data.get("reporting_sectors") or ()),
        {str(k): frozenset(v or ()) for k, v in (data.get("outranks") or {}).items()}, by_first_word,
        frozenset(data.get("telling_verbs") or ()), frozenset(str(w).lower() for w in data.get("act_nouns") or ()),
        frozenset(str(w).lower() for w in data.get("remedy_verbs") or ()),
        frozenset(str(w).lower() for w in data.get("denial_cues") or ()),
        frozenset(str(w).lower() for w in data.get("denied_things") or ()),
        Kind("THREATEN", str(threat["cameo"]), threat.get("mode")) if (threat := data.get("conditional_threat")) else None,
        frozenset(str(w).lower() for w in (threat or {}).get("conditions") or ()),
        frozenset(str(w).lower() for w in (threat or {}).get("modals") or ()),
        frozenset(str(w).lower() for w in data.get("mandative_cues") or ()),
        frozenset(suffered),
        frozenset(str(t).upper() for t in spoken.get("types") or ()),
        Kind(str(spoken["as"]["type"]).upper(), str(spoken["as"]["cameo"]), spoken["as"].get("mode"))
        if spoken.get("as") else None,
        frozenset(str(s).upper() for s in spoken.get("doers") or ()),
        frozenset(str(w).lower() for w in spoken.get("between_persons") or ()),
        frozenset(str(t).upper() for t in data.get("met_types") or ()),
        frozenset(str(t).upper() for t in data.get("public_groups") or ()),
        frozenset(str(w).lower() for w in data.get("neg_raising") or ()),
        frozenset(str(w).lower() for w in data.get("question_cues") or ()),
        frozenset(str(w).lower() for w in data.get("media_platforms") or ()),
        frozenset(str(w).lower() for w in data.get("withheld_words") or ()),
        frozenset(str(w).lower() for w in data.get("withholding_cues") or ()),
        described,
        frozenset(asked_acts),
        {str(k).lower(): frozenset(str(p).lower() for p in v or ()) for k, v in (data.get("other_senses") or {}).items()},
        frozenset(str(w).lower() for w in data.get("belittling_cues") or ()),
        Kind(str(protest["as"]["type"]).upper(), str(protest["as"]["cameo"]), protest["as"].get("mode"))
        if protest.get("as") else None,
        frozenset(str(w).lower() for w in protest.get("lemmas") or ()),
        frozenset(str(s).upper() for s in protest.get("doers") or ()),
        frozenset(str(t).upper() for t in data.get("mutual_types") or ()),
        frozenset(tuple(str(w).lower().split()) for w in data.get("denying_words") or ()),
        menaces=menaces, menaced=frozenset(menaced),
        blamed_acts=frozenset(str(w).lower() for w in data.get("blamed_acts") or ()),
        feelings=frozenset(str(w).lower() for w in data.get("feelings") or ()),
        viewing_verbs=frozenset(str(w).lower() for w in data.get("viewing_verbs") or ()),
        decided_by={str(k).lower(): frozenset(str(v).lower() for v in vs or ())
                    for k, vs in (data.get("decided_by") or {}).items()},
        prompting_verbs=frozenset(str(w).lower() for w in data.get("prompting_verbs") or ()),
        negated_words={str(k).lower(): str(v).upper() for k, v in (data.get("negated_words") or {}).items()},
        spoken_force_unarmed=frozenset(str(s).upper() for s in spoken.get("unarmed_doers") or ()),
        confessed=frozenset(str(w).lower() for w in data.get("confessed") or ()),
    )
