"""The `dyads` command: code, eval, bench, kb."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from dyads.record import Article, CodedArticle

DEFAULT_DATA = Path("../shared/data")
DEFAULT_POLNEAR = DEFAULT_DATA / "polnear-dev"


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        return args.handler(args)
    except ConfigError as error:
        print(f"dyads: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("dyads: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dyads",
        description="Political event data from news: who did what to whom, when, where, and who said so.",
    )
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    code = commands.add_parser(
        "code", help="code stories into actors, quotes and events",
        description="Code news stories. INPUT is a .txt file (one story), an .html page, a .warc or "
        ".warc.gz web archive, an RSS/Atom feed (.xml/.rss/.atom file or an http(s) URL), a .jsonl "
        "file (one story a line: text or html, id, title, url, publisher, published), a .csv file "
        "(one story a row; see --columns), a folder (walked for all of these) or - for standard "
        "input. Stories in other languages are kept as skipped, copies of a story already coded as "
        "duplicates. Writes one JSON object per coded story (SCHEMA.md), or everything into a "
        "DuckDB store with --db.",
    )
    code.add_argument("inputs", nargs="+", metavar="INPUT")
    code.add_argument("--db", type=Path, metavar="FILE.duckdb",
                      help="write into this DuckDB store (made if missing); running again adds only "
                      "stories it does not hold, so a stopped run can simply be started again")
    code.add_argument("--batch", type=int, default=64, metavar="N",
                      help="stories written to the store per transaction (default 64); a stopped run "
                      "codes at most this many again")
    code.add_argument("--out", type=Path, help="write JSON Lines here instead of standard output")
    code.add_argument("--format", choices=("jsonl", "table"), default="jsonl",
                      help="jsonl (default, for programs) or table (for people)")
    code.add_argument("--published", metavar="YYYY-MM-DD",
                      help="publication date for stories that give none; offices are looked up on it")
    code.add_argument("--actors", type=Path, action="append", default=[], metavar="FILE",
                      help="your own actor file (CSV, formats in actors/kb/README.md); repeatable")
    code.add_argument("--boilerplate", type=Path, metavar="FILE",
                      help="your own furniture patterns (YAML, like sources/data/boilerplate.yaml)")
    code.add_argument("--lexicon", type=Path, action="append", default=[], metavar="FILE",
                      help="your own event triggers (YAML, like events/lexicon/*.yaml); repeatable")
    code.add_argument("--min-confidence", type=float, default=None, metavar="X",
                      help="write events at or above this confidence, 0-1 (default 0.55; 0 writes all)")
    code.add_argument("--config", type=Path, metavar="FILE",
                      help="a dyads.toml giving actors = [...] and boilerplate = ... "
                      "(default: ./dyads.toml if present)")
    code.add_argument("--columns", metavar="FIELD=COLUMN,...",
                      help="CSV column names for the record's fields, e.g. text=body,published=date")
    code.add_argument("--offline", action="store_true",
                      help="never fetch a feed item's link; code its summary")
    code.add_argument("--max-bytes", type=float, default=50, metavar="MB",
                      help="largest single-story file (.txt, .html) read, in MB (default 50)")
    code.add_argument("--keep-duplicates", action="store_true",
                      help="code copies of a story again instead of keeping them as its mentions")
    code.add_argument("--no-progress", action="store_true", help="never show a progress bar")
    code.add_argument("--verbose", action="store_true", help="report each batch written to the store")
    code.set_defaults(handler=run_code)

    evaluate = commands.add_parser("eval", help="score dyads against gold data")
    sets = evaluate.add_subparsers(title="gold sets", metavar="SET")
    polnear = sets.add_parser(
        "polnear", help="quotes against PolNeAR attribution annotations",
        description="Code the PolNeAR articles in FOLDER/text and score the quotes against the brat "
        "annotations in FOLDER/attributions: content precision, recall and F1 (a match covers more "
        "than half the gold span; exact: same bounds), and source and cue accuracy of matched quotes.",
    )
    polnear.add_argument("folder", type=Path, nargs="?", default=DEFAULT_POLNEAR)
    polnear.add_argument("--json", action="store_true", help="print the figures as JSON")
    polnear.set_defaults(handler=run_eval_polnear)

    extraction = sets.add_parser(
        "extraction", help="main text of web pages against gold text",
        description="Read each page as dyads does and score its text against the gold text (token "
        "precision, recall and F1, mean over pages), beside trafilatura alone with its defaults. "
        "FOLDER holds ground-truth.json with html/<id>.html(.gz) (the layout of public article-"
        "extraction benchmarks), or html/ with text/, or x.html beside x.txt.",
    )
    extraction.add_argument("folder", type=Path)
    extraction.add_argument("--json", action="store_true", help="print the figures as JSON")
    extraction.set_defaults(handler=run_eval_extraction)

    actors = sets.add_parser(
        "actors", help="actor codes against PLOVER GSR and spans against ConfliBERT",
        description="Code the PLOVER gold sentences and score their source and target actors: "
        "found (a dyads mention overlaps the gold words), country/IGO code right, wrong or unknown, "
        "code and sector right, per half (quote 'all report'). Then code the ConfliBERT NER sentences "
        "and report how many source, target and reciprocal spans dyads finds an actor in, and the "
        "actor codes of the project's real-news gold.",
    )
    _data_option(actors)
    actors.add_argument("--json", action="store_true", help="print the figures as JSON")
    actors.set_defaults(handler=run_eval_actors)

    realnews = sets.add_parser(
        "realnews", help="events and actors against the project's real-news gold",
        description="Code the hand-coded real pages (../shared/data/realnews-dev) and PolNeAR articles "
        "whose gold the project keeps (dyads/evaluate/gold, docs/coding-guide.md) and print, per gold set "
        "and half: strict precision (type, source code and target code right), core recall, realis "
        "agreement, actor codes right/wrong/unknown, a table per type, a reliability table (confidence "
        "against precision) and the events per page on the pages that are not political. Quote the "
        "'report' half: rules are tuned on 'tune'.",
    )
    _data_option(realnews)
    realnews.add_argument("--min-confidence", type=float, default=None, metavar="X",
                          help="score only events at or above this confidence (default: the coder's)")
    realnews.add_argument("--half", choices=("tune", "report"), default="report",
                          help="the half shown per type and in the reliability table (default report)")
    realnews.add_argument("--verbose", action="store_true", help="also list the actors with a wrong code")
    realnews.add_argument("--json", action="store_true", help="print the figures as JSON")
    realnews.set_defaults(handler=run_eval_realnews)

    for name, helptext, description in (
        ("seed", "events of the seed story against its expected coding",
         "Code ../shared/data/seed/iran-russia-call.txt (and, with --examples, every story in "
         "examples/) and compare the events with the analyst's expected coding: required events "
         "found or missing, and extra events that match neither the required nor the allowed list."),
        ("plover", "event types against the PLOVER gold records",
         "Code the 322 PLOVER GSR sentences: per-type precision, recall and F1 (a sentence's gold "
         "type is found when dyads codes an event of that type in it), the extra events per "
         "sentence, and the confusion of gold type with dyads' most confident event."),
        ("conflibert", "quad classes and source/target spans against ConfliBERT",
         "Code the ConfliBERT sentences: quad-class macro-F1 and confusion matrix (a sentence's class "
         "is its most confident event's quad, 0 with no event) on class-train.tsv, and source and "
         "target span precision, recall and F1 on ner-train.txt."),
    ):
        command = sets.add_parser(name, help=helptext, description=description)
        _data_option(command)
        command.add_argument("--min-confidence", type=float, default=None, metavar="X",
                             help="score only events at or above this confidence (default: the coder's)")
        command.add_argument("--json", action="store_true", help="print the figures as JSON")
        if name == "seed":
            command.add_argument("--examples", type=Path, nargs="?", const=Path("examples"), default=None,
                                 metavar="FOLDER", help="also check every story of FOLDER (default examples/)")
            command.add_argument("--verbose", action="store_true", help="list missing and extra events")
        command.set_defaults(handler=run_eval_events, gold_set=name)

    _store_commands(commands)

    bench = commands.add_parser(
        "bench", help="measure speed and memory against bare spaCy",
        description="Code a corpus and report stories/s, words/s and peak memory beside bare spaCy "
        "nlp.pipe over the same paragraphs. A benchmark, not a test: quote medians and the ratio.",
    )
    bench.add_argument("corpus", nargs="?", type=Path,
                       help="a folder or .jsonl file; default: examples/ repeated to --stories stories")
    bench.add_argument("--stories", type=int, default=300, help="size of the default corpus (300)")
    bench.add_argument("--repeat", type=int, default=3, help="runs of each side; medians are reported (3)")
    bench.add_argument("--db", action="store_true",
                       help="also time writing the coded stories into a new DuckDB store (the aim: under "
                       "a tenth of the coding time)")
    bench.add_argument("--json", action="store_true", help="print the figures as JSON")
    bench.set_defaults(handler=run_bench)

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
    _actor_options(resolve)
    resolve.set_defaults(handler=run_kb_resolve)
    search = kb_commands.add_parser(
        "search", help="candidates for a name, with their dated offices",
        description="List the entities a name, alias, surname or spelling variant can denote, "
        "with each person's terms of office.",
    )
    search.add_argument("name", metavar="NAME")
    _actor_options(search)
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
    return parser


def _store_commands(commands) -> None:
    query = commands.add_parser(
        "query", help="ask a store for events",
        description="Events of a DuckDB store made by dyads code --db, filtered by actor, country, "
        "type, quad class, realis, dates and words of the sentence; all filters combine.",
    )
    _filter_options(query)
    query.add_argument("--merged", action="store_true",
                       help="one row per real-world event (the same event told by several stories counted once)")
    query.add_argument("--limit", type=int, default=50, help="rows shown at most (default 50; 0 for all)")
    query.add_argument("--format", choices=("table", "csv", "json"), default="table")
    query.set_defaults(handler=run_query)

    stats = commands.add_parser(
        "stats", help="event counts and Goldstein sums per dyad and month",
        description="Counts of events and sums of their Goldstein weights per month and dyad "
        "(source -> target). Each real-world event counts once unless --per-story is given.",
    )
    _filter_options(stats)
    stats.add_argument("--per-story", action="store_true",
                       help="count every story's telling of an event, not each real-world event once")
    stats.add_argument("--format", choices=("table", "csv", "json"), default="table")
    stats.set_defaults(handler=run_stats)

    export = commands.add_parser(
        "export", help="write a store's events in an event-data format",
        description="Export events for other tools: plover (PLOVER JSON Lines), icews (ICEWS-style "
        "TSV), gdelt (GDELT 2.0-style TSV), csv, parquet. Columns are documented in docs/exports.md.",
    )
    _filter_options(export)
    export.add_argument("--format", required=True, choices=("plover", "icews", "gdelt", "csv", "parquet"))
    export.add_argument("--out", type=Path, help="write here (needed for parquet); default standard output")
    export.add_argument("--merged", action="store_true", help="one row per real-world event")
    export.set_defaults(handler=run_export)


def _filter_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--db", type=Path, default=Path("dyads.duckdb"), metavar="FILE.duckdb",
                         help="the store (default ./dyads.duckdb)")
    command.add_argument("--actor", metavar="WORDS", help="words of a source or target name, or a CAMEO actor code")
    command.add_argument("--country", metavar="ISO3", help="either side's country, e.g. IRN")
    command.add_argument("--type", dest="event_type", metavar="TYPE", help="a PLOVER event type, e.g. CONSULT")
    command.add_argument("--quad", type=int, choices=(1, 2, 3, 4),
                         help="1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict")
    command.add_argument("--realis", choices=("asserted", "negated", "future", "hypothetical", "historical"))
    command.add_argument("--since", metavar="YYYY-MM-DD", help="events on or after this day")
    command.add_argument("--until", metavar="YYYY-MM-DD", help="events on or before this day")
    command.add_argument("--words", metavar="WORDS", help="words that must all be in the event's sentence")
    command.add_argument("--min-confidence", type=float, metavar="X", help="events at or above this confidence")


def _data_option(command: argparse.ArgumentParser) -> None:
    command.add_argument("--data", type=Path, default=DEFAULT_DATA, metavar="FOLDER",
                         help="the shared data folder (default ../shared/data)")


def _actor_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--actors", type=Path, action="append", default=[], metavar="FILE",
                         help="your own actor file (CSV, formats in actors/kb/README.md); repeatable")
    command.add_argument("--config", type=Path, metavar="FILE",
                         help="a dyads.toml giving actors = [...] (default: ./dyads.toml if present)")


# -- code ----------------------------------------------------------------------

def run_code(args: argparse.Namespace) -> int:
    from dyads.events.lexicon import load_lexicon
    from dyads.pipeline import MIN_CONFIDENCE, Coder
    from dyads.run import RunOptions, StreamSink, code_run, write_json_line
    from dyads.sources import read_inputs
    from dyads.sources.clean import load_rules
    from dyads.sources.dedup import DuplicateIndex
    from dyads.sources.read import ReadOptions, parse_published

    if args.published and parse_published(args.published) is None:
        print(f"dyads: --published {args.published!r} is not a date (YYYY-MM-DD)", file=sys.stderr)
        return 2
    columns = _column_map(args.columns)
    config = read_config(args.config)
    kb = _kb_with([*config.get("actors", []), *args.actors])
    boilerplate = args.boilerplate or config.get("boilerplate")
    rules = load_rules(boilerplate) if boilerplate else None
    lexicon_files = [*config.get("lexicon", []), *args.lexicon]
    lexicon = load_lexicon(lexicon_files) if lexicon_files else None
    for problem in lexicon.problems if lexicon else []:
        print(problem, file=sys.stderr)
    threshold = args.min_confidence if args.min_confidence is not None else config.get("min_confidence", MIN_CONFIDENCE)
    if not 0 <= threshold <= 1:
        print(f"dyads: --min-confidence {threshold} is not between 0 and 1", file=sys.stderr)
        return 2
    if args.db and args.out:
        print("dyads: give --db or --out, not both", file=sys.stderr)
        return 2
    store = _open_store(args.db) if args.db else None
    if args.db and store is None:
        return 2
    coder = Coder(kb=kb, rules=rules, lexicon=lexicon, min_confidence=threshold)
    read_options = ReadOptions(columns=columns, fetch=not args.offline, max_bytes=int(args.max_bytes * 1_000_000))
    items = read_inputs(args.inputs, rules, options=read_options)
    if args.published:
        items = _with_default_date(items, parse_published(args.published))
    options = RunOptions(dedup=not args.keep_duplicates, progress=_run_progress(args))
    index = DuplicateIndex()
    out = None
    try:
        if store is not None:
            from dyads.store.sink import StoreSink

            options.known_ids = store.known_ids()
            if options.dedup:
                store.seed_duplicates(index)
            sink = StoreSink(store, max(1, args.batch), _batch_report(args.db) if args.verbose else None)
        else:
            out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout  # noqa: SIM115 - closed below
            sink = StreamSink(out, write_table if args.format == "table" else write_json_line)
        summary = code_run(items, coder, sink, index, options)
    finally:
        if store is not None:
            store.close()
        if args.out and out is not None:
            out.close()
    print(summary.text(str(args.db or args.out or "") or None), file=sys.stderr)
    return 0 if summary.ok else 1


def _batch_report(path: Path):
    def report(rows) -> None:
        print(f"dyads: wrote {len(rows.articles)} stories ({len(rows.events)} events) and "
              f"{len(rows.failures)} failures to {path}", file=sys.stderr, flush=True)
    return report


def _column_map(text: str | None) -> dict[str, str]:
    if not text:
        return {}
    mapping = {}
    for pair in text.split(","):
        field, sep, column = pair.partition("=")
        if not sep or not field.strip() or not column.strip():
            raise ConfigError(f"--columns {text!r}: give FIELD=COLUMN pairs, e.g. text=body,published=date")
        mapping[field.strip()] = column.strip()
    return mapping


def _open_store(path: Path, read_only: bool = False):
    from dyads.store.db import Store, StoreError

    try:
        return Store(path, read_only=read_only)
    except StoreError as error:
        print(f"dyads: {error}", file=sys.stderr)
        return None


def _run_progress(args: argparse.Namespace):
    if args.no_progress or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return lambda items: tqdm(items, unit=" stories", delay=2, file=sys.stderr, leave=False)


def _with_default_date(items, day: str) -> Iterator:
    for item in items:
        if isinstance(item, Article) and not item.published:
            item.published = day
        yield item


def write_table(record: CodedArticle, out: TextIO) -> None:
    """A readable view of one coded story."""
    article = record.article
    heading = article.title or article.origin or article.id
    out.write(f"\n=== {heading}\n")
    facts = [f"publisher: {article.publisher or '-'}", f"published: {article.published or '-'}"]
    if article.removed:
        facts.append(f"removed: {len(article.removed)} furniture line(s)")
    out.write("    " + "   ".join(facts) + "\n")
    out.write("  actors\n")
    for actor in record.actors:
        code = actor.cameo or "-"
        office = f", {actor.office}" if actor.office else ""
        names = sorted({m.text for m in actor.mentions}, key=lambda t: -len(t))
        out.write(f"    {actor.actor_id:<4} {code:<8} {actor.kind:<12} {actor.name}{office}"
                  f"   [{' | '.join(names[:5])}]\n")
    if record.quotes:
        out.write("  quotes\n")
    for quote in record.quotes:
        speaker = record.actor(quote.speaker)
        who = speaker.name if speaker else (quote.source.text if quote.source else "?")
        cue = quote.cue.text if quote.cue else "-"
        text = quote.text if len(quote.text) <= 90 else quote.text[:87] + "..."
        out.write(f"    {quote.kind:<9}{who} ({cue}): {text}\n")
    if record.events:
        out.write("  events\n")
    for event in record.events:
        place = f" in {event.location['name']}" if event.location else ""
        out.write(f"    {event.event_type:<9} {event.cameo:<5} {event.realis:<12} {event.confidence:.2f}  "
                  f"{_names(record, event.source)} -> {_names(record, event.target)}  '{event.trigger.text}'"
                  f"{' on ' + event.date if event.date else ''}{place}\n")


# -- config ----------------------------------------------------------------------

class ConfigError(Exception):
    """A config file that cannot be used; the message names it and says why."""


def read_config(path: Path | None) -> dict:
    """The settings of a dyads.toml (given, or ./dyads.toml); paths made relative to it."""
    import tomllib

    if path is None:
        path = Path("dyads.toml")
        if not path.is_file():
            return {}
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"{path}: cannot be read as TOML ({error})") from error
    known = {"actors", "boilerplate", "lexicon", "min_confidence"}
    unknown = set(data) - known
    if unknown:
        raise ConfigError(f"{path}: unknown settings {sorted(unknown)} (known: {', '.join(sorted(known))})")
    config: dict = {}
    for key in ("actors", "lexicon"):
        files = data.get(key, [])
        config[key] = [path.parent / f for f in ([files] if isinstance(files, str) else files)]
    if "min_confidence" in data:
        config["min_confidence"] = float(data["min_confidence"])
    if "boilerplate" in data:
        config["boilerplate"] = path.parent / data["boilerplate"]
    return config


def _load_kb_for(args: argparse.Namespace):
    return _kb_with([*read_config(args.config).get("actors", []), *args.actors])


def _kb_with(actor_files: list[Path]):
    """The knowledge base with the user's actor files, whose rows win over the package's.

    A missing or unreadable file, or a line that cannot be read, is an error naming
    the file and line before any work starts: a run without the user's actors would
    code their actors wrong. Overlapping terms of one office are only warnings.
    """
    from dyads.actors.knowledge import default_kb, load_kb

    if not actor_files:
        return default_kb()
    kb = load_kb(actor_files)
    for problem in kb.problems:
        if not problem.fatal:
            print(problem, file=sys.stderr)
    errors = [p for p in kb.problems if p.fatal]
    if errors:
        raise ConfigError("your actor files cannot be used as given:\n" + "\n".join(
            f"  {p.origin}: {p.reason}" for p in errors))
    return kb


# -- kb --------------------------------------------------------------------------

def run_kb_resolve(args: argparse.Namespace) -> int:
    from dyads.pipeline import Coder
    from dyads.sources.read import parse_published

    if args.date and parse_published(args.date) is None:
        print(f"dyads: --date {args.date!r} is not a date (YYYY-MM-DD)", file=sys.stderr)
        return 2
    record = Coder(kb=_load_kb_for(args)).code_text(args.text, published=args.date)
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

    kb = _load_kb_for(args)
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
    from dyads.actors.knowledge import default_kb
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


def _names(record: CodedArticle, arguments) -> str:
    """"Iran + Russia": the actors of an event's arguments (their words when unknown)."""
    return " + ".join((record.actor(a.actor).name if record.actor(a.actor) else a.text) for a in arguments) or "-"


# -- eval ----------------------------------------------------------------------

def run_eval_extraction(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from dyads.evaluate.extraction import evaluate_pages, read_page_pairs

    try:
        pairs = read_page_pairs(args.folder)
    except (OSError, ValueError) as error:
        print(f"dyads: {error}", file=sys.stderr)
        return 2
    figures = evaluate_pages(pairs)
    figures = {key: asdict(value) if hasattr(value, "f1") else value for key, value in figures.items()}
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    print(f"{figures['pages']} pages ({figures['failed']} with no text found by dyads); token scores, mean over pages")
    print(f"  {'':<20}{'precision':>10}{'recall':>8}{'F1':>8}")
    for side in ("trafilatura", "dyads"):
        row = figures[side]
        label = "trafilatura alone" if side == "trafilatura" else "dyads Article.text"
        print(f"  {label:<20}{row['precision']:>10.3f}{row['recall']:>8.3f}{row['f1']:>8.3f}")
    return 0


def run_eval_polnear(args: argparse.Namespace) -> int:
    from dyads.evaluate.polnear import evaluate_polnear
    from dyads.pipeline import Coder

    if not (args.folder / "text").is_dir() or not (args.folder / "attributions").is_dir():
        print(f"dyads: {args.folder}: expected a PolNeAR folder with text/ and attributions/",
              file=sys.stderr)
        return 2
    progress = _progress("articles") if sys.stderr.isatty() else None
    counts, articles = evaluate_polnear(args.folder, Coder(), progress)
    figures = counts.figures()
    if args.json:
        print(json.dumps({"articles": articles, "gold": counts.gold, "predicted": counts.predicted,
                          "matched": counts.matched, **figures, "by_kind": counts.by_kind}, indent=2))
        return 0
    print(f"PolNeAR quotes, {articles} articles, {counts.gold} gold attributions, "
          f"{counts.predicted} predicted, {counts.matched} matched")
    print(f"  content (overlap > half of gold)  P {figures['content_precision']:.3f}  "
          f"R {figures['content_recall']:.3f}  F1 {figures['content_f1']:.3f}")
    print(f"  content (exact bounds)            P {figures['exact_precision']:.3f}  "
          f"R {figures['exact_recall']:.3f}  F1 {figures['exact_f1']:.3f}")
    print(f"  source right, of matched          {figures['source_accuracy']:.3f}")
    print(f"  cue right, of matched             {figures['cue_accuracy']:.3f}")
    for kind, (predicted, matched) in sorted(counts.by_kind.items()):
        print(f"  {kind:<9} predicted {predicted:>5}, matched {matched:>5}")
    return 0


def run_eval_actors(args: argparse.Namespace) -> int:
    from dyads.evaluate.actors import code_sentences, score_ner_spans, score_plover_actors
    from dyads.evaluate.gold import read_conflibert_ner, read_plover_gsr
    from dyads.evaluate.realnews import actor_figures
    from dyads.pipeline import Coder

    gsr_path = args.data / "plover-gsr" / "PLOVER_GSR_CAMEO.json"
    ner_path = args.data / "conflibert-cameo" / "ner-train.txt"
    for path in (gsr_path, ner_path):
        if not path.is_file():
            print(f"dyads: {path}: not found (give the shared data folder with --data)", file=sys.stderr)
            return 2
    coder = Coder()
    progress = _progress("sentences") if sys.stderr.isatty() else None
    records = read_plover_gsr(gsr_path)
    coded = code_sentences(coder, ((r.text, r.date) for r in records), progress, len(records))
    plover = score_plover_actors(records, coded)
    sentences = read_conflibert_ner(ner_path)
    coded = code_sentences(coder, ((s.text, None) for s in sentences), progress, len(sentences))
    spans = score_ner_spans(sentences, coded)
    realnews = actor_figures(coder, args.data, progress) if (args.data / "realnews-dev").is_dir() else {}
    if args.json:
        print(json.dumps({
            "plover_gsr": {role: {"gold": c.gold, **c.figures()} for role, c in plover.items()},
            "conflibert_ner": {role: {"gold": g, "found": round(f / g, 3) if g else 0.0}
                               for role, (g, f) in spans.items()},
            "realnews": realnews,
        }, indent=2))
        return 0
    print(f"PLOVER GSR actors ({len(records)} sentences; halves by record id, quote 'all report')")
    print(f"  {'role':<12}{'gold':>6}{'found':>8}{'right':>8}{'wrong':>8}{'unknown':>9}{'of found':>10}"
          f"{'code+sector':>13}")
    for role, c in plover.items():
        f = c.figures()
        print(f"  {role:<12}{c.gold:>6}{f['found']:>8.3f}{f['code_right']:>8.3f}{f['code_wrong']:>8.3f}"
              f"{f['code_unknown']:>9.3f}{f['code_right_of_found']:>10.3f}{f['code_and_sector_right_of_found']:>13.3f}")
    wrong = ", ".join(f"{g}->{d}: {n}" for (g, d), n in plover["all"].misses.most_common(8))
    print(f"  commonest wrong codes (gold->dyads): {wrong}")
    print(f"ConfliBERT NER spans ({len(sentences)} sentences): share with a dyads actor in them")
    for role, (gold, found) in spans.items():
        name = {"S": "source", "T": "target", "R": "reciprocal"}.get(role, role)
        print(f"  {name:<11}{gold:>6}  {found / gold if gold else 0:.3f}")
    if realnews:
        print("Real-news gold actors (dyads eval realnews): code right / wrong / unknown / not found")
        for key, row in realnews.items():
            print(f"  {key:<16}{row['gold']:>5}  {row['right']:.3f} / {row['wrong']:.3f} / {row['unknown']:.3f}"
                  f" / {row['missing']:.3f}")
    return 0


def run_eval_realnews(args: argparse.Namespace) -> int:
    from dyads.evaluate.realnews import evaluate_realnews, realnews_text
    from dyads.pipeline import MIN_CONFIDENCE, Coder

    for needed in (args.data / "realnews-dev" / "pages.json", args.data / "polnear-dev" / "text"):
        if not needed.exists():
            print(f"dyads: {needed}: not found (give the shared data folder with --data)", file=sys.stderr)
            return 2
    coder = Coder(min_confidence=MIN_CONFIDENCE if args.min_confidence is None else args.min_confidence)
    progress = _progress("stories") if sys.stderr.isatty() else None
    figures = evaluate_realnews(coder, args.data, progress)
    print(json.dumps(figures, indent=2) if args.json else realnews_text(figures, args.half, args.verbose))
    return 0


def run_eval_events(args: argparse.Namespace) -> int:
    from dyads.evaluate import report
    from dyads.pipeline import MIN_CONFIDENCE, Coder

    coder = Coder(min_confidence=MIN_CONFIDENCE if args.min_confidence is None else args.min_confidence)
    progress = _progress("sentences") if sys.stderr.isatty() else None
    try:
        figures, text = report.evaluate(args.gold_set, args, coder, progress)
    except FileNotFoundError as error:
        print(f"dyads: {error} (give the shared data folder with --data)", file=sys.stderr)
        return 2
    print(json.dumps(figures, indent=2) if args.json else text)
    return 0


def _progress(unit: str):
    from tqdm import tqdm

    def wrap(iterable, total=None):
        return tqdm(iterable, total=total, unit=f" {unit}", file=sys.stderr, leave=False)
    return wrap


# -- query, stats, export --------------------------------------------------------

def _event_filter(args: argparse.Namespace):
    from dyads.store.query import EventFilter

    return EventFilter(
        actor=args.actor, country=args.country, event_type=args.event_type, quad=args.quad,
        realis=args.realis, since=args.since, until=args.until, words=args.words,
        min_confidence=args.min_confidence,
    )


def _query_store(args: argparse.Namespace, make_sql) -> int:
    from dyads.store.query import QueryError

    store = _open_store(args.db, read_only=True)
    if store is None:
        return 2
    try:
        sql, params = make_sql(_event_filter(args))
        cursor = store.con.execute(sql, params)
        names = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
    except QueryError as error:
        print(f"dyads: {error}", file=sys.stderr)
        return 2
    finally:
        store.close()
    write_rows(names, rows, args.format, sys.stdout)
    if args.format == "table":
        print(f"{len(rows)} rows", file=sys.stderr)
    return 0


def run_query(args: argparse.Namespace) -> int:
    from dyads.store.query import QUERY_COLUMNS, TABLE_COLUMNS, select_events, select_merged

    limit = args.limit or None
    if args.merged:
        return _query_store(args, lambda f: select_merged(f, limit))
    columns = TABLE_COLUMNS if args.format == "table" else QUERY_COLUMNS
    return _query_store(args, lambda f: select_events(f, columns, limit=limit))


def run_stats(args: argparse.Namespace) -> int:
    from dyads.store.query import select_stats

    return _query_store(args, lambda f: select_stats(f, merged=not args.per_story))


def run_export(args: argparse.Namespace) -> int:
    from dyads.store.export import export_events
    from dyads.store.query import QueryError

    store = _open_store(args.db, read_only=True)
    if store is None:
        return 2
    try:
        count = export_events(store, args.format, args.out, _event_filter(args), merged=args.merged)
    except (QueryError, ValueError) as error:
        print(f"dyads: {error}", file=sys.stderr)
        return 2
    finally:
        store.close()
    print(f"dyads: exported {count} {'merged ' if args.merged else ''}events as {args.format}"
          + (f" to {args.out}" if args.out else ""), file=sys.stderr)
    return 0


def write_rows(names: list[str], rows: list[tuple], fmt: str, out: TextIO) -> None:
    """Query results as an aligned table, CSV, or JSON Lines."""
    import csv

    if fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(names)
        writer.writerows(rows)
        return
    if fmt == "json":
        for row in rows:
            out.write(json.dumps(dict(zip(names, row)), ensure_ascii=False, default=str) + "\n")
        return
    cells = [[_cell(value) for value in row] for row in rows]
    widths = [min(40, max([len(name)] + [len(row[i]) for row in cells])) for i, name in enumerate(names)]
    out.write("  ".join(name[:w].ljust(w) for name, w in zip(names, widths)).rstrip() + "\n")
    for row in cells:
        out.write("  ".join(cell[:w].ljust(w) for cell, w in zip(row, widths)).rstrip() + "\n")


def _cell(value) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list):
        return ", ".join(map(str, value))
    text = str(value).replace("\n", " ")
    return text if len(text) <= 40 else text[:39] + "…"


# -- bench ---------------------------------------------------------------------

def run_bench(args: argparse.Namespace) -> int:
    from dyads.bench import default_corpus, load_corpus, run_benchmark

    if args.corpus is not None:
        articles, problems = load_corpus(args.corpus)
        for problem in problems:
            print(problem, file=sys.stderr)
    else:
        try:
            articles = default_corpus(Path("examples"), args.stories)
        except FileNotFoundError as error:
            print(f"dyads: {error}; give a corpus (folder or .jsonl)", file=sys.stderr)
            return 2
    if not articles:
        print("dyads: the corpus holds no story to code", file=sys.stderr)
        return 2
    report = run_benchmark(articles, repeat=args.repeat, db=args.db)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(report_text(report))
    return 0


def report_text(report: dict) -> str:
    lines = [
        f"corpus: {report['stories']} stories, {report['paragraphs']} paragraphs, {report['words']} words; "
        f"{report['repeat']} runs each, medians",
        f"  {'':<22}{'seconds':>9}{'stories/s':>11}{'words/s':>10}",
    ]
    for side in ("spacy", "dyads"):
        row = report[side]
        label = "bare spaCy nlp.pipe" if side == "spacy" else "dyads (whole pipeline)"
        lines.append(f"  {label:<22}{row['seconds']:>9.2f}{row['stories_per_s']:>11.1f}{row['words_per_s']:>10.0f}")
    lines.append(f"  throughput ratio dyads / spaCy: {report['ratio']:.2f} (the aim is at least 0.80)")
    if "store" in report:
        lines.append(f"  writing to a DuckDB store: {report['store']['seconds']:.2f} s, "
                     f"{report['store_share']:.3f} of the coding time (the aim is under 0.10)")
    lines.append(f"  peak memory of this process: {report['peak_rss_mb']:.0f} MB")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
