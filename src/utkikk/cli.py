"""The `utkikk` command: parses arguments and calls the library (utkikk.api)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from tqdm import tqdm

from utkikk import __version__
from utkikk.api import extract_files, ingest, open_store
from utkikk.config import Settings
from utkikk.model import Skip
from utkikk.store.export import ALL_FORMATS, export_table
from utkikk.store.schema import TABLES
from utkikk.store.stats import format_summary, format_table, summary

DEFAULT_DB = "utkikk.duckdb"
DEFAULT_GOLD = "tests/gold"


def _print_skip(skip: Skip) -> None:
    tqdm.write(f"skip: {skip.source}: {skip.reason}: {skip.message}", file=sys.stderr)


def _settings(args: argparse.Namespace) -> Settings:
    settings = Settings()
    if args.max_bytes:
        settings = replace(settings, max_article_bytes=args.max_bytes)
    if args.langs:
        settings = replace(settings, langs=tuple(x.strip() for x in args.langs.split(",") if x.strip()))
    if args.lang:
        settings = replace(settings, lang=args.lang)
    return settings


def _cmd_ingest(args: argparse.Namespace) -> int:
    counts = ingest(args.paths, args.db, args.published, settings=_settings(args), progress=not args.quiet,
                    on_skip=_print_skip)
    print(f"run {counts.run_id[:8]}: {counts.read} read, {counts.new} new, {counts.reports} new copies of "
          f"stored articles, {counts.duplicates} already stored, {counts.skipped} skipped, "
          f"{counts.errors} with step errors -> {args.db}", file=sys.stderr)
    return 0 if counts.read else 1


def _cmd_extract(args: argparse.Namespace) -> int:
    count = 0
    articles = extract_files(args.paths, args.published, settings=_settings(args), on_skip=_print_skip)
    if args.format == "jsonl":
        for article in articles:
            print(article.to_json(include_raw=args.include_raw))
            count += 1
    else:
        docs = [a.to_dict(include_raw=args.include_raw) for a in articles]
        count = len(docs)
        if docs:
            print(json.dumps(docs[0] if len(docs) == 1 else docs, ensure_ascii=False, indent=2))
    return 0 if count else 1


def _cmd_export(args: argparse.Namespace) -> int:
    with open_store(args.db, read_only=True) as store:
        rows = export_table(store, args.table, args.format, args.out)
    print(f"exported {rows} rows of {args.table}" + (f" to {args.out}" if args.out != "-" else ""), file=sys.stderr)
    return 0


def _cmd_stats(args: argparse.Namespace) -> int:
    with open_store(args.db, read_only=True) as store:
        data = summary(store)
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str) if args.format == "json"
          else format_summary(data))
    return 0


def _cmd_eval(args: argparse.Namespace) -> int:
    from utkikk.evaluation.gold import evaluate  # the evaluation modules load only for this command
    from utkikk.evaluation.norne import evaluate_norne

    result: dict[str, object] = {}
    if args.norne:
        result["norne"] = [s.row(name) for name, s in evaluate_norne(Path(args.norne)).items()]
    if args.gold or not args.norne:
        report = evaluate(Path(args.gold or DEFAULT_GOLD))
        result["gold"] = report.rows()
        result["articles"] = report.articles
        result["quote_speaker_accuracy"] = round(report.speaker_accuracy, 3)
        result["event_articles"] = report.event_articles
        result["events_wrongly_asserted"] = report.wrongly_asserted
    if args.format == "json":
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    for key in ("gold", "norne"):
        if key in result:
            print(f"{key}:" + (f" {result['articles']} articles" if key == "gold" else ""))
            print(format_table(result[key]))  # type: ignore[arg-type]
    if "quote_speaker_accuracy" in result:
        print(f"quote speaker accuracy (of quotes found): {result['quote_speaker_accuracy']}")
        print(f"articles with gold events: {result['event_articles']}; events coded as asserted that the gold says "
              f"are negated or conditional: {result['events_wrongly_asserted']}")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="utkikk", description="News articles to coded political event data.")
    parser.add_argument("--version", action="version", version=f"utkikk {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    def reading(p: argparse.ArgumentParser) -> None:
        p.add_argument("paths", nargs="+", metavar="PATH", help="files, directories, or - for standard input")
        p.add_argument("--published", help="publication date for inputs that carry none (YYYY-MM-DD)")
        p.add_argument("--max-bytes", type=int, help="largest single article in bytes (default 5,000,000)")
        p.add_argument("--langs", help="language packs to code with, comma-separated (default nb,en)")
        p.add_argument("--lang", help="the language of every input, instead of identifying it (short texts)")

    p = sub.add_parser("ingest", help="read, process and store articles in a DuckDB file")
    reading(p)
    p.add_argument("--db", default=DEFAULT_DB, help=f"store file (default {DEFAULT_DB})")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(run=_cmd_ingest)

    p = sub.add_parser("extract", help="run the pipeline without a store and print JSON")
    reading(p)
    p.add_argument("--format", choices=("json", "jsonl"), default="json")
    p.add_argument("--include-raw", action="store_true", help="include the text before cleaning")
    p.set_defaults(run=_cmd_extract)

    p = sub.add_parser("export", help="write a table of the store to a file")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--table", choices=TABLES, default="events")
    p.add_argument("--format", choices=ALL_FORMATS, default="parquet",
                   help="plover (PLOVER JSON Lines) and gdelt (GDELT-like TSV) are for the events table")
    p.add_argument("--out", default="-", help="output file, or - for standard output (not for parquet)")
    p.set_defaults(run=_cmd_export)

    p = sub.add_parser("eval", help="precision, recall and F1 on our gold articles and on NorNE")
    p.add_argument("--gold", help=f"folder of gold articles (default {DEFAULT_GOLD})")
    p.add_argument("--norne", help="a NorNE CoNLL-U file (e.g. no_bokmaal-ud-dev.conllu) to score entities on")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(run=_cmd_eval)

    p = sub.add_parser("stats", help="what the store holds")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(run=_cmd_stats)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `utkikk` command."""
    args = _parser().parse_args(argv)
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        print("interrupted: every batch stored before this point is kept", file=sys.stderr)
        return 130
    except (ValueError, FileNotFoundError, OSError) as exc:
        print(f"utkikk {args.command}: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
