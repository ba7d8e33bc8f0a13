"""The first actor down a verb's object phrase: whom an act reaches when neither its
object nor the entry's prepositions name an actor ("launched an investigation into
crimes committed by Croat forces", "lifted travel curbs to and from North Korea").
Read by events/arguments.py.
"""

from __future__ import annotations

from collections import deque

from spacy.tokens import Token

from dyads.events.actor_index import ActorIndex, role_words
from dyads.events.slots import ADVERSARY_PREPOSITIONS
from dyads.record import Argument

# Branches of an object phrase that say something else than whom the act reaches: a
# clause about the object ("a state of emergency that was imposed after the ouster of
# Morsi"), its apposition, or a circumstance.
OFF_OBJECT_DEPS = {"relcl", "advcl", "ccomp", "appos", "parataxis", "punct", "cc", "nsubj", "mark"}
# Prepositions of the verb itself that say when, where, why or who told it, never whom.
CIRCUMSTANCE_PREPOSITIONS = {"in", "at", "during", "after", "before", "since", "despite", "amid", "over",
                             "following", "near", "until", "within", "throughout", "across", "by", "as", "for",
                             "along", "around", "outside", "inside", "beyond", "off", "through", "via",
                             "according"}  # "shot by police, according to a Washington Post database"
OWN_FORCE_SECTORS = {"MIL", "COP"}
OBJECT_DEPTH = 5


# The prepositions that name an attack's victim: "the attack on the embassy".
VICTIM_PREPOSITIONS = ("on", "against")


def actor_down_the_object(verb: Token, source: list[Argument], offset: int, actors: ActorIndex,
                          judging: bool = False, naming: bool = False, particle: str | None = None) -> list[Argument]:
    """The nearest actor (other than the source) inside the verb's object phrase, or its
    infinitive's, breadth first and at most OBJECT_DEPTH words down. The source's own
    forces are what it acts with, not on ("massed a million troops"). A judgement of an
    attack is not aimed at its victim: "called the attack on the embassy unacceptable".
    A naming verb's target is in what it names, never in whom the name says is harmed:
    "called the move a stab in the back to countries in the Horn of Africa". The verb's
    own particle heads its object ("asked for an emergency meeting of the Security
    Council"), whatever else that preposition may mean."""
    own = {a.actor for a in source}
    own_codes = {actors.code_of(a) for a in source} - {None}
    # a state acts with its envoys and officials too ("withdrew its ambassador to
    # Nicaragua"); protesters demanding their president's resignation act on him
    own_sectors = OWN_FORCE_SECTORS | ({"GOV"} if any(actors.is_state(a) for a in source) else set())
    backers = role_words().backer_participles
    queue = deque((c, 0) for c in verb.children
                  if c.dep_ in ("dobj", "dative", "xcomp") and not (naming and c.dep_ == "xcomp")
                  or (c.dep_ == "prep" and (c.lower_ not in CIRCUMSTANCE_PREPOSITIONS or c.lower_ == particle)
                      and not naming) or _help_it_is_for(c))
    while queue:
        token, depth = queue.popleft()
        if token.pos_ in ("NOUN", "PROPN", "ADJ", "PRON"):
            mention = actors.mention_at(offset + token.idx) if token.pos_ != "PRON" else actors.owner_at(token, offset)
            if mention is not None:
                argument = actors.argument(mention)
                # an actor of unknown country is passed by
                code = actors.code_of(argument)
                if argument.actor not in own and code \
                        and not (code in own_codes and actors.sector_of(argument) in own_sectors) \
                        and not (judging and _a_town(argument, actors)):
                    return [argument]  # "condemned the protest in Stockholm" judges no town
        if depth < OBJECT_DEPTH:
            lemma = token.lemma_.lower()
            an_attack = judging and lemma in role_words().attack_nouns
            a_voted_text = lemma in role_words().voted_documents
            help_given = lemma in role_words().help_nouns  # "help against Russian strikes": not Russia
            # "the Taliban-allied Haqqani Network": an ally or backer is not the one acted on
            queue.extend((c, depth + 1) for c in token.children
                         if (c.dep_ not in OFF_OBJECT_DEPS or _help_it_is_for(c)) and c.lower_ not in backers
                         and not (an_attack and c.dep_ == "prep" and c.lower_ in VICTIM_PREPOSITIONS)
                         and not (help_given and c.dep_ == "prep" and c.lower_ in ADVERSARY_PREPOSITIONS)
                         and not (a_voted_text and not _drafter_side(c)))
    return []


def _help_it_is_for(child: Token) -> bool:
    """Whether a clause says whom an act is meant to help: "sent troops to help the
    Philippine army" (roles.yaml `helping_verbs`), a purpose told with "to"."""
    return child.dep_ == "advcl" and child.lemma_.lower() in role_words().helping_verbs \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)


def _drafter_side(child: Token) -> bool:
    """Whether a word of a voted text's phrase may name its drafter ("Britain's motion",
    "a French resolution", "a resolution drafted by France"), not its topic ("on Syria",
    "to tighten sanctions on Pyongyang")."""
    return child.dep_ in ("poss", "compound", "amod", "nmod") or child.dep_ == "acl" and any(
        g.dep_ == "agent" for g in child.children)


def _a_town(argument: Argument, actors: ActorIndex) -> bool:
    actor = actors.by_id.get(argument.actor) if argument.actor else None
    return actor is not None and actor.kind == "place"
