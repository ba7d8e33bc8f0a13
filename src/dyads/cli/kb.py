"""`dyads kb`: who is who in the actor knowledge base."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from dyads.cli.common import actor_options, load_kb_for


def add_kb_commands(commands) -> None:
    """The `kb` command: resolve, search, import-wikidata."""
    kb = commands.add_parser("kb", help="ask the actor knowledge base who is who",
                             description="Look up actors and officeholders in the knowledge base "
                             "(with your own --actors files merged in).")
    kb_commands = kb.add_subparsers(title="kb commands", metavar="KB_COMMAND")
    resolve = kb_commands.add_parser(
        "resolve", help="the actor a phrase names on a date",
        description="Resolve a name or title as a story would: 'the Iranian president' on "
        "2022-06-01 is Ebrahim Raisi. Prints name, code, sector, office, wikidata and kind; "
        "exit status 1 when the phrase names no actor.",
    )
    resolve.add_argument("text", metavar="TEXT")
    resolve.add_argument("--date", metavar="YYYY-MM-DD", help="the day offices are looked up on")
    resolve.add_argument("--json", action="store_true", help="print the actor as JSON")
    actor_options(resolve)
    resolve.set_defaults(handler=run_kb_resolve)
    search = kb_commands.add_parser(
        "search", help="candidates for a name, with their dated offices",
        description="List the entities a name, alias, surname or spelling variant can denote, "
        "with each person's terms of office.",
    )
    search.add_argument("name", metavar="NAME")
    actor_options(search)
    search.set_defaults(handler=run_kb_search)
    wikidata = kb_commands.add_parser(
        "import-wikidata", help="turn a Wikidata export of people into an officeholder file",
        description="Read a Wikidata JSON export (Special:EntityData, a JSON array or JSON Lines "
        "of entities) and write each person's dated 'position held' (P39) statements as an "
        "officeholder CSV (actors/kb/README.md), ready for --actors. Positions are placed by "
        "--positions or by their own entity's label ('President of Iran'); the rest are reported.",
    )
    wikidata.add_argument("file", type=Path, metavar="FILE")
    wikidata.add_argument("--positions", type=Path, metavar="CSV",
                          help="your table of positions: position,body,office,title[,sector]")
    wikidata.add_argument("--out", type=Path, help="write the CSV here instead of standard output")
    wikidata.set_defaults(handler=run_kb_import_wikidata)


def run_kb_resolve(args: argparse.Namespace) -> int:
    from dyads.pipeline import Coder
    from dyads.sources.read import parse_published

    if args.date and parse_published(args.date) is None:
        print(f"dyads: --date {args.date!r} is not a date (YYYY-MM-DD)", file=sys.stderr)
        return 2
    record = Coder(kb=load_kb_for(args)).code_text(args.text, published=args.date)
    actors = sorted(record.actors, key=lambda a: (a.kind != "person", a.mentions[0].start))
    if not actors:
        print(f"dyads: {args.text!r} names no actor the knowledge base or the parser knows", file=sys.stderr)
        return 1
    actor = actors[0]
    fields = {"name": actor.name, "code": actor.code, "sector": actor.sector, "office": actor.office,
              "wikidata": actor.wikidata, "kind": actor.kind, "cameo": actor.cameo}
    if args.json:
        print(json.dumps(fields, ensure_ascii=False))
    else:
        for key, value in fields.items():
            print(f"{key:<9}{value if value is not None else '-'}")
    return 0


def run_kb_search(args: argparse.Namespace) -> int:
    from dyads.actors.resolve import office_of

    kb = load_kb_for(args)
    found = {e.key: e for e in [*kb.by_name(args.name), *kb.by_loose_name(args.name)]}
    for person in kb.persons_with_surname(args.name.split()[-1]) if args.name.split() else []:
        found.setdefault(f"person:{person}", kb.entities[f"person:{person}"])
    if not found:
        print(f"dyads: no actor is called {args.name!r}", file=sys.stderr)
        return 1
    for entity in found.values():
        code = entity.cameo or " ".join(filter(None, (entity.code, entity.sector))) or "-"
        print(f"{entity.name}  ({entity.kind}, {code}{', ' + entity.wikidata if entity.wikidata else ''})")
        for term in sorted(kb.terms_of(entity.name), key=lambda t: t.start):
            print(f"    {term.start} – {str(term.end or 'now'):<10}  {office_of(kb, term)}"
                  f"{'  [' + term.note + ']' if term.note else ''}")
    return 0


def run_kb_import_wikidata(args: argparse.Namespace) -> int:
    from dyads.actors.kb_files import default_kb
    from dyads.actors.wikidata import import_people, read_entities, read_positions

    try:
        entities = read_entities(args.file)
    except (OSError, UnicodeDecodeError, ValueError) as error:
        print(f"dyads: {args.file}: not a Wikidata export ({error})", file=sys.stderr)
        return 2
    try:
        positions = read_positions(args.positions) if args.positions else {}
    except (OSError, KeyError, UnicodeDecodeError) as error:
        print(f"dyads: {args.positions}: not a positions table ({error!r}; "
              "columns: position,body,office,title[,sector])", file=sys.stderr)
        return 2
    result = import_people(entities, default_kb(), positions)
    text = result.csv_text()
    if args.out:
        args.out.write_text(text, "utf-8")
    else:
        sys.stdout.write(text)
    for reason in result.skipped:
        print(f"dyads: {args.file}: skipped {reason}", file=sys.stderr)
    print(f"dyads: {len(result.rows)} terms of office written, {len(result.skipped)} statements skipped",
          file=sys.stderr)
    return 0
