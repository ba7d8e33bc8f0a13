"""What kind of statement a quote or attribution is (data/statements.yaml): its cue's
kind ("condemned", "urged"), else the kind most of its content's words say
("illegal", "grateful", "you should"), with negation and the speaker's own voice
taken into account. Read by events/statements.py."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from dyads.events.ontology import cameo
from dyads.events.statement_words import Kind, StatementWords
from dyads.nlp import Paragraph
from dyads.quotes.reported import naming_predicate

FIRST_PERSON = {"i", "we", "me", "us", "my", "our"}
SECOND_PERSON = {"you", "your"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}


@dataclass
class Found:
    """The kind of a statement and the word that told it."""

    kind: Kind
    word: Token
    from_cue: bool
    addressed: bool = False  # an appeal whose subject is its addressee ("you should")
    denying: bool = False  # a word that denies a charge ("baseless", "did nothing wrong"): it answers an accuser


def kinds_of(cue: Token | None, content: list[tuple[Paragraph, Token]], words: StatementWords,
             speakers_side: Callable[[Token], bool] | None = None) -> list[Found]:
    """What kind of statement it may be, surest first: the cue's kind, else the
    content's kinds by how many of their words it holds; none when two kinds tie
    for the most (praise and blame in equal measure: unknown beats wrong).
    `speakers_side` says whether a subject in the content is the speaker's own side
    ("Russia said it would retaliate"), whose acts the speaker announces."""
    if cue is not None:
        lemma = cue.lemma_.lower()
        if lemma in words.cue_lemmas:
            found = _negation_of(Found(words.cue_lemmas[lemma], cue, True), cue, words)
            return [found] if found else []
        if lemma in words.cue_particles:
            particles, kind = words.cue_particles[lemma]
            if any(_particle_of(cue, c) for c in cue.children if c.lower_ in particles):
                return [Found(kind, cue, True)]
    if cue is not None and cue.lemma_.lower() in words.mandative_cues:
        # "insisted that Pyongyang stop", "proposed that Israel withdraw": a base-form verb
        # with its own subject and no modal is what the speaker wants done, an appeal
        for child in cue.children:
            if child.dep_ == "ccomp" and child.tag_ == "VB" and any(c.dep_ == "nsubj" for c in child.children) \
                    and not any(c.dep_ in ("aux", "neg") for c in child.children):
                return [Found(words.request, child, False, True)]
    hits: dict[str, list[Found]] = {}
    tokens = [t for _, t in content]
    for i, token in enumerate(tokens):
        # only the phrases that start with this word: the lexicon holds hundreds
        starting = words.by_first_word.get(token.lemma_.lower(), []) + words.by_first_word.get(token.lower_, [])
        for phrase, kind in dict.fromkeys(starting):
            if not _phrase_at(tokens, i, phrase):
                continue
            addressed = phrase in words.addressed
            if addressed and not _addressed_subject(token):
                continue  # "we should" is the speaker's plan, not an appeal
            if addressed and phrase[0] in NO_OBLIGATION_WHEN_NEGATED and _negated(token, words):
                continue  # "he hasn't had to do it": no obligation, no appeal ("must not" still asks)
            if addressed and phrase[0] in NO_OBLIGATION_WHEN_NEGATED and _forecast(token):
                continue  # "she'll have to prove it", "would have to cede": a forecast, no appeal
            if addressed and _a_feeling_owed(token, words):
                continue  # "All Americans should be alarmed by Russia's actions": blame, no appeal
            verb = token.head if token.dep_ in ("aux", "auxpass") else token
            if phrase[0] in words.asked_acts and verb.pos_ == "VERB" and _own_voice(verb, speakers_side):
                continue  # "said she had no intention of resigning": her own act, no appeal
            if _other_sense(token, words):
                continue  # "positions it had mistaken for fighters": no one judged
            if _asked_whether(token):
                continue  # "questioned whether Russia was behind the hacks": asked, not said
            if kind.event_type == "ACCUSE" and _own_doing(token, speakers_side):
                continue  # "said he regretted his answer": contrition, no accusation
            if kind.event_type == "ACCUSE" and phrase[0] in words.confessed and _own_voice(verb, speakers_side):
                continue  # "we failed to fulfill our responsibility": a confession
            if kind.event_type == "ACCUSE" and _in_condition(token, words):
                continue  # "could seek penalties if the foundation fails to comply": no one blamed yet
            if not addressed and kind.event_type != "ACCUSE" and phrase not in words.suffered \
                    and verb.pos_ == "VERB" and not _own_voice(verb, speakers_side):
                # "said Russia rejected the plan", "said the Kremlin would respond": Russia's
                # act, not the speaker's; "said Russia would pay a price" is the speaker's threat
                continue
            if kind.event_type == "ACCUSE" and _remedied(token, words):
                continue  # "would pay for it by eliminating fraud": a plan against a wrong, no one blamed
            if kind.event_type == "REJECT" and _withholds_words(token, words):
                continue  # "said ... but he refuses to discuss potential appointees": silence, no refusal
            if kind.event_type == "REQUEST" and _anothers_noun(token):
                continue  # "disregard of the repeated demands of the international community": theirs
            found = _negation_of(Found(kind, token, False, addressed, phrase in words.denying), token, words)
            if found is not None:
                hits.setdefault(found.kind.event_type, []).append(found)
        menace = words.menaces.get(token.lemma_.lower())
        if menace is not None and token.pos_ == "NOUN" and _menaces_what_is_held_dear(token, menace[0], words):
            found = _negation_of(Found(menace[1], token, False), token, words)
            if found is not None:
                hits.setdefault(found.kind.event_type, []).append(found)
        described = words.described.get(token.lemma_.lower())
        if described is not None and _describes_a_predicate_noun(token) \
                and not _predicate_denied(token.head, words):
            found = _negation_of(Found(described, token, False), token, words)
            if found is not None:
                hits.setdefault(found.kind.event_type, []).append(found)
    hits = _suffering_not_asked(hits, words)
    hits = _judgement_over_its_thing(hits)
    hits = _without_intensifiers(hits, words)
    ranked = sorted(hits.values(), key=len, reverse=True)
    if len(ranked) > 1 and len(ranked[0]) == len(ranked[1]):
        tied = {group[0].kind.event_type for group in ranked if len(group) == len(ranked[0])}
        winner = _outranking(tied, words)
        if winner is None:
            return []  # praise and blame in equal measure: unknown beats wrong
        ranked.sort(key=lambda group: group[0].kind.event_type != winner)
    return [found for group in ranked for found in group]


def _describes_a_predicate_noun(adjective: Token) -> bool:
    """Whether an adjective says what someone is, as the noun they are called or said to
    be: "he would be a great senator", "Romney was a worthy foe", "praised her as a true
    fighter" (statements.yaml `described`); "a great deal of money" says nothing of anyone."""
    noun = adjective.head
    if adjective.dep_ != "amod" or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ == "expl" for c in noun.head.children):
        return False  # "there are a great many folks in Congress who ...": no one is called great
    # "he would be a great senator", "praised her as a true fighter", "Clinton would make
    # an outstanding president" (the "make" of becoming, with its own subject)
    return noun.dep_ in ("attr", "oprd") or noun.dep_ == "pobj" and noun.head.lower_ == "as" \
        or noun.dep_ == "dobj" and naming_predicate(noun.head) == noun \
        or noun.dep_ == "dobj" and noun.head.lemma_.lower() == "make" \
        and any(c.dep_ == "nsubj" for c in noun.head.children) \
        and not any(c.dep_ in ("dative", "ccomp", "xcomp", "oprd") for c in noun.head.children) \
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)  # "a great deal of money"


def _predicate_denied(noun: Token, words: StatementWords) -> bool:
    """Whether the noun someone is called is denied them: "he's not such a great
    dealmaker", "was never a worthy foe". That is neither praise nor a refusal, and the
    blame it may carry is too faint to code (unknown beats wrong)."""
    return noun.dep_ in ("attr", "oprd") and _negated(noun.head, words)


def _a_feeling_owed(modal: Token, words: StatementWords) -> bool:
    """Whether a modal says what someone ought to feel ("should be alarmed by Russia's
    actions", "should be ashamed"): a judgement of its cause, not an appeal to act
    (statements.yaml `feelings`)."""
    verb = modal.head if modal.dep_ in ("aux", "auxpass") else modal
    return verb.lemma_.lower() in words.feelings or verb.lower_ in words.feelings or any(
        c.dep_ in ("acomp", "attr") and (c.lemma_.lower() in words.feelings or c.lower_ in words.feelings)
        for c in verb.children)


def _menaces_what_is_held_dear(noun: Token, prepositions: frozenset[str], words: StatementWords) -> bool:
    """Whether a noun of menace is aimed at what a polity holds dear (statements.yaml
    `menaced`): "a direct threat to our democracy", "a danger to the security of Israel",
    "an assault on the rule of law"; "a threat to jobs" blames no one."""
    return any(prep.dep_ == "prep" and prep.lower_ in prepositions and pobj.dep_ == "pobj"
               and pobj.lemma_.lower() in words.menaced
               for prep in noun.children for pobj in prep.children)


def _suffering_not_asked(hits: dict[str, list[Found]], words: StatementWords) -> dict[str, list[Found]]:
    """Hits without the appeals whose clause holds a price to pay: "America and Britain will
    have to prepare to pay a heavy price" threatens them, it asks nothing of them."""
    request = words.request.event_type
    suffered = [f.word for kind, found in hits.items() if kind != request for f in found
                if any(f.word.lemma_.lower() == phrase[0] for phrase in words.suffered)]
    asks = hits.get(request)
    if not suffered or not asks:
        return hits
    kept = [f for f in asks if not any(w in (f.word.head if f.word.dep_ in ("aux", "auxpass") else f.word).subtree
                                       for w in suffered)]
    return {kind: (kept if kind == request else found) for kind, found in hits.items() if kind != request or kept}


def _judgement_over_its_thing(hits: dict[str, list[Found]]) -> dict[str, list[Found]]:
    """Hits without the words that only name the thing another kind's word judges:
    "called Beijing's countermeasures 'regrettable'", "said Washington's retaliation was
    unjustified" blame the countermeasures and the retaliation; they threaten no one."""
    def judged_by_another_kind(found: Found, kind: str) -> bool:
        predicate = _judged_thing(found.word)
        return predicate is not None and any(
            other.word in predicate.subtree for other_kind, others in hits.items() if other_kind != kind
            for other in others)

    kept = {kind: [f for f in found if not judged_by_another_kind(f, kind)] for kind, found in hits.items()}
    return {kind: found for kind, found in kept.items() if found}


def _without_intensifiers(hits: dict[str, list[Found]], words: StatementWords) -> dict[str, list[Found]]:
    """Hits without the adjectives of praise (statements.yaml `described`) that only
    heighten another kind's noun: "the greatest threat to world peace" and "a great
    mistake" praise nothing."""
    words_of = {kind: {f.word.i for f in found} for kind, found in hits.items()}

    def heightens_another_kind(found: Found, kind: str) -> bool:
        return found.word.dep_ == "amod" and found.word.lemma_.lower() in words.described and any(
            found.word.head.i in others for other, others in words_of.items() if other != kind)

    kept = {kind: [f for f in found if not heightens_another_kind(f, kind)] for kind, found in hits.items()}
    return {kind: found for kind, found in kept.items() if found}


def _in_condition(token: Token, words: StatementWords) -> bool:
    """Whether the word lies in a clause of condition ("if the foundation fails to comply",
    "unless Russia violates the truce"): what may happen, no wrong done."""
    return any(clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in words.conditions
                                              for c in clause.children)
               for clause in (token, *token.ancestors))


def _judged_thing(noun: Token) -> Token | None:
    """What a noun is called or said to be, when it is the thing judged: the predicate of
    "the retaliation was unjustified" or of "called the countermeasures regrettable";
    None when the noun is no such subject or object."""
    if noun.pos_ != "NOUN":
        return None
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.lemma_ == "be":
        return next((c for c in verb.children if c.dep_ in ("acomp", "attr")), None)
    if noun.dep_ == "dobj" and naming_predicate(verb) not in (None, noun):
        return naming_predicate(verb)
    return None


def _particle_of(cue: Token, child: Token) -> bool:
    """"lashed out at", "called in a statement on X to": a particle or preposition after
    the cue, never a day's ("On Nov. 2, Tillerson called Lavrov", "called Putin on
    Monday": phone calls, no appeal)."""
    return child.dep_ in ("prt", "prep") and child.i > cue.i and not any(
        g.ent_type_ in ("DATE", "TIME") for g in child.children if g.dep_ == "pobj")


def _outranking(tied: set[str], words: StatementWords) -> str | None:
    """The one kind of a tie that outranks all the others ("Moscow would respond to a
    hostile step": a threat worded with blame is a threat), else None."""
    for kind in tied:
        if tied - {kind} <= words.outranks.get(kind, frozenset()):
            return kind
    return None


def _phrase_at(tokens: list[Token], i: int, phrase: tuple[str, ...]) -> bool:
    """Whether the phrase's words start at token i, over any quotation marks a mixed
    quote puts inside it: 'Russia bore "responsibility"'."""
    words = iter(phrase)
    word = next(words)
    for token in tokens[i:]:
        if token.is_quote and token.i != tokens[i].i:
            continue
        if token.lemma_.lower() != word and token.lower_ != word:
            return False
        word = next(words, None)
        if word is None:
            return True
    return False


def _addressed_subject(token: Token) -> bool:
    """Whether a modal's clause has a subject other than the speaker ("you should")."""
    verb = token.head if token.dep_ in ("aux", "auxpass") else token
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return subject is not None and not first_person(subject)


def first_person(token: Token) -> bool:
    """"we", "I", "us": not "US", the country."""
    return token.lower_ in FIRST_PERSON and token.pos_ == "PRON"


def second_person(token: Token) -> bool:
    return token.lower_ in SECOND_PERSON and token.pos_ == "PRON"


def _remedied(token: Token, words: StatementWords) -> bool:
    """Whether a word of blame is what a verb of remedy acts on ("eliminating the
    system's fraud", "to fight corruption", "crack down on abuses")."""
    head = token.head if token.dep_ in ("dobj", "nsubjpass") else \
        token.head.head if token.dep_ == "pobj" and token.head.dep_ in ("prep", "prt") else None
    return head is not None and head.pos_ == "VERB" and head.lemma_.lower() in words.remedy_verbs


def _withholds_words(token: Token, words: StatementWords) -> bool:
    """Whether a content's word of refusal declines only to say something ("refuses to
    discuss", "declined to comment"; statements.yaml `withholding_cues`, `withheld_words`),
    which answers whoever asked and is no event told by another's words."""
    return token.lemma_.lower() in words.withholding_cues and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in words.withheld_words for c in token.children)


def _anothers_noun(token: Token) -> bool:
    """Whether a noun of appeal is owned by someone other than the speaker: "the demands
    of the international community", "Washington's appeal" (not "our demand")."""
    if token.tag_ not in ("NN", "NNS"):
        return False
    for child in token.children:
        if child.dep_ == "poss" and not first_person(child):
            return True
        if child.dep_ == "prep" and child.lower_ in ("of", "from", "by") and any(
                g.dep_ == "pobj" and not first_person(g) for g in child.children):
            return True
    return False


def _own_voice(verb: Token, speakers_side: Callable[[Token], bool] | None = None) -> bool:
    """A verb said in the speaker's own voice: first person, no subject of its own, or
    a subject that is the speaker's own side."""
    # "disqualifying a candidate denied him due process": an act told as a clause is the
    # subject, not the speaker
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS or c.dep_ == "csubj"), None)
    if subject is None:
        subject = _controller(verb)  # "they were fired for refusing to ...": their refusal
    if subject is None and verb.dep_ == "xcomp":
        # "would ask a judge to dismiss the charges": the judge's to do, not the speaker's
        subject = next((c for c in verb.head.children if c.dep_ in ("dobj", "dative")), None)
    return subject is None or first_person(subject) or (speakers_side is not None and speakers_side(subject))


def _controller(verb: Token) -> Token | None:
    """The subject a verb with none of its own takes from the clause it hangs on: in
    "they were fired for refusing to meet quotas" the refusing is theirs. Only through a
    preposition, a participle or a subject-control complement (not "urged Iran to
    stop", whose doer is the one urged)."""
    for _ in range(3):
        head = verb.head
        if verb.dep_ == "pcomp" and head.dep_ == "prep":
            head = head.head
        elif not (verb.dep_ == "advcl" and verb.tag_ == "VBG" or verb.dep_ == "xcomp"):
            return None
        if head is verb or head.pos_ not in ("VERB", "AUX"):
            return None
        if verb.dep_ == "xcomp" and any(c.dep_ in ("dobj", "dative") for c in head.children):
            return None
        subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            return subject
        verb = head
    return None


def _other_sense(token: Token, words: StatementWords) -> bool:
    """Whether a content word is used in a sense that judges no one, as the preposition
    after it shows ("had mistaken the positions for fighters"; statements.yaml `other_senses`)."""
    prepositions = words.other_senses.get(token.lemma_.lower())
    if not prepositions or token.pos_ != "VERB":
        return False
    # the preposition may hang on the verb or on its object ("mistaken the positions for ...")
    heads = [token, *(c for c in token.children if c.dep_ == "dobj")]
    return any(c.dep_ == "prep" and c.lower_ in prepositions for head in heads for c in head.children)


def _clause_of(token: Token) -> Token:
    """The verb (or the root) of the clause a word is in."""
    while token.pos_ not in ("VERB", "AUX") and token.head is not token:
        token = token.head
    return token


def _asked_whether(token: Token) -> bool:
    """Whether a word sits in a clause that asks rather than says: "questioned whether
    Russia was behind the hacks", "the question of whether lawmakers had intended to
    discriminate". Such words judge no one."""
    verb = _clause_of(token)
    for _ in range(4):  # up through the clauses that hold it: "whether ... had intended to discriminate"
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in verb.children):
            return True
        if verb.dep_ not in ("xcomp", "ccomp", "conj", "acomp", "attr") or verb.head is verb:
            return False
        verb = _clause_of(verb.head)
    return False


def _own_doing(token: Token, speakers_side: Callable[[Token], bool] | None) -> bool:
    """Whether a word of blame is aimed at the speaker's own doing: "regretted his
    answer", "our mistake" (contrition, which blames no other actor)."""
    if token.pos_ == "NOUN":
        nouns = [token]
    elif token.pos_ == "VERB":
        if not _own_voice(token, speakers_side):
            return False  # "said Russia had attacked our democracy": Russia's doing, ours the harm
        nouns = [c for c in token.children if c.dep_ == "dobj"]
    else:
        return False
    return any(child.dep_ == "poss" and (first_person(child) or speakers_side is not None and speakers_side(child))
               for noun in nouns for child in noun.children)


def _opinion_denied(token: Token, words: StatementWords) -> bool:
    """Whether the clause holding the word is what a negated verb of opinion denies: "I
    don't think this is a ridiculous idea" says it is not ridiculous."""
    for _ in range(3):  # "idea" -> "is" -> "think"
        if token.dep_ == "ccomp":
            opinion = token.head
            return opinion.lemma_.lower() in words.neg_raising and any(c.dep_ == "neg" for c in opinion.children)
        if token.dep_ not in ("attr", "acomp", "amod", "dobj") or token.head is token:
            return False
        token = token.head
    return False


# Modals of need whose negation says nothing is needed ("doesn't have to"), unlike "must not".
NO_OBLIGATION_WHEN_NEGATED = frozenset({"have", "need"})
# Modals that make an obligation a forecast: "will have to", "may need to".
FORECAST_MODALS = frozenset({"will", "'ll", "would", "'d", "may", "might", "could"})


def _forecast(token: Token) -> bool:
    """Whether an obligation ("have to", "need to") is foretold by a modal: "she'll have
    to prove each of these officers had a duty" says what will be needed, not what the
    speaker asks."""
    return any(c.dep_ == "aux" and c.lower_ in FORECAST_MODALS for c in token.children)


def _negated(token: Token, words: StatementWords) -> bool:
    """Whether a word, or the word it complements, is negated or denied by a negated opinion."""
    head = token.head if token.dep_ in ("acomp", "attr", "dobj", "amod") else token
    return any(c.dep_ == "neg" or c.lower_ in words.negators and c.dep_ in ("neg", "det", "advmod")
               for t in {token, head} for c in t.children) or _opinion_denied(head, words)


def _negation_of(found: Found, token: Token, words: StatementWords) -> Found | None:
    """The kind once negation is read: "does not support" refuses, "not illegal" accuses nobody."""
    negated = _negated(token, words)
    if not negated:
        return found
    flipped = words.negated_words.get(token.lemma_.lower()) or words.negated.get(found.kind.event_type,
                                                                                  found.kind.event_type)
    if flipped is None:
        return None
    if flipped == found.kind.event_type:
        return found
    entry = cameo({"REJECT": "120", "ACCUSE": "111", "SUPPORT": "051"}.get(flipped, found.kind.cameo))
    return Found(Kind(flipped, entry.code, None), found.word, found.from_cue, found.addressed, found.denying)
