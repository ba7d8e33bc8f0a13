"""Agent nouns linked into actors ("the Obama administration", "Iranian officials",
"police"): an agent's own country, the body named in its phrase, its owner's, the state
named last before it, else a country linked from the speaker or the story. Used by
actors/coref.py, which links every other kind of mention."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.actors.agents import paragraph_scene
from dyads.actors.antecedents import (
    named_before,
    one_country_body_before,
    one_owned_before,
    plural_noun,
)
from dyads.actors.knowledge import KnowledgeBase
from dyads.actors.mentions import Mention, from_elsewhere, lexicon, view_of
from dyads.actors.owners import (
    administration_of,
    executive_word,
    its_state,
    of_a_pair,
    owning_group,
    party_country,
    person_owner,
    pronoun_owner,
)
from dyads.actors.resolve import Resolution
from dyads.actors.story_country import (
    POLITY_SECTORS,
    STATE_SECTORS,
    acts_on_the_country,
    own_country,
)

STATELESS_SECTORS = {"REF", "IGO", "NGO"}
SENT_SECTORS = {"MIL", "GOV", "COP", "SPY"}  # forces and envoys a state sends or commands


def link_agent(mention: Mention, mentions, kb, day, context, by_key, join, new_cluster,
               clusters_of: dict | None = None, filed: bool = False) -> None:
    """An agent noun: its own country, the body named in its phrase, its owner's ("the
    Obama administration"), else a linked country. `clusters_of` maps the mentions
    linked so far to their clusters; `filed`: the story is filed from its country."""
    sector, cameo = mention.sector, None
    evidence = None
    owned_by, name = "", mention.text
    if mention.country is None and mention.body is None \
            and (owned := one_owned_before(mention, sector, by_key)) is not None:
        join(mention, owned)  # "the administration" after "the Obama administration" alone
        return
    if mention.country is None and mention.body is None and mention.sector in STATE_SECTORS \
            and (body := one_country_body_before(mention, by_key)) is not None:
        join(mention, body)  # "the ministry" after "the Russian foreign ministry"
        return
    if mention.country is None and mention.body is not None:
        org = kb.entities.get(f"org:{mention.body}")
        code = (org.code if org and org.code else "IGO")
        cameo = org.cameo if org else None
        evidence = "organisation"
        if code in ("IGO", "NGO"):
            sector = org.sector if org and org.sector else None  # PLOVER: IGO staff, no sector
        elif org and org.sector in ("BUS", "MED"):
            sector = org.sector  # a company's spokesperson or employees work for it
        elif org and org.sector in ("COP", "SPY") and sector in ("MIL", "GOV", None):
            sector = org.sector  # "NYPD officers", "FBI agents": the police's officers are police
    elif mention.country is None and (mention.sector in STATELESS_SECTORS or mention.noun in lexicon().stateless
                                      or mention.noun in lexicon().one_holder_offices and plural_noun(mention)
                                      and its_state(mention, by_key) is None
                                      or of_a_pair(mention.token) or _from_elsewhere(mention)):
        # Refugees and migrants are from elsewhere; "the two countries' authorities"
        # are two countries' (the events name both), no one country's. "The refugees"
        # after "Syrian refugees" are those refugees.
        earlier = named_before(mention, by_key)
        if earlier is not None:
            join(mention, earlier)
            return
        code = None
    elif mention.country is not None:
        code, evidence = mention.country, mention.evidence or phrase_evidence(mention, kb)
    elif (owner := person_owner(mention, mentions)) is not None:
        # "the Obama administration", "Macron's government": the person's country, or
        # none when it is not known; never the country the story is about, which may
        # be the one they act on ("The Macron government criticised Russia")
        cluster = (clusters_of or {}).get(id(owner))
        code = cluster.resolution.code if cluster is not None else own_country(owner, kb, day)
        code = code if code and kb.country(code) else None
        evidence = "owner" if code else None
        # "the Clinton campaign" and "the Trump campaign" are two campaigns
        owned_by = f":of:{cluster.key if cluster is not None else owner.text}"
        name = f"{owner.text} {mention.text}"
    elif (person := pronoun_owner(mention, list(by_key.values()))) is not None:
        code = person.resolution.code if kb.country(person.resolution.code or "") else None
        evidence, owned_by = "owner" if code else None, f":of:{person.key}"  # "urged his colleagues"
    elif (group := owning_group(mention, mention.token, kb)) is not None:
        code, evidence = group, "owner"  # "the group's leaders": the Houthis named before
    elif (sender := _senders_country(mention, mentions, kb, day)) is not None:
        code, evidence = sender, "sender"  # "China sent warships": China's, in a story on Taiwan
        sector = None if sender == "IGO" else sector  # PLOVER: IGO staff, no sector
    elif mention.party is not None:
        # "the Republican nominee" in an American paper's story on Britain
        code = party_country(mention, context)
        evidence = "party" if code else None
    elif (state := its_state(mention, by_key)) is not None:
        # "Mexico, too, has weighed in. Last summer its foreign ministry ...": the country
        # named last before it, never the one the story is about
        code, evidence = state, "earlier-mention"
        sector = None if state == "IGO" else sector  # PLOVER: IGO staff, no sector
    elif (executive := administration_of(mention, mentions, kb, clusters_of or {})) is not None:
        # "called on the administration to begin work on a trade deal with London" in an
        # American paper's story on Brexit: Washington's, though Britain is named more
        code, evidence = executive, "executive"
    elif (word := executive_word(mention)) is not None and context not in lexicon().executive_words[word]:
        code, evidence = None, None  # "the Senate" in a story on Russia, which has none
    else:
        code, evidence = _linked_country(mention, mentions, kb, day, context, filed)
    key = f"agent:{code}:{mention.body}:{sector}:{mention.noun}{owned_by}"
    if key in by_key:
        join(mention, by_key[key])
    else:
        new_cluster(mention, Resolution(name, "agent", code, sector, cameo=cameo, evidence=evidence), key)


def _body_at(token: Token, kb: KnowledgeBase) -> str | None:
    """The country of a state body a noun names ("the State Department", "the Pentagon"), if
    the tables know it."""
    words = [t for t in token.subtree if t.dep_ != "det"]
    if not words:
        return None
    name = token.doc[words[0].i: words[-1].i + 1].text
    for entity in kb.by_name(name):
        # a ministry, or a building that stands for one ("the Pentagon", "the Kremlin")
        if (entity.kind == "organization" or entity.key.startswith("metonym:")) and entity.code \
                and kb.country(entity.code) and entity.sector in POLITY_SECTORS:
            return entity.code
    return None


def body_the_speaker_is_at(mention: Mention, kb: KnowledgeBase) -> str | None:
    """For a titled person of no country said: the country of the state body a fronted
    "at" names ("At the State Department, spokeswoman Elizabeth Trudeau called on Tehran
    ...", "At the Pentagon, a spokesman said"), where the person speaks for it."""
    token = mention.token
    if token.dep_ != "nsubj":
        return None
    for child in token.head.children:
        if child.dep_ == "prep" and child.lower_ == "at" and child.i < token.i:
            place = next((g for g in child.children if g.dep_ == "pobj"), None)
            if place is not None:
                return _body_at(place, kb)
    return None


def phrase_evidence(mention: Mention, kb: KnowledgeBase) -> str:
    """What the country said in a mention's own phrase is: a country word or a national body."""
    return "title-country" if kb.country(mention.country or "") else "organisation"


def _named_once(country: str, mentions: list[Mention]) -> bool:
    """Whether the story names a country by one word only: a story "about" it only through
    the sentence that names it."""
    return sum(1 for m in mentions if m.entity is not None and m.entity.kind == "country"
               and m.entity.code == country) <= 1


def _senders_country(mention: Mention, mentions: list[Mention], kb, day) -> str | None:
    """The country of the one who sends or deploys forces ("China sent warships", "Russia
    deployed more troops", "launched drills, sending fighter jets": recognize.yaml
    `sending_verbs`): the verb's subject's own country, or its clause's head's subject's;
    "IGO" for an international body's ("NATO said it would send 700 more troops")."""
    if mention.sector not in SENT_SECTORS:
        return None
    token = _first_conjunct(mention.token)  # "sending warships and fighter jets"
    verb = token.head
    if token.dep_ != "dobj" or verb.lemma_.lower() not in lexicon().sending_verbs:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ in ("advcl", "xcomp", "conj"):
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "..., sending warships"
    doc = token.doc
    for other in mentions:
        if other is not mention and other.token.doc is doc and any(other.token.i == s.i for s in subjects):
            if other.kind == "pronoun":
                other = _speaker_of(other, mentions)  # "NATO said it would send": the speaker
                if other is None:
                    return None
            entity = other.entity
            if entity is not None and entity.kind == "organization" and (entity.code or "").startswith("IGO"):
                return "IGO"
            return own_country(other, kb, day)
    return None


def _first_conjunct(token: Token) -> Token:
    """The first of the words joined with "and" that this one is among ("warships and
    fighter jets"): it holds the phrase's place in the clause."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token


def _expelled(mention: Mention) -> bool:
    """Whether an agent is whom a state expels: the object of "expelled", or what "the
    expulsion of" names (recognize.yaml `expelling_words`)."""
    token = _first_conjunct(mention.token)
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of":
        head = head.head  # "the expulsion of diplomats"
    elif token.dep_ not in ("dobj", "nsubjpass"):
        return False
    return head is not token and head.lemma_.lower() in lexicon().expelling_words


def _from_elsewhere(mention: Mention) -> bool:
    """Whether an agent noun is said to be from elsewhere or from many countries (`from_elsewhere`)."""
    return from_elsewhere(mention.token, mention.noun or mention.text)


def _linked_country(
    mention: Mention, mentions: list[Mention], kb, day, context: str | None, filed: bool = False,
) -> tuple[str | None, str | None]:
    """(country, evidence) of an agent whose own words name none: the speaker's whose
    words it is in ("the Polish defence ministry said 15,000 soldiers had been
    deployed"), else the country the story is clearly about, as an analyst reads
    "police" or "protesters". Never a speaker's for officials and governments in the
    plural, whom speakers mostly name to speak of others' ("Gil said the seven
    governments ...", "Tinubu said other African heads of state ..."); "the government"
    in a minister's words stays the minister's."""
    if _expelled(mention):
        return None, None  # "ordered the expulsion of diplomats": not the expelling state's
    speaker = _speaker_of(mention, mentions)
    speaker_country = own_country(speaker, kb, day) if speaker is not None else None
    if mention.sector in lexicon().no_speaker_country:
        # Armed groups and criminals are not the speaker's own ("The U.S. said it would
        # not meet the hostage-takers' demands"), nor, then, the speaker's country's.
        if speaker_country is not None and speaker_country == context:
            return None, None
    elif speaker_country is not None and mention.noun in lexicon().others_government_nouns:
        # "US authorities said lifting the sanctions on Burma would reward the regime": no
        # speaker's own; the one other country its sentence names, else the story's if another
        code = _sentence_other_country(mention, mentions, kb)
        if code is not None and code != speaker_country:
            return code, "same-sentence"
        return (context, "story-country") if context not in (None, speaker_country) else (None, None)
    elif speaker_country is not None and not (mention.sector == "GOV" and plural_noun(mention)):
        return speaker_country, "speaker"
    if mention.sector == "COP" and (scene := paragraph_scene(mention.token, kb)) is not None:
        return scene, "place"  # police are the force of the place where the paragraph is set
    if context is None and mention.noun in lexicon().sentence_state_nouns:
        # "China and Russia support the government" in a sentence on Sudan
        code = _sentence_other_country(mention, mentions, kb)
        if code is not None:
            return code, "same-sentence"
    if context is not None and (mention.sector == "GOV" or mention.sector not in lexicon().no_speaker_country
                                and not filed and _named_once(context, mentions)) \
            and acts_on_the_country(mention, mentions, context):
        # "Other leaders denounced North Korea's actions": not North Koreans. Any other
        # agent, when its act names the only word for the country the story has ("the
        # company suspended deliveries to China"); armed groups fight their own state.
        return None, None
    return context, "story-country" if context else None


def _sentence_other_country(mention: Mention, mentions: list[Mention], kb: KnowledgeBase) -> str | None:
    """The one country a sentence names besides its subjects', for a state noun the
    subjects act on ("China and Russia support the government": Sudan's, named before
    in the sentence); None when the noun is itself a subject or the sentence names no
    such country or two."""
    if mention.token.dep_ not in ("dobj", "pobj", "poss", "dative"):
        return None
    named, subjects = set(), set()
    for other in mentions:
        if other is mention or other.sentence != mention.sentence or other.token.doc is not mention.token.doc:
            continue
        code = other.entity.code if other.entity is not None and other.entity.kind in ("country", "place") \
            else other.country
        if code is None or kb.country(code) is None:
            continue
        token = other.token
        while token.dep_ == "conj" and token.head is not token:
            token = token.head  # "China and Russia support": Russia is a subject too
        (subjects if token.dep_ in ("nsubj", "nsubjpass") else named).add(code)
    others = named - subjects
    return next(iter(others)) if len(others) == 1 else None


def _speaker_of(mention: Mention, mentions: list[Mention]) -> Mention | None:
    """The mention that is the subject of the speech verb whose reported clause holds this one."""
    verbs = lexicon().speech_verbs
    doc = mention.token.doc
    view = view_of(doc)  # the heads as numbers: a Token made for each step costs more
    i = mention.token.i
    for _ in range(12):
        head = view.heads[i]
        if head == i:
            return None
        if view.deps[i] in ("ccomp", "parataxis") and view.lemmas[head] in verbs:
            subjects = {c.i for c in doc[head].children if c.dep_ == "nsubj"}
            for other in mentions:
                if other is not mention and other.token.doc is doc and other.token.i in subjects:
                    return other
            return None
        i = head
    return None
