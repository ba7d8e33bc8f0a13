"""Which actor a noun phrase names, as event arguments: the mention that covers its
head, or one inside it ("the government of Iran", "the Saudi-led coalition"), the
members a group names ("countries, including France and Germany"), the story's pair
("the two countries") and the speaker of "we". Read by events/arguments.py and coder.py.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyads.actors.mentions import Mention, lexicon
from dyads.actors.owners import is_pair, of_a_pair
from dyads.events.actor_index import ActorIndex, role_words
from dyads.record import Argument

FIRST_PERSON = {"we", "i", "us", "me"}


def arguments_of(heads: list[Token], offset: int, actors: ActorIndex) -> list[Argument]:
    """One argument per actor mention among the heads and their conjuncts."""
    found: list[Argument] = []
    for head in heads:
        for token in (head, *head.conjuncts):
            if of_a_pair(token) or is_pair(token):
                # "foreign secretaries from the two countries", "urged both countries to
                # resolve their differences": the story's pair
                found += actors.story_pair(token, offset)
                continue
            mention = _mention_of(token, offset, actors)
            if mention is None and (leader := _leader(token)) is not None:
                mention = _mention_of(leader, offset, actors)  # "a coalition led by Saudi Arabia"
            members = _named_members(token)
            if members and (mention is None or not actors.code_of(actors.argument(mention))):
                # "several countries, including France and Germany, recalled ...": the
                # members the text names act for a group it cannot code
                found += arguments_of(members, offset, actors)
            elif mention is not None:
                found.append(actors.argument(mention))
                found += _shared_head_parties(token, mention, offset, actors)
            elif token.lower_ in FIRST_PERSON and token.pos_ == "PRON":  # "we", not "US"
                speaker = actors.speaker_at(offset + token.idx)
                if speaker is not None:
                    found.append(speaker)
    return unique_arguments(found)


def _leader(group: Token) -> Token | None:
    """The leader a noun names with "led by" or "headed by" ("a military coalition led by
    Saudi Arabia"), which acts for it when the noun is no actor itself."""
    for child in group.children:
        if child.dep_ == "acl" and child.lower_ in lexicon().leader_participles:
            for agent in child.children:
                if agent.dep_ == "agent":
                    return next((g for g in agent.children if g.dep_ == "pobj"), None)
    return None


def _named_members(group: Token) -> list[Token]:
    """The members a plural noun names with "including" or "such as" ("countries,
    including France and Germany")."""
    if group.tag_ not in ("NNS", "NNPS"):
        return []
    found = []
    for child in group.children:
        if child.dep_ == "prep" and (child.lower_ == "including" or child.lower_ == "as" and any(
                c.lower_ == "such" for c in child.children) or child.lower_ == "as" and child.nbor(-1).lower_ == "such"):
            found += [g for g in child.children if g.dep_ == "pobj"]
    return found


def _shared_head_parties(head: Token, named: Mention, offset: int, actors: ActorIndex) -> list[Argument]:
    """"U.S. and Russian negotiators", "Hungarian and Romanian officials": the other
    modifiers joined to the one the head's mention took."""
    found = []
    for child in head.children:
        if child.dep_ not in ("amod", "compound", "nmod") or child.i > head.i or not child.conjuncts:
            continue
        for token in (child, *child.conjuncts):
            mention = actors.mention_at(offset + token.idx)
            if mention is not None and mention is not named:
                found.append(actors.argument(mention))
    return found


def _mention_of(token: Token, offset: int, actors: ActorIndex) -> Mention | None:
    """The mention that names the noun phrase headed by the token."""
    mention = actors.mention_at(offset + token.idx)
    if mention is not None:
        return mention
    # "the President of Russia Vladimir Putin": the name in apposition is the actor, also
    # down a chain ("regional rival Japan's Prime Minister Shinzo Abe")
    apposed = [c for c in token.children if c.dep_ == "appos"]
    for _ in range(3):
        for child in apposed:
            mention = actors.mention_at(offset + child.idx)
            if mention is not None:
                return mention
        apposed = [g for c in apposed for g in c.children if g.dep_ == "appos"]
    if token.lemma_.lower() in role_words().opposing_nouns:
        return None  # "Trump's critics", "critics of Netanyahu": the other side of their owner
    # "the government of Iran", "officials from Russia": the actor sits inside the phrase
    for child in token.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod"):
            mention = actors.mention_at(offset + child.idx) or actors.owner_at(child, offset)
            if mention is not None:
                return mention
        if child.dep_ == "compound" and child.i < token.i:
            # "US drone strikes": spaCy hangs the country from the noun before the head
            for grandchild in child.lefts:
                if grandchild.dep_ in ("compound", "amod", "nmod"):
                    mention = actors.mention_at(offset + grandchild.idx)
                    if mention is not None:
                        return mention
        if child.dep_ == "amod" and child.lower_ in lexicon().leader_participles \
                and token.lemma_.lower() not in lexicon().standing_bodies:
            # "the Saudi-led coalition", "US-led airstrikes": the leader acts
            for leader in child.children:
                if leader.dep_ in ("npadvmod", "compound", "nmod", "amod"):
                    mention = actors.mention_at(offset + leader.idx)
                    if mention is not None:
                        return mention
        if child.dep_ == "prep" and child.lower_ in ("of", "from"):
            for grandchild in child.children:
                # "the government of Iran"; "$120 billion of China's exports": the owner of the of-object
                # (never of "most of Venezuela's neighbours": an opposing noun's owner is not it)
                owners = () if grandchild.lemma_.lower() in role_words().opposing_nouns else \
                    (g for g in grandchild.children if g.dep_ == "poss")
                for word in (grandchild, *owners):
                    mention = actors.mention_at(offset + word.idx)
                    if mention is not None:
                        return mention
    # "positions belonging to terrorist groups", "charities run by Saeed's outfits"
    for owner in _owners(token):
        mention = _mention_of(owner, offset, actors) if owner is not token else None
        if mention is not None:
            return mention
    return None


def _owners(noun: Token) -> list[Token]:
    """The owner a participle after a noun names: "belonging to X", "run by X"."""
    found = []
    for child in noun.children:
        if child.dep_ == "acl" and child.lemma_.lower() in role_words().owner_participles:
            found += [g for c in child.children if c.dep_ in ("prep", "agent") and c.lower_ in ("to", "by")
                      for g in c.children if g.dep_ == "pobj"]
    return found


def unique_arguments(arguments: list[Argument]) -> list[Argument]:
    """The arguments without repeats of the same actor at the same words, in order ("both
    sides" is two actors at one stretch of words)."""
    seen, kept = set(), []
    for argument in arguments:
        key = (argument.actor, argument.start, argument.end)
        if key not in seen:
            seen.add(key)
            kept.append(argument)
    return kept
