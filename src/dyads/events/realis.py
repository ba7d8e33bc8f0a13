"""Whether an event happened: asserted, negated, future, hypothetical or historical.

Read from the trigger's own clause and the verbs it hangs from ("plans to
visit", "did not meet", "if ... could provide"); the word lists are in
`data/realis.yaml`. Nothing is dropped: users filter on the label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from dyads.actors.mentions import entities_of, view_of
from dyads.events.triggers import clause_indices
from dyads.events.when import MONTHS, read_date
from dyads.nlp import main_verb_of_a_stray_past, to_infinitive
from dyads.yaml_data import load_yaml


@dataclass(frozen=True)
class RealisWords:
    future_auxiliaries: frozenset[str]
    hypothetical_auxiliaries: frozenset[str]
    future_heads: frozenset[str]
    hypothetical_heads: frozenset[str]
    negative_heads: frozenset[str]
    conditional_marks: frozenset[str]
    future_modifiers: frozenset[str]
    hypothetical_modifiers: frozenset[str]
    negative_determiners: frozenset[str]
    historical_phrases: tuple[str, ...]
    undoing_verbs: frozenset[str] = frozenset()
    undoing_phrasals: frozenset[str] = frozenset()
    future_nouns: frozenset[str] = frozenset()
    hypothetical_nouns: frozenset[str] = frozenset()
    claim_nouns: frozenset[str] = frozenset()
    generic_heads: frozenset[str] = frozenset()
    promise_heads: frozenset[str] = frozenset()
    hedging_adverbs: frozenset[str] = frozenset()
    passed_over: tuple[tuple[str, str], ...] = ()  # ("of", "instead"): "instead of fighting"
    dated_documents: frozenset[str] = frozenset()  # "the 2015 nuclear deal": its year is the deal's
    negated_adverbs: frozenset[str] = frozenset()  # "no longer sending weapons": the act has stopped


@lru_cache(maxsize=1)
def realis_words() -> RealisWords:
    """The word lists of data/realis.yaml."""
    data = load_yaml(resources.files("dyads.events").joinpath("data/realis.yaml").read_text("utf-8"))
    return RealisWords(
        *(frozenset(str(w).lower() for w in data[name]) for name in (
            "future_auxiliaries", "hypothetical_auxiliaries", "future_heads", "hypothetical_heads",
            "negative_heads", "conditional_marks", "future_modifiers", "hypothetical_modifiers",
            "negative_determiners")),
        tuple(data["historical_phrases"]),
        frozenset(data.get("undoing_verbs") or ()), frozenset(data.get("undoing_phrasals") or ()),
        frozenset(str(w).lower() for w in data.get("future_nouns") or ()),
        frozenset(str(w).lower() for w in data.get("hypothetical_nouns") or ()),
        frozenset(str(w).lower() for w in data.get("claim_nouns") or ()),
        frozenset(str(w).lower() for w in data.get("generic_heads") or ()),
        frozenset(str(w).lower() for w in data.get("promise_heads") or ()),
        frozenset(str(w).lower() for w in data.get("hedging_adverbs") or ()),
        tuple(tuple(str(phrase).lower().split()[::-1]) for phrase in data.get("passed_over") or ()),
        frozenset(str(w).lower() for w in data.get("dated_documents") or ()),
        frozenset(str(w).lower() for w in data.get("negated_adverbs") or ()),
    )


def realis_of(trigger: Token, published: date | None, is_noun: bool = False) -> str:
    """The realis label of the event whose trigger is this token."""
    words = realis_words()
    # "must be ready to mediate": an adjective's modals hang on its copula
    verb = _clause_verb(trigger) if is_noun or trigger.dep_ in ("acomp", "attr") else trigger
    if is_noun and trigger.lemma_.lower() == "protest" and trigger.head.lower_ == "in":
        # "refused to attend classes in protest at the plans": the refusal is the protest
        verb = _governing_chain(verb)[-1]
    if _neither_nor(trigger):
        return "negated"
    if is_noun:
        mods = {c.lower_ for c in trigger.children if c.dep_ in ("amod", "det", "compound", "nummod")}
        if mods & words.negative_determiners or _undone(trigger, verb, words):
            return "negated"
        if mods & words.hypothetical_modifiers:
            return "hypothetical"
        if mods & words.future_modifiers:
            return "future"
    chain = _governing_chain(verb)
    if _passed_over(verb, words):
        return "negated"
    if any(_is_conditional(v, words) for v in (*chain, *_verb_of_preposition(chain[-1]))) \
            or _describes_a_kind(verb, words):
        return "hypothetical"
    if any(c.dep_ == "advmod" and c.lower_ in words.hedging_adverbs for c in verb.children):
        return "hypothetical"
    for k, v in enumerate(chain):
        if k and chain[k - 1].dep_ == "conj" and _own_tense(chain[k - 1]):
            break  # "was not looking to provoke and urged New Delhi to act": the urging happened
        if any(c.dep_ == "neg" for c in v.children) or _no_subject(v, words) or _stopped(v, words):
            return "negated"
        if v is not verb and v.i not in _coordinated(chain) and (
                v.lemma_.lower() in words.negative_heads or _undoing_phrasal(v, words)):
            return "negated"  # "refused to send", "ruled out sending Taurus missiles"
    coordinated = _coordinated(chain)
    for v in chain:
        auxes = {c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass")}
        if v.tag_ == "VBN":
            auxes -= HAD_CONTRACTIONS  # "he'd gone": had, not would
        if auxes & words.future_auxiliaries:
            return "future"
        if auxes & words.hypothetical_auxiliaries:
            if auxes and auxes <= WOULD_FORMS and _backshifted_will(v):
                return "future"  # "said his government would suspend the rise": will, told in the past
            return "hypothetical"
        if v is verb or v.i in coordinated:
            continue
        if v.lemma_.lower() in words.future_heads:
            return "future"
        if v.lemma_.lower() in words.hypothetical_heads or (
                v.pos_ == "ADP" and v.head is not v and v.head.pos_ == "ADJ"
                and v.head.lemma_.lower() in words.hypothetical_heads):  # "open to discussing"
            return "hypothetical"
    noun = _governing_noun(chain[-1])
    if noun is not None and noun.lemma_.lower() in words.future_nouns:
        return "future"
    if noun is not None and noun.lemma_.lower() in words.hypothetical_nouns | words.claim_nouns:
        return "hypothetical"
    if _is_historical(verb, published, words):
        return "historical"
    speech = _reporting_verb(chain[-1])
    if speech is not None and realis_of(speech, published) in ("future", "hypothetical"):
        return "future"  # "is expected to announce that Madrid recognises Guaido": not yet said
    return "asserted"


def _describes_a_kind(verb: Token, words: RealisWords) -> bool:
    """Whether the verb is a present-tense relative clause on an indefinite head: "people
    who attack my wife", "anyone who supports the bill" say what kind of people are
    meant, not what anyone did ("the people who attacked the embassy" did it)."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:  # "who attack my wife and attack my father"
        if main_verb_of_a_stray_past(verb) is not None:
            return False  # "... to anyone who wants to build and urged Trump": the speaker urged
        verb = verb.head
    if verb.dep_ != "relcl" or verb.tag_ not in ("VBP", "VBZ"):
        return False
    head = verb.head
    return head.lower_ in words.generic_heads and not any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("any", "all") for c in head.children)


def _backshifted_will(verb: Token) -> bool:
    """Whether "would" is the "will" of reported speech: the verb heads what a past verb of
    saying reports ("said it would retaliate"), with no condition of its own."""
    speech = _reporting_verb(verb)
    if speech is None or speech.tag_ != "VBD":
        return False
    # "said it would send aid if the war ended": the condition may hang on either verb
    marks = realis_words().conditional_marks
    return not any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
                   for v in (verb, speech) for c in v.children)


def _reporting_verb(verb: Token) -> Token | None:
    """The verb of saying whose reported clause this verb heads ("announce" of "announce
    that Madrid recognises"), where the governing chain stops."""
    if verb.dep_ == "ccomp" and verb.head is not verb and verb.head.lemma_ in REPORTING_LEMMAS:
        return verb.head
    return None


def _governing_noun(verb: Token) -> Token | None:
    """The noun an infinitive completes ("a plan to visit", "a duty to ensure"), a gerund
    completes through "of" or "for" ("the prospect of breaking up the bank", "a
    requirement for cooperating"; `verb` is then the preposition, where the governing
    chain stops), a clause states ("the consensus that Russia hacked"), or one made
    ("a pledge he made to support"), if any."""
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and to_infinitive(verb):
        return verb.head
    if verb.pos_ == "ADP" and verb.lower_ in ("of", "for") and verb.head.pos_ == "NOUN" \
            and any(c.dep_ == "pcomp" for c in verb.children):
        return verb.head
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ == "NOUN" \
            and verb.head.lemma_.lower() in realis_words().claim_nouns:
        return verb.head
    if verb.dep_ == "advcl" and to_infinitive(verb):
        # "renewed his call on Congress to bar people ...": the parser hangs the noun's
        # infinitive on the verb whose object the noun is
        words = realis_words()
        noun = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i and c.pos_ == "NOUN"
                     and c.lemma_.lower() in words.hypothetical_nouns | words.future_nouns), None)
        if noun is not None:
            return noun
    made = verb.head
    if verb.dep_ in ("advcl", "xcomp") and to_infinitive(verb) \
            and made.dep_ == "relcl" and made.lemma_.lower() in ("make", "give") and made.head.pos_ == "NOUN":
        return made.head  # "a pledge he made to support the nominee": the pledge's act, not done
    return None


def _undoes(verb: Token, words: RealisWords) -> bool:
    return verb.lemma_.lower() in words.undoing_verbs or _undoing_phrasal(verb, words)


def _undoing_phrasal(verb: Token, words: RealisWords) -> bool:
    """"called off", "ruled out": a verb and its particle that undo what they govern."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return particle is not None and f"{verb.lemma_.lower()} {particle}" in words.undoing_phrasals


def _undone(noun: Token, verb: Token, words: RealisWords) -> bool:
    """Whether an event noun is what a verb undoes: "postponed the talks", "the visit was
    called off", "a meeting that was cancelled"."""
    if any(t.dep_ in ("relcl", "acl") and _undoes(t, words) for t in noun.subtree):
        return True  # the parser may hang the clause on the noun's own modifier
    return (verb.i != noun.i and noun.dep_ in ("dobj", "nsubjpass") and noun.head.i == verb.i
            and _undoes(verb, words))


def _no_subject(verb: Token, words: RealisWords) -> bool:
    """Whether the verb's subject is no one: "Neither Russia nor Ukraine attended the
    talks", "No country has recognised the vote"."""
    view = view_of(verb.doc)  # read from the doc's arrays: most verbs' subjects pass
    kids, deps, lowers = view.children(), view.deps, view.lowers
    for subject in (c for c in kids[verb.i] if deps[c] in ("nsubj", "nsubjpass")):
        if any(lowers[c] == "neither" and deps[c] in ("preconj", "det", "cc") for c in kids[subject]):
            return True
        if any(deps[c] == "det" and lowers[c] in words.negative_determiners for c in kids[subject]):
            return True
    return False


def _neither_nor(token: Token) -> bool:
    """Whether the event stands in a "neither ... nor" pair: "neither met nor called"."""
    view = view_of(token.doc)  # read from the doc's arrays: nearly every event passes
    kids, heads, lowers = view.children(), view.heads, view.lowers
    for word in (token.i, heads[token.i]):
        if any(lowers[c] == "neither" for c in kids[word]):
            return True
        if view.deps[word] == "conj" and any(lowers[c] == "nor" for c in kids[heads[word]]):
            return True
    return False


def _clause_verb(noun: Token) -> Token:
    """The verb of the clause a noun stands in ("held talks" -> held)."""
    token = noun
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX") or token.dep_ == "ROOT":
            return token
        token = token.head
    return noun


REPORTING_LEMMAS = ("say", "tell", "announce", "report")


def _stopped(verb: Token, words: RealisWords) -> bool:
    """Whether a negated adverb of time says the act has stopped: "Poland is no longer
    sending weapons to Ukraine", "not any longer" (realis.yaml `negated_adverbs`; "not
    only" negates nothing)."""
    return any(c.dep_ == "advmod" and c.lower_ in words.negated_adverbs and any(g.dep_ == "neg" for g in c.children)
               for c in verb.children)


HAD_CONTRACTIONS = frozenset({"'d", "’d"})
WOULD_FORMS = frozenset({"would", "'d", "’d"})


def _governing_chain(verb: Token) -> list[Token]:
    """The verb and the verbs it is a complement of ("plans to visit": visit, plans), and
    the first of verbs coordinated with it ("will meet and sign": its "will" counts)."""
    chain = [verb]
    token = verb
    while (token.dep_ in ("xcomp", "ccomp", "conj", "pcomp") or _misread_complement(token)) \
            and token.head is not token and len(chain) < 4:
        if token.dep_ == "ccomp" and token.head.lemma_ in REPORTING_LEMMAS:
            break  # reported speech: "said it had attacked" is told, not wished
        if (main := main_verb_of_a_stray_past(token)) is not None:
            token = main  # "said ... to anyone who wants to build and urged Trump": not wanted
            chain.append(token)
            continue
        if _past_hung_on_an_infinitive(token):
            # "urged every Republican state to send troops and blasted Biden": the past
            # tense is the main verb's fellow, not part of what was urged
            token = token.head.head
            chain.append(token)
            continue
        token = token.head
        chain.append(token)
    return chain


def _past_hung_on_an_infinitive(verb: Token) -> bool:
    """A past tense the parser joined to a "to" infinitive: a finite verb cannot share
    the infinitive's clause, so it is a second act of the verb above the infinitive."""
    return verb.dep_ == "conj" and verb.tag_ == "VBD" and verb.head.dep_ == "xcomp" and to_infinitive(verb.head)


def _verb_of_preposition(token: Token) -> list[Token]:
    """The verb a preposition completes ("took part **in** killing"), whose condition is
    the event's too: "if a government took part in killing a Canadian"."""
    if token.pos_ == "ADP" and token.dep_ == "prep" and token.head.pos_ in ("VERB", "AUX"):
        return [token.head]
    return []


def _passed_over(verb: Token, words: RealisWords) -> bool:
    """Whether the event is the alternative a sentence sets aside: "going after Trump
    **instead of** fighting Biden", "pass the bill **rather than** attack the governor"
    (realis.yaml `passed_over`)."""
    for link, marker in words.passed_over:
        if verb.dep_ == "pcomp" and verb.head.lower_ == link:
            linker = verb.head
        elif verb.dep_ == "conj":
            linker = next((c for c in verb.head.children if c.dep_ == "cc" and c.lower_ == link), None)
        else:
            continue
        if linker is not None and any(c.lower_ == marker for c in linker.children):
            return True
    return False


def _misread_complement(token: Token) -> bool:
    """"have sworn to fight", "threatened to strike" read by spaCy as a clause of purpose:
    a "to" infinitive under a verb of promise or threat (realis.yaml `promise_heads`) is
    its complement ("opened the bridge to allow deliveries" keeps its purpose)."""
    return token.dep_ == "advcl" and token.head.lemma_.lower() in realis_words().promise_heads \
        and to_infinitive(token)


def _own_tense(conjunct: Token) -> bool:
    """Whether a coordinated verb carries its own tense, so that the first verb's "not"
    does not reach it: "was not looking to provoke and **urged**", "has not apologised and
    **has refused**" ("did not attack or kill", "was not arrested or charged" share it)."""
    if any(c.dep_ in ("aux", "auxpass") for c in conjunct.children):
        return True
    head = conjunct.head
    return conjunct.tag_ in ("VBD", "VBZ", "VBP") and head.tag_ not in ("VBD", "VBZ", "VBP")


def _coordinated(chain: list[Token]) -> set[int]:
    """Indices of the chain's verbs that are only coordinated with the one before them
    ("called Medvedev and urged him": "called" does not govern "urged")."""
    return {chain[k + 1].i for k in range(len(chain) - 1) if chain[k].dep_ == "conj"}


def _is_conditional(verb: Token, words: RealisWords) -> bool:
    """Whether the verb's clause is a condition ("if a link is confirmed")."""
    token = verb
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ in words.conditional_marks for c in token.children):
            return True
        if token.dep_ != "advcl" or token.head is token:
            return False
        token = token.head
    return False


REPORTING_VERBS = {"say", "tell", "report", "announce", "confirm", "claim", "state", "add", "allege", "write",
                   "explain", "insist", "reveal", "acknowledge", "admit", "deny", "note"}


def _reported(verb: Token) -> bool:
    """Whether the clause is what someone said ("the office said [he had urged ...]")."""
    token = verb
    for _ in range(3):
        if token.dep_ not in ("ccomp", "conj") or token.head is token:
            return False
        token = token.head
        if token.lemma_.lower() in REPORTING_VERBS:
            return True
    return False


YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")


def _is_historical(verb: Token, published: date | None, words: RealisWords) -> bool:
    """Whether the clause places the event well before the story ("in 2014", "last year")."""
    if any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children) and verb.tag_ == "VBN" \
            and not _reported(verb):
        return True  # past perfect: background to the news (but "said he had urged" is backshift)
    view = view_of(verb.doc)  # the clause's words as indices: most are only read, never made
    own = clause_indices(view, verb.i)
    clause = " ".join(view.lowers[i] for i in sorted((verb.i, *own)))
    if any(phrase in clause for phrase in words.historical_phrases):
        return True
    if published is not None:
        # the event's own clause, and the one it hangs from ("prompted NATO at its July
        # summit to order ...", "the night of March 10, during which he ...")
        indices = list(own)
        if verb.dep_ in ("xcomp", "relcl", "advcl", "pcomp", "acl") and verb.head.i != verb.i:
            seen = set(own)
            indices += [i for i in clause_indices(view, verb.head.i) if i not in seen]
        for i in indices:
            if view.ent_types[i] == "DATE":
                child = view.tokens[i]
                if _dates_a_document(child, words):
                    continue  # "withdrew from the 2015 nuclear deal on Tuesday": the deal's year
                for year in YEAR.findall(child.text):
                    if int(year) < published.year:
                        return True
                if _well_before(child, published):
                    return True
    return False


def _dates_a_document(date_word: Token, words: RealisWords) -> bool:
    """Whether a year names an agreement or a law ("withdrew from the 2015 nuclear deal",
    "quit the 1987 treaty"): the year of its signing, not of the event (data/realis.yaml
    `dated_documents`). "The 2016 election" still dates what happened in it."""
    head = date_word.head
    return date_word.dep_ in ("nummod", "compound", "amod", "nmod") and head.i != date_word.i \
        and head.lemma_.lower() in words.dated_documents


BACKGROUND_DAYS = 31  # an event dated over a month before the story is background to it


def _well_before(token: Token, published: date) -> bool:
    """Whether a date expression puts the event over a month before the story: "on the
    night of March 10" in a November story, "at its July summit" in September."""
    text = next((e.text.lower() for e in entities_of(token.doc) if e.start <= token.i < e.end), token.lower_)
    day = read_date(text, published)
    if day is not None:
        return (published - day).days > BACKGROUND_DAYS
    months = [MONTHS[w] for w in text.replace(".", "").split() if w in MONTHS]
    return len(months) == 1 and not YEAR.search(text) and months[0] < published.month - 1
