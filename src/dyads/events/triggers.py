"""Finding trigger words in a parsed sentence, under their lexicon constraints."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from dyads.actors.mentions import DocView, view_of
from dyads.events.intent import intent_rules
from dyads.events.lexicon import Lexicon, Trigger
from dyads.nlp import to_infinitive
from dyads.quotes.reported import naming_predicate

VERB_TAGS = {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"}
NOUN_TAGS = {"NN", "NNS"}
# Children that start another clause: a word there is not this verb's business.
CLAUSAL_DEPS = {"ccomp", "xcomp", "advcl", "conj", "relcl", "acl", "parataxis", "csubj"}
OBJECT_DEPS = {"dobj", "attr", "oprd"}
# A compound before an object names its kind ("Iskander missile systems", "aid deliveries",
# "a condolence message"), unless the object is a record of something: releasing "body
# camera footage" frees no body.
RECORD_HEADS = {"footage", "video", "image", "photo", "photograph", "picture", "report", "record", "document",
                "file", "list", "data", "recording", "tape", "transcript"}
QUANTITY_NOUNS = {"part", "worth", "number", "ton", "tonne", "amount", "portion", "share", "batch", "shipment",
                  "package", "lot", "dozen", "hundred", "thousand", "million", "billion",
                  # "carried out a string of attacks", "held a new round of talks"
                  "series", "string", "wave", "spate", "round", "barrage", "volley", "flurry", "raft", "pair",
                  # "sent a team of doctors", "gave some of the equipment"
                  "team", "some", "most", "group", "fleet", "consignment",
                  # "handed over 700 kg of medicine", "sent two planeloads of supplies"
                  "kg", "kilogram", "kilo", "tons", "litre", "liter", "gallon", "barrel", "crate", "box", "bag",
                  "sack", "truckload", "planeload", "shipload", "container", "convoy", "cargo", "load",
                  # "called a second day of strikes", "held a week of talks"
                  "day", "night", "week",
                  "euro", "dollar", "pound", "yen", "yuan", "franc", "rupee", "ruble", "rouble", "shilling"}
TRIGGER_TAGS = VERB_TAGS | NOUN_TAGS | {"JJ"}  # the tags find_triggers looks up
NOMINAL_TRIGGER_HEADS = {"dobj", "pobj", "nsubj", "nsubjpass", "appos", "conj", "attr", "ROOT"}


@dataclass(frozen=True)
class Match:
    """A trigger entry matched at a token."""

    token: Token
    trigger: Trigger


def find_triggers(sentence: Span, lexicon: Lexicon) -> list[Match]:
    """Every trigger of a sentence, one entry per token, specific entries first."""
    found = []
    view = view_of(sentence.doc)
    # the look-ups read the doc's arrays: a Token object is made only for a word in the lexicon
    tags, lemmas, lowers = view.tags, view.lemmas, view.lowers
    for i in range(sentence.start, sentence.end):
        tag = tags[i]
        if tag not in TRIGGER_TAGS:
            continue
        lemma = lemmas[i].lower()
        entries = lexicon.verbs.get(lemma) if tag in VERB_TAGS else lexicon.nouns.get(lemma) if tag in NOUN_TAGS \
            else None
        if not entries and tag in ("JJ", "VBN"):
            # "ready to contribute"; "is committed to", tagged as a passive verb
            adjective = lexicon.adjectives.get(lemma) or lexicon.adjectives.get(lowers[i])
            entries = adjective if adjective and _takes_to(view.tokens[i]) else None
        if not entries:
            continue
        token = view.tokens[i]
        facts = _TokenFacts(token)  # read once for all of the lemma's entries
        entry = next((e for e in entries if satisfies(token, e, facts)), None)
        if entry is not None:
            found.append(Match(token, entry))
    return found


# "refused to comment", "declined to elaborate": saying nothing is not an event.
lexicon_silent = frozenset({"comment", "elaborate", "confirm", "disclose", "speculate", "say", "discuss",
                            "give", "answer", "respond", "specify", "identify", "name"})
# ... but a threat to respond or to answer is a threat of force: "vowed to respond to Israel's strike".
ANSWERED_BY_FORCE = frozenset({"respond", "answer"})


def _of_lemmas(token: Token) -> set[str]:
    """Lemmas of a noun's "of" objects ("the release of the video")."""
    return {g.lemma_.lower() for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"}


def _takes_to(token: Token) -> bool:
    return any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "to") for c in token.children)


class _TokenFacts:
    """A token's object lemmas and clause words, read on first use and kept: a lemma has
    up to a dozen entries, and each would walk the parse again."""

    def __init__(self, token: Token) -> None:
        self.token = token
        self._objects: set[str] | None = None
        self._clause: frozenset[str] | None = None

    @property
    def objects(self) -> set[str]:
        if self._objects is None:
            self._objects = object_lemmas(self.token)
        return self._objects

    @property
    def clause(self) -> frozenset[str]:
        """Lemmas and lower-case forms of the clause's words (`with_words` reads them)."""
        if self._clause is None:
            token = self.token
            view = view_of(token.doc)
            # the clause's words for `with_words`, four levels down ("began a new round of
            # joint exercises" puts "joint" four words down), and the verbs of its
            # complements ("urged Iran to release": release), read from the doc's arrays
            words = [*clause_indices(view, token.i, 4),
                     *(i for i in view.children()[token.i] if view.deps[i] in ("xcomp", "ccomp"))]
            self._clause = frozenset(view.lemmas[i].lower() for i in words) | frozenset(view.lowers[i] for i in words)
        return self._clause


def _particle_names_a_person(token: Token, particle: str) -> bool:
    """Whether the verb's preposition has a name as its object that is no organisation
    ("spoke to Modi", which the name-finder may take for a place; never "spoke to
    reporters" or "spoke to CNN")."""
    return any(c.dep_ == "prep" and c.lower_ == particle and any(
        g.dep_ == "pobj" and g.pos_ == "PROPN" and g.ent_type_ not in ("ORG", "NORP", "FAC", "DATE", "TIME")
        for g in c.children) for c in token.children)


def satisfies(token: Token, trigger: Trigger, facts: _TokenFacts | None = None) -> bool:
    """Whether the token meets the entry's particle, object, of- and clause-word constraints."""
    facts = facts or _TokenFacts(token)
    if trigger.particle and not any(is_particle(token, c, trigger.particle) for c in token.children):
        return False
    if trigger.right_after and not any(is_particle(token, c, trigger.particle, at_once=True) for c in token.children):
        return False  # "seized weapons on the border", "seized on Monday": no "seizing on" remarks
    if trigger.pos == "noun" and token.dep_ == "dobj" and token.head.lemma_.lower() in intent_rules()["audience_verbs"]:
        return False  # "told a rally in Ohio": the audience, no protest
    if trigger.after_words and not (token.dep_ == "pobj" and token.head.lower_ in trigger.after_words):
        return False  # "came under fire": not "the fire destroyed homes"
    if trigger.objects and not (facts.objects & trigger.objects):
        return False
    if trigger.addressee and not _told_to_act(token):
        return False  # "told reporters that ...", "wants to visit China": no one is asked anything
    if trigger.not_questions and asks_a_question(token):
        return False  # "asked Trump whether he would concede", "when asked how he would respond"
    if trigger.person_object and not any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in token.children) \
            and not (trigger.particle and _particle_names_a_person(token, trigger.particle)):
        return False  # "called Pashinyan": a telephone call; "called elections" is none; "spoke to Modi"
    if trigger.named_object and not any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in token.children):
        return False  # "the African Union suspended Gabon" (a country, events/coder.py checks); "suspended talks"
    if trigger.people_object and _holds_a_thing(token, trigger):
        return False  # "Republicans were holding the Zika response hostage": words, no abduction
    if trigger.not_naming and _names_its_object(token):
        return False  # "Sunak called the strikes 'limited, necessary and proportionate action'"
    if trigger.not_objects and (facts.objects | _of_lemmas(token)) & trigger.not_objects:
        return False  # "released the footage" frees no one
    if trigger.of_words and not any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lemma_.lower() in trigger.of_words for g in c.children)
        for c in token.children
    ):
        return False
    if trigger.predicate and not predicate_words(token) & trigger.with_words:
        # "called for an end to the aggression" calls no one anything. The clause test
        # below must hold too: it keeps the words near the verb, which a predicate read
        # from a misparsed object's whole subtree does not ("attacked positions
        # belonging to terrorist groups" names no one)
        return False
    if trigger.with_words and not facts.clause & trigger.with_words:
        return False
    if trigger.without_words and {t.lemma_.lower() for t in token.subtree} & trigger.without_words:
        return False  # "pleaded not guilty" is no guilty plea; "warned X to stop or face a response"
    if not trigger.objects and token.lemma_.lower() in intent_rules()["attempt_heads"] \
            and any(c.dep_ == "xcomp" for c in token.children):
        return False  # "sought to discredit the envoy": an attempt at the act, coded as that act
    return not any(c.dep_ == "xcomp" and c.lemma_.lower() in lexicon_silent
                   and not (trigger.event_type == "THREATEN" and c.lemma_.lower() in ANSWERED_BY_FORCE)
                   for c in token.children)


def asks_a_question(verb: Token) -> bool:
    """Whether a verb of asking asks a question rather than for an act: its clause opens
    with a question word ("asked Trump whether he would respect the result", "asked how
    he would respond"; data/intent.yaml `question_words`), it follows the question it asked
    ('"Where does this stop?" he asked'), or it is a bare participle whose subject is the one
    asked ("Warren, asked directly, stood by her version")."""
    if verb.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass", "agent", "auxpass") for c in verb.children):
        return True
    if _after_a_question(verb) and not any(
            c.i > verb.i and (c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ == "for") for c in verb.children):
        return True  # '"What would using this label accomplish?" Obama asked': the words asked
    words = frozenset(intent_rules()["question_words"])
    return any(c.dep_ in ("ccomp", "advcl", "dobj", "xcomp") and c.left_edge.lower_ in words
               and c.left_edge.i > verb.i for c in verb.children)


def _after_a_question(verb: Token) -> bool:
    """Whether a verb trails a quoted question, in its sentence or just before it (the
    parser may end the sentence at '?"'): '"Where does this stop?" he asked'."""
    doc = verb.doc
    first = min([verb.i, *(c.left_edge.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))])
    i = first - 1
    while i >= 0 and (doc[i].is_quote or doc[i].is_space or doc[i].text == ","):
        i -= 1
    return i >= 0 and doc[i].text == "?" and i < first - 1


def _told_to_act(verb: Token) -> bool:
    """Whether someone is told to act: a direct object and a "to" infinitive ("told the
    United States to stop"), or a "to" infinitive with its own subject ("wants Beijing to
    release the Canadians")."""
    def infinitive(token: Token) -> bool:
        return token.tag_ == "VB" and to_infinitive(token)

    if any(c.dep_ == "dobj" for c in verb.children) and any(
            c.dep_ == "xcomp" and infinitive(c) for c in verb.children):
        return True
    return any(c.dep_ == "ccomp" and infinitive(c) and any(g.dep_ == "nsubj" for g in c.children)
               for c in verb.children)


def is_particle(verb: Token, child: Token, particle: str, at_once: bool = False) -> bool:
    """"call for", "crack down": a particle, or a preposition right after the verb (not
    "called a meeting on Monday"). `at_once`: with nothing but adverbs between, and no
    day after it ("seized on the remarks", never "seized arms on" or "seized on Monday")."""
    if child.lower_ != particle:
        return False
    if child.dep_ == "prt" and not at_once:
        return True
    if child.dep_ not in ("prep", "agent", "advmod", "prt") or child.i < verb.i:
        return False  # "on Wednesday called on Dean": the first "on" is the day's
    if particle == "on" and any(g.ent_type_ in ("DATE", "TIME") for g in child.children if g.dep_ == "pobj"):
        return False  # "called Putin on Monday": a phone call on a day, no appeal ("jailed for ten years" is)
    between = verb.doc[verb.i + 1: child.i]
    if at_once:
        return all(t.tag_ in ("RB", "RBR") for t in between) and not any(
            g.ent_type_ in ("DATE", "TIME") for g in child.children if g.dep_ == "pobj")
    # right after the verb, or after adverbs, a day ("charged Tuesday with") and the
    # verb's object ("pushing hard for", "held civilians as shields"); never the
    # preposition of a time phrase ("called a meeting on Monday")
    objects = {t.i for c in verb.children if c.dep_ == "dobj" for t in c.subtree}
    return all(t.tag_ in ("RB", "RBR") or t.i in objects or t.ent_type_ in ("DATE", "TIME") for t in between)


# What a verb of naming says its object is hangs off the verb as a complement, a second
# object, an "as"/"to" phrase, or (misparsed) inside the object: anywhere but these.
NOT_PREDICATE_DEPS = {"nsubj", "nsubjpass", "csubj", "agent", "advcl", "conj", "cc", "punct", "ccomp", "mark",
                      "aux", "auxpass", "neg", "advmod", "npadvmod", "prt", "dative"}


def _holds_a_thing(token: Token, trigger: Trigger) -> bool:
    """Whether the verb's direct object, other than the entry's own object words, is a
    thing rather than people: a singular common noun no name-finder tags ("holding the
    budget hostage", "held our state hostage"). People, names, pronouns and numbers of
    them ("held two aid workers hostage", "held him hostage") are not."""
    for child in token.children:
        if child.dep_ != "dobj":
            continue
        # the parser mostly reads "the budget hostage" as one noun phrase
        held = [c for c in child.children if c.dep_ == "compound"] if child.lemma_.lower() in trigger.objects \
            else [child]
        if any(_a_thing(noun) for noun in held):
            return True
    return False


def _a_thing(noun: Token) -> bool:
    """A singular common noun no name-finder tags, with no number: "the budget", not
    "the passengers", "200 Israelis" or "him"."""
    return noun.tag_ == "NN" and not noun.ent_type_ and not any(c.dep_ == "nummod" for c in noun.children)


def _names_its_object(verb: Token) -> bool:
    """Whether a verb says what its object is: a complement ("called the strikes limited
    action") or, misparsed, a noun in apposition to the object or a second object."""
    predicate = naming_predicate(verb)
    return predicate is not None and predicate.dep_ != "xcomp"  # "called Putin to discuss" is a call


def predicate_words(verb: Token) -> set[str]:
    """Lemmas and forms of what a verb of naming says its object is: "called Putin **a
    killer**", "described the strikes **as an act of aggression**", "likened him **to a
    dictator**", "branded North Korea **an outlaw nation**". Never the words of a
    "for" or "on" phrase ("called for an end to the aggression") or of the subject."""
    words: set[str] = set()
    for child in verb.children:
        if child.dep_ in NOT_PREDICATE_DEPS or child.dep_ == "prep" and child.lower_ not in ("as", "to"):
            continue
        for t in child.subtree:
            words.add(t.lemma_.lower())
            words.add(t.lower_)
    return words


def object_lemmas(token: Token) -> set[str]:
    """Lemmas of the verb's objects: direct objects (and their conjuncts), or a passive subject."""
    lemmas = set()
    for child in token.children:
        if child.dep_ in OBJECT_DEPS or (child.dep_ == "nsubjpass"):
            lemmas.add(child.lemma_.lower())
            lemmas.update(c.lemma_.lower() for c in child.conjuncts)
            if child.lemma_.lower() not in RECORD_HEADS:
                # "Iskander missile systems", "aid deliveries": the kind is in the compound
                lemmas.update(c.lemma_.lower() for c in child.children if c.dep_ == "compound" and c.i < child.i)
            # "held Hamas responsible": the parser may hang the small clause's adjective on
            # the object it describes ("hold those responsible to account" names a group)
            if child.pos_ == "PROPN" and not any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children):
                lemmas.update(c.lemma_.lower() for c in child.children
                              if c.dep_ == "amod" and c.pos_ == "ADJ" and c.i > child.i)
            if child.lemma_.lower() in QUANTITY_NOUNS or child.tag_ == "CD":
                # "part of the aid", "3.5 million euros in aid", "returned 101 of the 110 schoolgirls"
                lemmas.update(t.lemma_.lower() for p in child.children if p.lower_ in ("of", "in")
                              for g in p.children if g.dep_ == "pobj" for t in (g, *g.conjuncts))
        if child.dep_ == "ccomp" and child.pos_ == "ADJ" and any(c.dep_ == "nsubj" for c in child.children):
            lemmas.add(child.lemma_.lower())  # "holds Hamas fully responsible": a small clause
    if token.dep_ in ("acl", "relcl") and token.tag_ == "VBN":  # "sanctions imposed on Iran"
        lemmas.add(token.head.lemma_.lower())
    return lemmas


def clause_words(token: Token, depth: int = 3) -> Iterator[Token]:
    """The words of the token's own clause, a few levels down, not entering other clauses."""
    view = view_of(token.doc)
    return map(view.tokens.__getitem__, clause_indices(view, token.i, depth))


def clause_indices(view: DocView, i: int, depth: int = 3) -> tuple[int, ...]:
    """`clause_words` as token indices, level by level, each level in text order; read
    from the doc's head numbers once per (token, depth): realis, date, place and the
    trigger's constraints all ask for the same clauses."""
    found = view.clauses.get((i, depth))
    if found is None:
        kids, deps = view.children(), view.deps
        words: list[int] = []
        frontier = [i]
        for _ in range(depth):
            following = [child for word in frontier for child in kids[word] if deps[child] not in CLAUSAL_DEPS]
            words += following
            frontier = following
        found = view.clauses[(i, depth)] = tuple(words)
    return found
