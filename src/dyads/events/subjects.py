"""Who does a verb: its subject, or the subject it shares with the verb it hangs from (an
infinitive's controller, a coordinated verb's, a participle's noun), read through the
parser's usual slips ("Trump openly admires Putin" read as a command, a past tense hung
on an infinitive, praise joined to a reported judgement). Used by events/arguments.py."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.events.actor_index import role_words
from dyads.events.statement_words import statement_words
from dyads.nlp import (
    main_verb_of_a_stray_past,
    main_verb_of_a_stray_perfect,
    subject_read_as_a_joined_object,
    to_infinitive,
)

RELATIVE_PRONOUNS = {"who", "which", "that"}
SUBJECT_DEPS = ("nsubj", "csubj")
# "by donating", "after meeting", "without consulting": the gerund's doer is the main verb's
MANNER_PREPOSITIONS = {"by", "after", "before", "while", "without", "through", "upon", "on"}
# "joined Germany in condemning": the joiner does what the "in" phrase says
JOINING_VERBS = {"join"}


def _name_misread_as_verb(verb: Token) -> bool:
    """Whether a finite verb with no subject hangs from a capitalised sentence-first word
    read as a command ("Trump openly admires Putin" parsed as "Trump!" with "admires" its
    object): that word is a name and the verb's doer."""
    head = verb.head
    return (verb.tag_ in ("VBZ", "VBD") and head.tag_ == "VB" and head.dep_ == "ROOT" and head.i < verb.i
            and head.i == head.sent.start and head.text[:1].isupper())


def verb_subject(token: Token) -> Token | None:
    """The subject of a token spaCy reads as a verb; none of a noun."""
    return subject_of(token) if token.pos_ in ("VERB", "AUX") else None


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, or the subject it shares with the verb it hangs from."""
    token = verb
    for _ in range(4):
        subject = next((c for c in token.children if c.dep_ in SUBJECT_DEPS and not _parenthetical_part(c)), None)
        if subject is not None:
            if subject.lower_ in RELATIVE_PRONOUNS and token.dep_ == "relcl":
                return token.head  # "the rebels, who attacked ..."
            return subject
        if (joined := subject_read_as_a_joined_object(token)) is not None:
            return joined  # "mishandled the investigation and Democrats accused the GOP"
        if token.dep_ == "relcl":
            return token.head
        if _name_misread_as_verb(token):
            return token.head  # "Trump openly admires Putin": "Trump" read as a command
        if token.dep_ == "pcomp" and token.head.lower_ in MANNER_PREPOSITIONS:
            # "China continued its efforts by donating supplies": the main verb's doer
            token = token.head.head
            continue
        if token.dep_ == "pcomp" and token.head.lower_ == "in" and token.head.head.lemma_ in JOINING_VERBS:
            # "France joined Germany in condemning the coup": the one who joined
            token = token.head.head
            continue
        if token.dep_ == "acl" and token.head.dep_ == "ROOT" and not any(c.dep_ == "agent" for c in token.children) \
                and (token.tag_ == "VBD" or token.tag_ == "VBN" and _has_an_object(token)):
            # "The Iraqi air force carried out strikes ...", "Axelrod, an adviser, called on
            # Dean to ..." misread as a noun phrase: a past tense, or a participle with a
            # direct object (or two: "Trump called Kim Jong Un a madman"), is no passive;
            # its noun is its doer ("a group called Hamas" names one thing only)
            return token.head
        if token.dep_ == "acl" and token.tag_ == "VBD" and token.head.dep_ == "nsubj":
            # "Her campaign manager, Robby Mook, called on Trump to ... and said ...": the
            # first of two joined verbs read as the subject's modifier; a past tense is no
            # participle, so its noun did it
            return token.head
        if token.dep_ == "acl" and token.tag_ == "VBG":
            # "issued a statement condemning ...", "passed a resolution urging ...": the
            # statement speaks for whoever issued it; otherwise the noun a present
            # participle describes does it ("soldiers firing on the crowd", "with Clinton
            # lambasting the plan"); an abstract noun there is no actor and gives no side
            if token.head.lemma_.lower() in role_words().voice_nouns:
                return _voice_author(token.head)
            return token.head
        if token.dep_ == "attr" and token.tag_ == "VBG" and token.head.lemma_ == "be":
            # "Qatar is mediating between Hamas and Israel" misread as a predicate noun
            token = token.head
            continue
        if token.dep_ not in ("xcomp", "conj", "advcl", "acomp") or token.head.i == token.i:
            return None
        if token.dep_ == "advcl" and _finite(token) and (mark := _mark_of(token)) is not None:
            # "said it would review its support, hours after airstrikes killed 140 people": a
            # finite clause of its own has its own subject, which the parser may have hung on
            # its conjunction; it is never the main clause's
            return next((c for c in mark.children if c.dep_ == "pobj"), None)
        if (main := main_verb_of_a_stray_past(token)) is not None:
            token = main  # "said X had sent a signal to anyone who wants it and urged Trump"
            continue
        if token.dep_ == "conj" and _speech_act_after_a_judgement(token):
            token = token.head.head  # "Cardin said Duterte's comments were beneath him and praised Obama"
            continue
        if token.dep_ == "conj" and _finite(token) != _finite(token.head) and not _past_read_as_participle(token):
            head = token.head
            if _finite(token) and head.dep_ == "ccomp" and head.head.lemma_.lower() in ("say", "tell", "announce") \
                    and head.head.i > head.i:
                # "Sri Lanka has established ties with and opened an embassy in Tehran, the
                # ministry said": before a trailing cue, the reported clause's own subject
                shared = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if shared is not None:
                    return shared
            if (main := main_verb_of_a_stray_perfect(token)) is not None:
                token = main  # "had told Turnbull that the deal was bad and had accused him"
                continue
            if _finite(token) and head.dep_ == "ccomp" and head.head.lemma_.lower() in ("say", "tell", "announce"):
                # "the ministry said Poland was treating ... and accused Warsaw": the
                # finite verb goes with the speaker, not with the reported clause
                token = head.head
                continue
            if _finite(token) and head.dep_ == "relcl" and any(c.dep_ == "aux" for c in head.children):
                # "refused to apologise for the remark that has cost him his seat, and accused
                # Modi": a past tense hung on a relative clause of another tense is the main verb's
                main = next((a for a in head.ancestors if a.pos_ == "VERB" and a.dep_ in ("ROOT", "ccomp", "conj")),
                            None)
                if main is not None:
                    token = main
                    continue
            if _finite(token) and head.dep_ == "xcomp" and to_infinitive(head):
                # "Iraq ordered the ambassador to leave ... and recalled its envoy": a past
                # tense hung on the infinitive is the main verb's second act, not the object's
                token = head.head
                continue
            shared = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
            if _finite(token) and shared is not None:
                # "Guterres was deeply concerned ... and called on both sides ..., his
                # spokesman said": who was concerned is who called, whoever relays it
                return shared
            return None  # "said ... and obstructing": not a second thing the speaker did
        if token.dep_ == "xcomp":
            # "urged Iran to release": the object controls the infinitive
            obj = next((c for c in token.head.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj
            # "forces were seen beating protesters", "Iran was urged to release them", "Putin is
            # expected to meet Erdogan": a passive's subject is the one who does the infinitive
            passive_subject = next((c for c in token.head.children if c.dep_ == "nsubjpass"), None)
            if passive_subject is not None:
                return passive_subject
        token = token.head
    return None


def _has_an_object(participle: Token) -> bool:
    """Whether a participle has a direct object, or two predicate nouns (the parser's
    reading of "called Kim Jong Un a madman")."""
    return any(c.dep_ == "dobj" for c in participle.children) \
        or sum(c.dep_ == "oprd" for c in participle.children) > 1


def _speech_act_after_a_judgement(verb: Token) -> bool:
    """Whether a verb of judging or asking (statements.yaml cues) is joined to a clause of
    "be" or "have" that a speech verb reports: "said Duterte's comments were 'beneath the
    office' and praised Obama", "said Clinton 'has nobody but herself to blame' and called
    on Clapper to ..." judge and ask for the speaker, not for the clause's subject."""
    head = verb.head
    words = statement_words()
    return head.lemma_ in ("be", "have") and head.dep_ == "ccomp" and head.head.lemma_.lower() in REPORTING_LEMMAS \
        and _finite(verb) and (verb.lemma_.lower() in words.cue_lemmas or verb.lemma_.lower() in words.cue_particles)


REPORTING_LEMMAS = frozenset({"say", "tell", "add", "announce", "write", "argue", "insist"})


def _voice_author(noun: Token) -> Token | None:
    """Who speaks through a statement, resolution or letter: the subject of the verb that
    issues it ("the EU issued a statement"), or of the verb it is said in ("Russia, in a
    statement, ..."). None for any other noun: "a man carrying a bomb" carries it himself."""
    if noun.lemma_.lower() not in role_words().voice_nouns:
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in ("in", "with", "through"):
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)


def share_of_a_people(verb: Token) -> bool:
    """Whether a verb's own subject is a share of a people ("two-thirds of Americans",
    "58 percent of Republicans", "most Germans"): what a poll found them to hold
    (data/roles.yaml `share_nouns`, `share_adjectives`)."""
    words = role_words()
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.lemma_.lower() in words.share_nouns:
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children)
    return subject.tag_ in ("NNS", "NNPS") and any(
        c.dep_ in ("amod", "det") and c.lower_ in words.share_adjectives for c in subject.children)


def _parenthetical_part(subject: Token) -> bool:
    """"the migrants, many of them Iraqi Kurds,": a quantifier of a pronoun after a comma
    (data/roles.yaml `partitive_quantifiers`), which the parser may make a subject."""
    return subject.lemma_.lower() in role_words().partitive_quantifiers and subject.i > 0 \
        and subject.doc[subject.i - 1].text == "," and any(
            p.dep_ == "prep" and p.lower_ == "of" and any(g.tag_ == "PRP" for g in p.children)
            for p in subject.children)


def _past_read_as_participle(verb: Token) -> bool:
    """"which urged Beijing to exercise restraint but also called on Lai": a past tense the
    tagger read as a participle, joined to a past tense, with no auxiliary of its own."""
    return verb.tag_ == "VBN" and verb.head.tag_ == "VBD" \
        and not any(c.dep_ in ("aux", "auxpass", "nsubjpass") for c in verb.children)


def _mark_of(verb: Token) -> Token | None:
    """The subordinating conjunction that opens a verb's clause ("after", "since", "when")."""
    return next((c for c in verb.children if c.dep_ == "mark"), None)


def _finite(verb: Token) -> bool:
    """A finite verb, or a word the tagger took for a plural noun that the parser gives a
    subject of its own ("The government rejects and condemns the decision")."""
    return verb.tag_ in ("VBD", "VBZ", "VBP", "MD") or (
        verb.tag_ == "NNS" and verb.dep_ in ("ROOT", "ccomp") and any(c.dep_ == "nsubj" for c in verb.children))
