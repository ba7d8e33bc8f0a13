"""Which actor of the story so far a pronoun, a bare title or "the company" refers to:
the salient one before it, in its sentence or the one before, subjects first. The
clusters are the actors being linked (actors/coref.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

from dyads.actors.knowledge import KnowledgeBase, title_key
from dyads.actors.mentions import Mention, lexicon
from dyads.actors.resolve import Resolution
from dyads.nlp import main_verb_of_a_stray_perfect


@dataclass(eq=False)
class Cluster:
    """The mentions of one actor while linking."""

    resolution: Resolution
    key: str = ""
    mentions: list[Mention] = field(default_factory=list)
    titles: set[tuple[str, str | None]] = field(default_factory=set)  # (title, country) said of it

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        if mention.title:
            self.titles.add((title_key(mention.title), mention.country))

    @property
    def is_person(self) -> bool:
        return self.resolution.kind == "person"


def salient_group(mention: Mention, clusters: list[Cluster]) -> Cluster | None:
    """For "it" and "they": the country, body or group named last before it, in its own
    sentence or the one before, subjects first."""
    return salient_nearby(mention, clusters, persons=False)


def described_antecedent(mention: Mention, clusters: list[Cluster]) -> Cluster | None:
    """For a definite description of recognize.yaml `anaphoric_nouns` ("the bloc", "the
    kingdom"): the actor of its kind named last; for an `international` one, an
    international body first, also one named only as an adjective ("EU foreign ministers")."""
    kind = lexicon().anaphoric_nouns[mention.token.lower_]
    if kind == "international":
        bodies = [c for c in clusters if c.resolution.kind == "organization" and c.resolution.code == "IGO"]
        found = salient_nearby(mention, bodies, persons=False, compounds=True)
        if found is not None:
            return found
        kind = "organization"
    return salient_group(mention, [c for c in clusters if c.resolution.kind == kind])


def salient_nearby(mention: Mention, clusters: list[Cluster], persons: bool, compounds: bool = False) -> Cluster | None:
    """The person (or the group) mentioned last before this mention, in its sentence or
    the one before, subjects first. A group's pronouns do not count as its mentions; a
    person's do ("He said his country ..."); nor do names used as adjectives ("US-led"),
    unless `compounds` ("EU foreign ministers ... the bloc")."""
    best, best_rank = None, None
    singular = mention.token.lower_ == "it"  # never "residents" or "protesters"
    plural = mention.token.lower_ == "them"  # whom an act is aimed at
    for cluster in clusters:
        if cluster.is_person != persons:
            continue
        for other in cluster.mentions:
            if other.start >= mention.start or not persons and other.kind == "pronoun" and not _a_noun(other) \
                    or other.in_compound_adjective and not compounds:
                continue
            if mention.sentence - other.sentence > 1 or singular and plural_noun(other):
                continue
            if (plural or singular and _bare_noun(other)) and _where_it_happened(other):
                # "sanctions on six settlers in the occupied West Bank, accusing them";
                # "would challenge the law in court. The ACLU called it unconstitutional"
                continue
            rank = (other.sentence, other.is_subject, other.start)
            if best_rank is None or rank > best_rank:
                best, best_rank = cluster, rank
    return best


# Prepositions of where something happens: a place named after them is the scene, never
# whom "them" points back to. ("They" is left alone: "in Scotland ... 'They took their
# country back'" is the country's people, told by the place.)
SCENE_PREPOSITIONS = frozenset({"in", "at", "inside", "across", "near", "throughout", "within"})


def _where_it_happened(mention: Mention) -> bool:
    """Whether a mention names the place where something happened ("in the West Bank")."""
    token = mention.token
    return token.dep_ == "pobj" and token.head.lower_ in SCENE_PREPOSITIONS


def _bare_noun(mention: Mention) -> bool:
    """A common noun without article or owner: "in court", "in parliament"."""
    token = mention.token
    return token.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss") for c in token.children)


def speaking_group(mention: Mention, clusters: list[Cluster]) -> Cluster | None:
    """For "they" as the subject of what a group says: that group. In "former employees
    who say they were fired", they are the employees, though a body named before
    ("The Labor Department said it was reviewing complaints from ...") is a subject
    too. None when the pronoun is not such a subject or its speaker is no group."""
    token = mention.token
    if token.lower_ != "they" or token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = token.head
    if clause.dep_ != "ccomp" or clause.head.lemma_ not in lexicon().speech_verbs:
        return None
    verb = clause.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        subject = verb.head  # "employees who say they ...": the noun the clause tells of
    for cluster in clusters:
        if cluster.is_person:
            continue
        if any(m.token == subject and m.kind != "pronoun" and plural_noun(m) for m in cluster.mentions):
            return cluster
    return None


def named_body(mention: Mention, clusters: list[Cluster]) -> Cluster | None:
    """For "the council", "the committee": the body named before, however far back, whose
    name holds that word ("the United Nations Security Council", "the DNC" for the
    Democratic National Committee), mentioned last; None when no body's name holds it."""
    word = mention.token.lower_
    best, best_start = None, -1
    for cluster in clusters:
        if cluster.is_person:
            continue
        names = [cluster.resolution.name, *(m.text for m in cluster.mentions if m.kind == "name")]
        if not any(word in name.lower().split() for name in names):
            continue
        for other in cluster.mentions:
            if other.start < mention.start and other.start > best_start and other is not mention:
                best, best_start = cluster, other.start
    return best


def _a_noun(mention: Mention) -> bool:
    """A mention linked as a pronoun is that is a noun: "the bloc", "the committee"."""
    word = mention.token.lower_
    return word in lexicon().anaphoric_nouns or word in lexicon().named_anaphors


def plural_noun(mention: Mention) -> bool:
    """A common noun in the plural ("residents"); a plural name ("the United States") is one actor."""
    return mention.kind == "agent" and mention.token.tag_ == "NNS"


def named_company(mention: Mention, clusters: list[Cluster]) -> Cluster | None:
    """For "the company" or "the firm" with no country word of its own: the business
    named last before it, within two sentences (recognize.yaml `company_nouns`)."""
    token = mention.token
    if mention.noun not in lexicon().company_nouns or token.tag_ != "NN" or mention.country is not None or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    best, best_start = None, -1
    for cluster in clusters:
        if cluster.resolution.sector != "BUS" or cluster.resolution.kind != "organization":
            continue
        for other in cluster.mentions:
            if best_start < other.start < mention.start and mention.sentence - other.sentence <= 2:
                best, best_start = cluster, other.start
    return best


PARTITIVE_WORDS = {"many", "some", "most", "all", "few", "several", "none", "one", "two", "three", "half", "each",
                   "both", "dozens", "hundreds", "thousands", "majority"}


def partitive_antecedent(mention: Mention, clusters: list[Cluster]) -> Cluster | None:
    """For "them" in "the migrants, many of them Iraqi Kurds": the group named right
    before the comma, not the sentence's subject ("Poland was treating ..."). Only
    there: "as hundreds of them lined the entrances" is the salient group's."""
    token = mention.token
    if not (token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in PARTITIVE_WORDS):
        return None
    quantifier = token.head.head
    before = token.doc[quantifier.i - 1] if quantifier.i > 0 else None
    if before is None or before.text != ",":
        return None
    for cluster in clusters:
        if not cluster.is_person and any(m.kind != "pronoun" and m.token.doc is token.doc and m.token.i == before.i - 1
                                         for m in cluster.mentions):
            return cluster
    return None


# Pronouns that say their person's sex; the given names that say a person's are in
# kb/given_names.csv.
PRONOUN_SEXES = {"he": "male", "him": "male", "his": "male", "himself": "male",
                 "she": "female", "her": "female", "hers": "female", "herself": "female"}


def sex_agrees(pronoun: Mention, cluster: Cluster, kb: KnowledgeBase) -> bool:
    """Whether a person pronoun may name this actor: "him" never names Elizabeth Warren nor
    "her" Donald Trump, by their first given names; a person of a name of either sex (or
    none the table knows), and any actor that is no person, may be named by either."""
    said = PRONOUN_SEXES.get(pronoun.token.lower_)
    return said is None or _sex_allows(said, cluster, kb)


def _sex_allows(said: str, cluster: Cluster, kb: KnowledgeBase) -> bool:
    if not cluster.is_person:
        return True
    names = [cluster.resolution.name, *(m.text for m in cluster.mentions if m.kind == "name")]
    known = {sex for name in names if (sex := kb.sex_of_name(name)) is not None}
    return not known or said in known


def is_own_subject(pronoun: Mention, cluster: Cluster) -> bool:
    """Whether the cluster is the subject of the verb a pronoun is the object of:
    in "Merkel ... urged him", him is not Merkel."""
    token = pronoun.token
    if token.dep_ not in ("dobj", "iobj", "dative", "pobj"):
        return False
    verb = token.head.head if token.dep_ == "pobj" else token.head
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            # "His wife, Heidi, joined him": the subject's apposition is the subject too
            heads = {s.i for s in subjects} | {c.i for s in subjects for c in s.children if c.dep_ == "appos"}
            return any(m.token.i in heads and m.token.doc is token.doc for m in cluster.mentions)
        # "attacked Clinton, calling her a disaster": a participle's subject is its clause's
        if not (verb.dep_ in ("conj", "xcomp") or verb.dep_ == "advcl" and verb.tag_ == "VBG") or verb.head is verb:
            return False
        verb = main_verb_of_a_stray_perfect(verb) or verb.head
    return False


def owners_country(mention: Mention, clusters: list[Cluster], kb: KnowledgeBase) -> str | None:
    """The country of "his country": of the person named last before it, in its sentence or
    the one before, subjects first; None when that person's country is unknown."""
    possessor = next((c for c in mention.token.children if c.dep_ == "poss"), None)
    said = PRONOUN_SEXES.get(possessor.lower_) if possessor is not None else None
    if said is not None:  # "her country": never a man's
        clusters = [c for c in clusters if _sex_allows(said, c, kb)]
    best = salient_nearby(mention, clusters, persons=True)
    code = best.resolution.code if best is not None else None
    return code if code is not None and kb.country(code) is not None else None


def parallel_subject(mention: Mention, candidates: list[Cluster]) -> Cluster | None:
    """For a person pronoun that is the subject of a clause joined to another by "and":
    the person who is that other clause's subject. In "Earnest told reporters that Congress
    had dithered since Obama asked for the money, and he urged lawmakers to act", he is
    Earnest, though Obama is the subject named last."""
    token = mention.token
    if token.dep_ != "nsubj" or token.head.dep_ != "conj":
        return None
    first = next((c for c in token.head.head.children if c.dep_ == "nsubj"), None)
    if first is None or first.pos_ == "PRON":
        return None
    for cluster in candidates:
        if cluster.is_person and any(m.token == first and m.kind != "pronoun" for m in cluster.mentions):
            return cluster
    return None


def salient_person(mention: Mention, candidates: list[Cluster], owner: dict[int, Cluster],
                   speaker: bool = False) -> Cluster | None:
    """The candidate person mentioned most recently before this mention, subjects first.
    `speaker`: the pronoun says the words of a quote before it ('"... Clinton's corruption
    ...," he said'), so no one named inside that quote is its antecedent."""
    best, best_rank = None, None
    for cluster in candidates:
        if not cluster.is_person:
            continue
        for other in cluster.mentions:
            if other.start >= mention.start or other.kind == "pronoun" and other is mention:
                continue
            if speaker and other.sentence == mention.sentence and quoted(other):
                continue
            rank = (other.sentence, other.is_subject, other.start)
            if best_rank is None or rank > best_rank:
                best, best_rank = cluster, rank
    return best




def quoted(mention: Mention) -> bool:
    """Whether a mention stands inside quotation marks in its paragraph."""
    before = mention.token.doc.text[:mention.token.idx]
    straight = before.count('"')
    return straight % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def named_before(mention: Mention, by_key: dict) -> Cluster | None:
    """The one earlier group of the same agent noun whose own words gave its country
    ("Syrian refugees"), for "the" and the bare noun ("the refugees"); None when there
    are several ("Syrian and Afghan refugees" told apart) or the mention says more."""
    if not _bare_definite(mention):
        return None
    ending = f":{mention.sector}:{mention.noun}"
    found = [cluster for key, cluster in by_key.items()
             if key.startswith("agent:") and key.endswith(ending) and cluster.resolution.code
             and cluster.resolution.evidence == "title-country"]
    return found[0] if len(found) == 1 else None


def one_country_body_before(mention: Mention, by_key: dict, sentences: int = 2) -> Cluster | None:
    """For "the ministry" with no word of its own: the body of that noun named with its
    country in the last sentences before ("The Russian foreign ministry summoned the Czech
    ambassador ... In a statement, the ministry called Prague's move ..."), not the
    country the story is about; None when bodies of two countries were named so."""
    if not _bare_definite(mention) or mention.noun is None:
        return None
    found = [cluster for key, cluster in by_key.items()
             if key.startswith("agent:") and cluster.resolution.code and cluster.resolution.evidence == "title-country"
             and (key.endswith(f":{mention.noun}") or key.endswith(f" {mention.noun}"))
             and any(0 <= mention.sentence - m.sentence <= sentences and m.start < mention.start
                     for m in cluster.mentions)]
    return found[-1] if len({c.resolution.code for c in found}) == 1 else None


def one_owned_before(mention: Mention, sector: str | None, by_key: dict) -> Cluster | None:
    """For "the campaign" with no word of its own: the one group of that noun a person
    owned before ("the Clinton campaign"); None when there are several or none."""
    if not _bare_definite(mention):
        return None
    owned = [cluster for key, cluster in by_key.items()
             if key.startswith("agent:") and f":{sector}:{mention.noun}:of:" in key]
    return owned[0] if len(owned) == 1 else None


def _bare_definite(mention: Mention) -> bool:
    """Whether a noun is "the" and the noun alone: "the refugees", "the administration"."""
    token = mention.token
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) and not any(
        c.dep_ in ("amod", "compound", "poss", "nummod", "prep") for c in token.children)
