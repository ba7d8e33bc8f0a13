"""Resolving an actor to its codes on the story's date.

A person's code, sector and office come from the term they held on
`article.published`; with no date, from the title the story gives them, or their
latest term. A bare title with no person found is left as the office, never
guessed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dyads.actors.knowledge import FIGURE, Entity, KnowledgeBase, Term, title_key

COUNTRY_LEVEL = ("head_of_state", "head_of_government", "foreign_minister", "defence_minister", "head")


@dataclass
class Resolution:
    """What the knowledge base says of an actor."""

    name: str
    kind: str
    code: str | None = None
    sector: str | None = None
    office: str | None = None
    wikidata: str | None = None
    key: str | None = None  # the knowledge-base entity, when known
    cameo: str | None = None  # when the data give the CAMEO code itself
    evidence: str | None = None  # what gave `code` (EVIDENCE); None while the country is unknown


# What can give an actor its country, as `Actor.evidence` records it (docs/record.md).
EVIDENCE = (
    "kb-name",  # the knowledge base knows the name (a person by full name, a country, a body)
    "kb-surname",  # a surname that fits one officeholder of the story's date and countries, or several of one country
    "title-country",  # a country word in the mention's own phrase ("Czech Interior Minister")
    "place",  # the place of the agent's clause ("In Egypt, protesters ...", "stormed the embassy in Baghdad")
    "apposition",  # a phrase set beside the name ("Issa Konfourou, Mali's U.N. ambassador")
    "organisation",  # the body named in the phrase ("EU foreign ministers")
    "owner",  # the person or group an agent or aide belongs to ("the Obama administration", "Clinton campaign spokesman Brian Fallon")
    "party",  # a party adjective said of officials or members ("Republican senators")
    "executive",  # "the administration": the one country named whose executive the news calls so
    "earlier-mention",  # an earlier mention of the same actor in the story
    "speaker",  # the country of the one whose reported words hold the mention
    "kin",  # the country of the person whose kin the named person is said to be ("his wife, Heidi")
    "story-country",  # the country the story is clearly about (agents; named people with an office or who speak)
    "story-person",  # any other named person in a story of one country beyond doubt: its country, no speaker of events
    "same-sentence",  # the one other country the sentence names, for a state noun acted on ("support the government")
    "dateline",  # the country a story is filed from and names most, for a named person in an office held now
)


def parse_day(published: str | None) -> date | None:
    """The story's date as a `date`, or None."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def body_code(kb: KnowledgeBase, body: str) -> str:
    """The actor code of a term's body: a country's ISO3, or the organisation's code."""
    if kb.country(body):
        return body
    org = kb.entities.get(f"org:{body}")
    return (org.code if org and org.code else "IGO")


def _org_cameo(kb: KnowledgeBase, body: str) -> str | None:
    org = kb.entities.get(f"org:{body}")
    return org.cameo if org is not None and org.code in ("IGO", "NGO", "MNC", "IMG") else None


def office_of(kb: KnowledgeBase, term: Term) -> str:
    """"President of Iran" for a term."""
    return term.office_name(kb.body_names.get(term.body, term.body))


def resolve_person(
    kb: KnowledgeBase, name: str, day: date | None,
    title: str | None = None, country: str | None = None, entity: Entity | None = None,
    role: str | None = None, evidence: str | None = None, found_by: str = "kb-name",
) -> Resolution:
    """A named person: their office on the day, or what the story's title says of them.

    `role` is the sector of a role noun the story gives them ("U.S. Deputy Ambassador
    Robert Wood": GOV; "opposition leader Morgan Tsvangirai": OPP). `evidence` says
    what gave `country`; `found_by` how the knowledge base's person was found
    (kb-name or kb-surname). With neither a term nor a country, the country is unknown."""
    canonical = entity.name if entity else name
    terms = kb.terms_of(canonical)
    term = pick_term(terms, day, title, country)
    if term is not None and day is not None and not term.holds_on(day) and country is None \
            and body_code(kb, term.body) in ("IGO", "NGO"):
        # out of office, a former international official is again a citizen of the state
        # he served ("opposition leader Donald Tusk" in 2023 is Polish, not the EU's)
        national = [t for t in terms if t.start <= day and kb.country(t.body)]
        term = max(national, key=lambda t: t.start) if national else term
    if term is not None:
        in_office = day is None or term.holds_on(day)
        code = body_code(kb, term.body)
        sector = (None if code in ("IGO", "NGO") else term.sector) if in_office else (role or "ELI")  # PLOVER: IGO staff, no sector
        return Resolution(
            canonical, "person", code,
            sector,
            office_of(kb, term) if in_office and term.office != FIGURE else None,  # a public figure holds none
            term.wikidata, f"person:{canonical}", _org_cameo(kb, term.body), found_by,
        )
    if (title or role) and country:
        # A body's officer not in the tables ("Arab League Secretary General Chadli Klibi"):
        # the body's code (IGO), not its id.
        code = body_code(kb, country)
        org = kb.entities.get(f"org:{country}")
        office = f"{title} of {kb.body_names.get(country) or (org.name if org else country)}" if title else None
        # A company's or an outlet's officer works for it, whatever the title's sector elsewhere
        # ("Wells Fargo chief executive": BUS, not the GOV of Hong Kong's Chief Executive).
        own = org.sector if org and org.sector in ("BUS", "MED") else None
        sector = role or own or (kb.sector_of_title(title) if title else None) or (org.sector if org else None) or "GOV"
        return Resolution(name, "person", code, sector if code not in ("IGO", "NGO", "MNC", "IMG") else None,
                          office, cameo=_org_cameo(kb, country), evidence=evidence)
    if country and not kb.country(country):
        # a body's staff in a role the tables do not list ("FBI agent Jane Roe"): the body's
        # code and sector
        code = body_code(kb, country)
        org = kb.entities.get(f"org:{country}")
        sector = org.sector if org and code not in ("IGO", "NGO", "MNC", "IMG") else None
        return Resolution(name, "person", code, sector, None, cameo=_org_cameo(kb, country), evidence=evidence)
    return Resolution(name, "person", country, (role or "GOV") if title or role else None, title,
                      evidence=evidence if country else None)


def pick_term(
    terms: list[Term], day: date | None, title: str | None = None, country: str | None = None
) -> Term | None:
    """The term that tells who a person is in this story."""
    if not terms:
        return None
    # The title and the country the story gives, else the country alone: the Queen named
    # as "the Australian leader" is Australia's head of state, not Canada's
    fitting = [
        t for t in terms
        if (title is None or title_key(t.title) == title_key(title)) and (country is None or t.body == country)
    ] or [t for t in terms if t.body == country] or terms
    if day is not None:
        current = [t for t in fitting if t.holds_on(day)] or [t for t in terms if t.holds_on(day)]
        if current:
            return min(current, key=lambda t: (COUNTRY_LEVEL.index(t.office) if t.office in COUNTRY_LEVEL else 9,
                                               _represented(t)))
        before = [t for t in terms if t.start <= day]
        return max(before, key=lambda t: (t.start, not _represented(t))) if before else \
            min(terms, key=lambda t: (t.start, _represented(t)))
    # undated, a person is the officeholder they were, not the figure they became after
    # ("Hassan Rouhani" in an undated story of his presidency)
    return max(fitting, key=lambda t: (t.office != FIGURE, t.start, not _represented(t)))


def _represented(term: Term) -> bool:
    """Whether a monarch reigns in that realm through a governor-general (the tables'
    note says so): Charles III is Britain's king first, not Canada's, unless the story
    says Canada."""
    return "represented" in term.note


def resolve_office(
    kb: KnowledgeBase, title: str, country: str | None, day: date | None, evidence: str = "title-country",
) -> Resolution | None:
    """Who a title names on the day ("the Russian president" in 2010: Dmitry Medvedev).

    With no date, or nobody on record, the office itself; with no country, None.
    """
    if country is None:
        return None
    if day is not None:
        term = kb.holder(country, title, day) or _holder_in_national_body(kb, title, country, day)
        if term is not None:
            return resolve_person(kb, term.person, day, title, country, found_by=evidence)
    office = f"{title} of {kb.body_names.get(country, country)}"
    return Resolution(office, "person", body_code(kb, country), "GOV", office, evidence=evidence)


def _holder_in_national_body(kb: KnowledgeBase, title: str, country: str, day: date) -> Term | None:
    """The holder of a title that a national body of the country has ("Iran's Quds Force
    commander": the Quds Force's, an Iranian body)."""
    for body in kb.bodies_with_title(title):
        if body != country and body_code(kb, body) == country:
            term = kb.holder(body, title, day)
            if term is not None:
                return term
    # "the UN High Commissioner for Human Rights": the title's own body (OHCHR), of the
    # same kind as the body named (an IGO)
    own = kb.one_body_of_title(title)
    if own is not None and own != country and not kb.country(country) and body_code(kb, own) == body_code(kb, country):
        return kb.holder(own, title, day)
    return None


def resolve_entity(entity: Entity) -> Resolution:
    """A country, body, metonym or region as the knowledge base has it."""
    return Resolution(
        entity.name, entity.kind, entity.code, entity.sector, None, entity.wikidata, entity.key,
        entity.cameo, "kb-name" if entity.code else None,
    )
