"""The benchmark tasks. run.py starts each in a fresh subprocess, so that each has its own peak RSS:

    python benchmarks/workers.py clean --count 2000 --passes 3 --seed 1

Each task prints one JSON object on standard output.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import sys
import time
from collections.abc import Callable
from itertools import islice
from pathlib import Path
from typing import Any

from corpus import stories
from pages import Filler, render_page
from utkikk import Settings, ingest, open_store
from utkikk.model import Article, Origin
from utkikk.pipeline import Pipeline, build_pipeline
from utkikk.steps.ingest.html import html_article
from warcgen import write_warc

# Items processed before timing starts (imports, caches and regex compilation warmed up).
WARMUP = 50
KB = 1024
MB = 1024 * 1024


def peak_rss_kb() -> int:
    """Peak resident set size of this process, in KB (ru_maxrss is KB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // KB if sys.platform == "darwin" else peak


def rss_kb() -> int | None:
    """Current resident set size in KB, where /proc tells it."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return None
    return pages * resource.getpagesize() // KB


def cpu_seconds() -> float:
    """User plus system CPU time of this process, all threads included."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _timed_passes(items: list[Any], passes: int, work: Callable[[Any], None]) -> dict[str, Any]:
    """Run ``work`` over ``items`` ``passes`` times after a warm-up; rates and RSS after each pass."""
    for item in items[:WARMUP]:
        work(item)
    rss = [rss_kb()]
    seconds: list[float] = []
    for _ in range(passes):
        start = time.perf_counter()
        for item in items:
            work(item)
        seconds.append(time.perf_counter() - start)
        rss.append(rss_kb())
    return {"pass_seconds": seconds, "seconds": statistics.median(seconds), "rss_kb_after_warmup": rss[0],
            "rss_kb_after_passes": rss[1:]}


def clean_task(count: int, passes: int, seed: int, stage: str) -> dict[str, Any]:
    """Plain-text articles through ``stage``: cleaning and language identification ("clean"), the linguistic
    core after them (sentences, actors, quotes, dates, numbers: "core"), or the whole extract with events."""
    corpus = [(story.plain_text(random.Random(f"text:{seed}:{story.index}")), story.lang)
              for story in islice(stories(seed), count)]
    full = build_pipeline(Settings())
    keep = {"clean": lambda name: name in ("clean", "langid"), "core": lambda name: name != "events",
            "extract": lambda name: True}[stage]
    pipeline = Pipeline([s for s in full.steps if keep(s.name)])
    tally = {"lang_hits": 0, "removed": 0, "runs": 0, "events": 0}

    def work(item: tuple[str, str]) -> None:
        """Process one text, tallying the language hit, the lines removed and the events coded."""
        article = pipeline.process(Article(text="", raw_text=item[0]))
        tally["lang_hits"] += article.lang == item[1]
        tally["removed"] += len(article.removed)
        tally["events"] += len(article.events)
        tally["runs"] += 1

    result = _timed_passes(corpus, passes, work)
    size = sum(len(text.encode("utf-8")) for text, _ in corpus)
    return {**result, "articles": count, "bytes": size, "articles_per_s": count / result["seconds"],
            "kb_per_s": size / KB / result["seconds"], "lang_accuracy": tally["lang_hits"] / tally["runs"],
            "removed_per_article": tally["removed"] / tally["runs"],
            "events_per_article": tally["events"] / tally["runs"], "peak_rss_kb": peak_rss_kb()}


def huge_task(megabytes: int, seed: int) -> dict[str, Any]:
    """One article of ``megabytes`` MB (the largest ingest accepts is 5) through the whole linguistic core:
    time must grow linearly with the text, not with its square."""
    paragraphs = [story.plain_text(random.Random(f"huge:{seed}:{story.index}"))
                  for story in islice(stories(seed), 200)]
    text = "\n\n".join(paragraphs)
    while len(text.encode("utf-8")) < megabytes * MB:
        text += "\n\n" + text
    text = text.encode("utf-8")[: megabytes * MB].decode("utf-8", errors="ignore")
    pipeline = build_pipeline(Settings())
    start = time.perf_counter()
    article = pipeline.process(Article(text="", raw_text=text))
    seconds = time.perf_counter() - start
    return {"megabytes": megabytes, "seconds": seconds, "entities": len(article.entities),
            "quotes": len(article.quotes), "errors": len(article.errors), "peak_rss_kb": peak_rss_kb()}


def html_task(count: int, passes: int, seed: int) -> dict[str, Any]:
    """Main-text extraction from full news pages."""
    filler = Filler.build(seed)
    docs = [(render_page(story, filler, seed), story.title) for story in islice(stories(seed), count)]
    tally = {"articles": 0, "titles": 0, "runs": 0}

    def work(item: tuple[str, str]) -> None:
        """Extract one page, tallying whether it gave an article with the right title."""
        article = html_article(item[0], Origin("html"))
        if isinstance(article, Article):
            tally["articles"] += 1
            tally["titles"] += article.title == item[1]
        tally["runs"] += 1

    result = _timed_passes(docs, passes, work)
    size = sum(len(html.encode("utf-8")) for html, _ in docs)
    return {**result, "pages": count, "bytes": size, "mean_page_kb": size / count / KB,
            "pages_per_s": count / result["seconds"], "mb_per_s": size / MB / result["seconds"],
            "extracted_share": tally["articles"] / tally["runs"], "title_share": tally["titles"] / tally["runs"],
            "peak_rss_kb": peak_rss_kb()}


def generate_task(path: Path, mb: int, seed: int) -> dict[str, Any]:
    """Write the WARC.gz to ingest (not measured, beyond its own duration)."""
    start = time.perf_counter()
    manifest = write_warc(path, mb * MB, seed)
    return {**manifest, "seconds": time.perf_counter() - start}


def ingest_task(warc: Path, db: Path) -> dict[str, Any]:
    """utkikk.ingest of the WARC into a new store: time, counts and peak RSS."""
    cpu, start = cpu_seconds(), time.perf_counter()
    counts = ingest([str(warc)], db=db, settings=Settings())
    elapsed = time.perf_counter() - start
    cpu = cpu_seconds() - cpu
    peak = peak_rss_kb()
    with open_store(db, read_only=True) as store:
        stored = int(store.query("SELECT count(*) AS n FROM articles")["n"].iloc[0])
    pages = counts.read + counts.skipped
    return {"seconds": elapsed, "cpu_seconds": cpu, "pages": pages, "pages_per_s": pages / elapsed,
            "mb_per_s": warc.stat().st_size / MB / elapsed, "read": counts.read, "new": counts.new,
            "reports": counts.reports, "duplicates": counts.duplicates, "skipped": counts.skipped,
            "errors": counts.errors, "skip_reasons": counts.skip_reasons, "articles_in_store": stored,
            "db_bytes": db.stat().st_size, "peak_rss_kb": peak}


def _parser() -> argparse.ArgumentParser:
    """One sub-command per task."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    tasks = parser.add_subparsers(dest="task", required=True)
    for name in ("clean", "html"):
        sub = tasks.add_parser(name)
        sub.add_argument("--count", type=int, required=True)
        sub.add_argument("--passes", type=int, required=True)
        sub.add_argument("--seed", type=int, required=True)
        sub.add_argument("--stage", choices=("clean", "core", "extract"), default="clean",
                         help="clean: how far to run the pipeline")
    huge = tasks.add_parser("huge")
    huge.add_argument("--mb", type=int, required=True)
    huge.add_argument("--seed", type=int, required=True)
    generate = tasks.add_parser("generate")
    generate.add_argument("--path", type=Path, required=True)
    generate.add_argument("--mb", type=int, required=True)
    generate.add_argument("--seed", type=int, required=True)
    run = tasks.add_parser("ingest")
    run.add_argument("--warc", type=Path, required=True)
    run.add_argument("--db", type=Path, required=True)
    return parser


def main() -> None:
    """Run the task named on the command line and print its result as JSON."""
    args = _parser().parse_args()
    if args.task == "clean":
        result = clean_task(args.count, args.passes, args.seed, args.stage)
    elif args.task == "html":
        result = html_task(args.count, args.passes, args.seed)
    elif args.task == "huge":
        result = huge_task(args.mb, args.seed)
    elif args.task == "generate":
        result = generate_task(args.path, args.mb, args.seed)
    else:
        result = ingest_task(args.warc, args.db)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
