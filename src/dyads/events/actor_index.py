"""Who the actors of a sentence are, for the argument finders: which mention covers a
token, an argument's code, whether it can act (`ActorIndex`), and the role word lists of
data/roles.yaml (`role_words`). Read by events/arguments.py, statements.py and coder.py.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, fields
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from dyads.actors.coref import LinkedActors
from dyads.actors.kb_files import default_kb
from dyads.actors.mentions import Mention, doc_text, entities_of
from dyads.places import place
from dyads.record import Actor, Argument, Quote
from dyads.yaml_data import load_yaml

STATE_SECTORS = {"GOV", "MIL", "COP", "SPY"}


@dataclass(frozen=True)
class RoleWords:
    """The lists of data/roles.yaml."""

    domestic_codes: frozenset[str]
    domestic_easing_codes: frozenset[str]
    passive_subject_is_source: frozenset[str]
    natural_causes: frozenset[str]
    own_country_words: frozenset[str]
    state_target_readings: tuple[tuple[str, str, str], ...]  # (lemma, cameo, code for a state target)
    armed_target_readings: tuple[tuple[str, str, str], ...] = ()  # (lemma, cameo, code for an armed target)
    armed_sectors: frozenset[str] = frozenset()
    reception_verbs: frozenset[str] = frozenset()
    reception_of_verbs: frozenset[str] = frozenset()
    abstract_subjects: frozenset[str] = frozenset()
    voice_nouns: frozenset[str] = frozenset()
    aiming_verbs: frozenset[str] = frozenset()
    place_target_types: frozenset[str] = frozenset()
    own_state_target_types: frozenset[str] = frozenset()
    not_at_own_country_types: frozenset[str] = frozenset()
    premises_prepositions: frozenset[str] = frozenset()
    chanting_verbs: frozenset[str] = frozenset()
    forecast_verbs: frozenset[str] = frozenset()
    undergoing_nouns: frozenset[str] = frozenset()
    measure_nouns: frozenset[str] = frozenset()  # "two days of drills": the measure is the verb's object
    partitive_quantifiers: frozenset[str] = frozenset()  # "the migrants, many of them Kurds,": no subject
    share_nouns: frozenset[str] = frozenset()  # "58 percent of Republicans agreed": a poll's finding
    share_adjectives: frozenset[str] = frozenset()  # "most Germans support": a poll's finding
    stance_types: frozenset[str] = frozenset()  # event types a share of a people only holds as a stance
    voted_documents: frozenset[str] = frozenset()  # "vetoed resolutions on Syria": the drafter, not the topic
    stative_participles: frozenset[str] = frozenset()
    occupied_participles: frozenset[str] = frozenset()
    undergone_infinitives: frozenset[str] = frozenset()  # "Russia is to blame": Russia is blamed
    owner_participles: frozenset[str] = frozenset()
    opposing_nouns: frozenset[str] = frozenset()
    member_nouns: frozenset[str] = frozenset()
    backer_participles: frozenset[str] = frozenset()
    audience_sectors: frozenset[str] = frozenset()
    audience_cannot: frozenset[str] = frozenset()  # event types no source of an audience sector does
    medium_not_target: frozenset[str] = frozenset()  # event types a medium ("Twitter") is never the target of
    exercise_nouns: frozenset[str] = frozenset()
    doer_frames: frozenset[str] = frozenset()  # "responsible for", "be behind": lemma and preposition
    claiming_verbs: frozenset[str] = frozenset()  # "claimed responsibility for": a noun frame's verbs
    owned_judged_nouns: frozenset[str] = frozenset()  # "dismissed her criticism": her
    seizure_nouns: frozenset[str] = frozenset()  # "condemned the coup": a COERCE told before
    attack_nouns: frozenset[str] = frozenset()  # attacks whose maker a claim or a blame names (events/attribution.py)
    clash_nouns: frozenset[str] = frozenset()  # "killed in a clash with X": X killed them
    cessation_words: frozenset[str] = frozenset()  # "agreed to halt fighting": the fighting is no news
    help_nouns: frozenset[str] = frozenset()  # "help against Russian strikes": Russia is not asked
    helping_verbs: frozenset[str] = frozenset()  # "sent troops to help the Philippine army": whom it is for
    topic_nouns: frozenset[str] = frozenset()  # "the Russia investigation": Russia is what it is about
    defence_verbs: frozenset[str] = frozenset()  # "defended the launch": one's own act, against its critics
    critic_types: frozenset[str] = frozenset()  # events whose source criticised their target
    campaign_rally_nouns: frozenset[str] = frozenset()  # "held a rally in Waterloo": a campaign event
    campaign_sectors: frozenset[str] = frozenset()  # who holds campaign rallies
    home_veto_objects: frozenset[str] = frozenset()  # "vetoed the bill": the legislature at home
    one_sided_types: frozenset[str] = frozenset()  # "deployed troops to the border": no target needed
    own_staff_nouns: frozenset[str] = frozenset()  # "met with his national security team": no one else
    coded_once_types: frozenset[str] = frozenset()  # "Putin and Xi met": one event of every party
    described_supporters: frozenset[str] = frozenset()  # "voters who backed X": who they are
    private_legal_agents: frozenset[str] = frozenset()  # "tax lawyers": JUD, but no body of the state


# Lists of roles.yaml written in capitals (codes and types); every other list is of lowercase words.
_UPPER_LISTS = {"passive_subject_is_source", "place_target_types", "own_state_target_types", "armed_sectors",
                "not_at_own_country_types", "audience_sectors", "audience_cannot",
                "medium_not_target", "critic_types", "stance_types", "campaign_sectors",
                "one_sided_types", "coded_once_types", "described_supporters"}


@lru_cache(maxsize=1)
def role_words() -> RoleWords:
    """roles.yaml, read once: each list by its key, so a new list is one field of RoleWords."""
    data = load_yaml(resources.files("dyads.events").joinpath("data/roles.yaml").read_text("utf-8"))
    values: dict[str, object] = {}
    for item in fields(RoleWords):
        if item.name in ("state_target_readings", "armed_target_readings"):
            values[item.name] = tuple((str(r["lemma"]).lower(), str(r["cameo"]), str(r["to"]))
                                      for r in data.get(item.name) or [])
        elif item.name in ("domestic_codes", "domestic_easing_codes"):
            values[item.name] = frozenset(str(c) for c in data.get(item.name) or [])
        else:
            values[item.name] = frozenset(str(w).upper() if item.name in _UPPER_LISTS else str(w).lower()
                                          for w in data.get(item.name) or ())
    return RoleWords(**values)  # type: ignore[arg-type]


def names_the_topic(token: Token) -> bool:
    """Whether a place's name set before a noun of inquiry says what it is about, not who
    does it: "the Russia investigation", "the Ukraine inquiry" (data/roles.yaml
    `topic_nouns`); "the FBI investigation" is the FBI's."""
    return token.dep_ == "compound" and token.ent_type_ == "GPE" and token.tag_ in ("NNP", "NNPS") \
        and token.head.lemma_.lower() in role_words().topic_nouns


@dataclass
class Roles:
    """The arguments found for one trigger."""

    source: list[Argument]
    target: list[Argument]
    reciprocal: bool = False
    natural: bool = False  # the doer is a storm, a disease or a thing (a plan, a law): no political event


class ActorIndex:
    """Which actor mention covers a token of a paragraph."""

    def __init__(self, linked: LinkedActors, quotes: list[Quote]) -> None:
        self.linked = linked
        # A possessive pronoun ("her criticism") is only ever the owner of a word or deed
        # judged (owner_at); as any other role, its reading is too loose to trust.
        self.owners = {m.start: m for m in linked.mentions if m.token.tag_ == "PRP$"}
        self.mentions = sorted((m for m in linked.mentions if m.token.tag_ != "PRP$"), key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        # Only words in quotation marks speak in the speaker's own voice ("we", "I").
        self.quotes = [q for q in quotes if q.speaker is not None and q.kind in ("direct", "mixed")]
        self.reported = [q for q in quotes if q.speaker is not None and q.kind == "indirect"]
        self.codes = {a.actor_id: a.code for a in linked.actors}
        self.by_id = {a.actor_id: a for a in linked.actors}
        self.trigger_tokens: set[tuple[int, int]] = set()  # (doc id, token index) of this sentence's triggers

    def can_act(self, argument: Argument) -> bool:
        """Whether an argument is an actor that can do political events: one of known
        country or body, or of a known sector (a minister of unknown country can; a
        person the text ties to nothing cannot)."""
        actor = self.by_id.get(argument.actor) if argument.actor else None
        return actor is not None and (actor.code is not None or actor.sector is not None)

    def story_pair(self, words: Token, offset: int) -> list[Argument]:
        """The two countries the story names most, as arguments at the words that name
        them as a pair ("both sides", "the two countries"): the event points at its own
        sentence, not at where the story first named each."""
        start = min(t.idx for t in words.subtree)
        end = max(t.idx + len(t) for t in words.subtree)
        # two countries, each by its own name: never one country twice ("the United States" and
        # "the United States government")
        states: dict[str, Actor] = {}
        for actor in self.linked.actors:  # each country by its own name, before its government's
            if actor.kind == "country" and actor.code and len(actor.code) == 3 and (
                    actor.code not in states or states[actor.code].sector is not None and actor.sector is None):
                states[actor.code] = actor
        told = Counter(a.code for a in self.linked.actors if a.code in states and a.kind == "country"
                       for m in a.mentions).most_common(3)
        if len(told) < 2:
            return []
        countries = [states[code] for code, _ in told]
        text = doc_text(words.doc)[start:end]
        return [Argument(a.actor_id, text, offset + start, offset + end) for a in countries[:2]]

    def country_at_place(self, token: Token, offset: int) -> Argument | None:
        """The story's actor for the country a place name lies in, at the place's words."""
        span = next((e for e in entities_of(token.doc) if e.start <= token.i < e.end), None)
        if span is None:
            return None
        found = place(span.text)
        country = found and found["country"]
        countries = [a for a in self.linked.actors if a.kind == "country" and a.code == country]
        actor = min(countries, key=lambda a: a.sector is not None, default=None)
        if actor is None:
            return None
        return Argument(actor.actor_id, span.text, offset + span.start_char, offset + span.end_char)

    def country_of(self, source: list[Argument], token: Token, offset: int) -> Argument | None:
        """The story's actor for the source's own country, at the words of `token`'s phrase."""
        codes = [self.code_of(a) for a in source if self.code_of(a)]
        countries = [a for a in self.linked.actors if a.kind == "country" and codes and a.code == codes[0]]
        # the country itself before its government's metonyms ("La Moneda", "the Kremlin")
        actor = min(countries, key=lambda a: a.sector is not None, default=None)
        if actor is None:
            return None
        start = min(t.idx for t in token.subtree)
        end = max(t.idx + len(t) for t in token.subtree)
        return Argument(actor.actor_id, doc_text(token.doc)[start:end], offset + start, offset + end)

    def own_country(self, source: list[Argument], words: Argument) -> Argument | None:
        """The source's own country as an argument at the given words ("more than 400
        people" arrested by the police of that country)."""
        codes = [self.code_of(a) for a in source if self.code_of(a)]
        countries = [a for a in self.linked.actors if a.kind == "country" and codes and a.code == codes[0]]
        actor = min(countries, key=lambda a: a.sector is not None, default=None)
        if actor is None:
            return None
        return Argument(actor.actor_id, words.text, words.start, words.end)

    def story_countries(self) -> set[str]:
        """The countries of the story's actors and places (three-letter codes only, not
        IGO or IMG)."""
        return {a.code for a in self.linked.actors if a.code and len(a.code) == 3 and a.code.isalpha()
                and a.code not in ("IGO", "IMG", "NGO")}

    def state_actor(self, code: str) -> str | None:
        """The story's actor that stands for a state as a body: its courts or police if the
        story names them, else its government, else the country itself."""
        order = {"JUD": 0, "COP": 0, "GOV": 1}
        bodies = [a for a in self.linked.actors if a.code == code and a.kind != "person"
                  and (a.kind == "country" or a.sector in order)
                  and not (a.kind == "agent" and a.name.lower().split()[-1] in role_words().private_legal_agents)]
        best = min(bodies, key=lambda a: order.get(a.sector or "", 2), default=None)
        return best.actor_id if best is not None else None

    def code_at(self, token: Token, offset: int) -> str | None:
        """The code of the actor a token names, if any (`offset`: its paragraph's)."""
        mention = self.mention_at(offset + token.idx)
        return self.code_of(self.argument(mention)) if mention is not None else None

    def is_state(self, argument: Argument) -> bool:
        """Whether an argument is a state as a body (a country, its government, army or
        police), not a person."""
        actor = self.by_id.get(argument.actor) if argument.actor else None
        if actor is None or not actor.code or actor.kind == "person":
            return False
        return actor.kind == "country" or actor.sector in STATE_SECTORS

    def is_whole_country(self, argument: Argument) -> bool:
        """Whether an argument names a country as a whole ("Russia", "Moscow", "the
        Kremlin"), not a place inside it ("Texas") or a body of its state."""
        actor = self.by_id.get(argument.actor) if argument.actor else None
        if actor is None or actor.kind != "country" or not actor.code:
            return False
        name = default_kb().body_names.get(actor.code)
        return (name is not None and actor.name in (name, f"{name} government")) or actor.sector == "GOV"

    def same_international_body(self, first: Argument, second: Argument) -> bool:
        """Whether the second argument is the international body the first one's officer
        heads or serves ("Ban Ki-moon", Secretary-General of United Nations, and "the
        United Nations"): a body's own officer judges, asks or meets others, never the body
        itself. Another organ of it may be ("Guterres urged the Security Council to act")."""
        one = self.by_id.get(first.actor) if first.actor else None
        other = self.by_id.get(second.actor) if second.actor else None
        if one is None or other is None or not one.office or other.kind != "organization":
            return False
        return bool(one.cameo) and one.cameo == other.cameo and one.cameo.startswith("IGO") \
            and one.office.endswith(f" of {other.name}")

    def is_trigger(self, token: Token) -> bool:
        return (id(token.doc), token.i) in self.trigger_tokens

    def mention_at(self, offset: int) -> Mention | None:
        """The mention whose text covers this article offset, if any."""
        i = bisect_right(self.starts, offset) - 1
        while i >= 0 and self.mentions[i].start <= offset:
            mention = self.mentions[i]
            if offset < mention.end:
                return mention
            i -= 1
        return None

    def owner_at(self, token: Token, offset: int) -> Mention | None:
        """The actor a possessive pronoun stands for when it owns a word, deed or stance
        that is judged ("dismissed her criticism"; roles.yaml `owned_judged_nouns`)."""
        if token.tag_ != "PRP$" or token.dep_ != "poss" or token.head.lemma_.lower() not in role_words().owned_judged_nouns:
            return None
        return self.owners.get(offset + token.idx)

    def possessor_at(self, offset: int) -> Mention | None:
        """The actor a possessive "his" or "her" at this article offset stands for, if known."""
        return self.owners.get(offset)

    def code_of(self, argument: Argument) -> str | None:
        """The country or body code of an argument's actor."""
        actor = self.codes.get(argument.actor) if argument.actor else None
        return actor

    def sector_of(self, argument: Argument) -> str | None:
        """The sector of an argument's actor ("MIL", "GOV", ...), if known."""
        actor = self.by_id.get(argument.actor) if argument.actor else None
        return actor.sector if actor is not None else None

    def argument(self, mention: Mention) -> Argument:
        return Argument(self.linked.actor_of.get(id(mention)), mention.text, mention.start, mention.end)

    def speaker_at(self, offset: int, reported: bool = False) -> Argument | None:
        """The speaker of a quote that contains this offset ("'We condemn it,' said X"), or
        with `reported` also of reported speech ("Ukraine says Russia is to blame")."""
        for quote in self.quotes + self.reported if reported else self.quotes:
            if quote.start <= offset < quote.end and quote.source is not None:
                return Argument(quote.speaker, quote.source.text, quote.source.start, quote.source.end)
        return None
