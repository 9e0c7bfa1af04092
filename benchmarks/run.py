"""utkikk's speed and memory benchmarks, on one CPU core, over data generated on the fly.

    python benchmarks/run.py            # full run: 2,000 articles, 300 pages, a 1 GB WARC.gz
    python benchmarks/run.py --quick    # small and fast: 300 articles, 60 pages, a 20 MB WARC.gz

Each benchmark runs in a fresh subprocess (benchmarks/workers.py), so each peak RSS is its own. Prints a
summary table and writes every figure to OUT/results.json; exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
WORKERS = HERE / "workers.py"
SEED = 20260301
MB = 1024 * 1024
# Seconds between RSS samples of a running benchmark, and between progress lines of a long one.
SAMPLE_EVERY = 0.5
REPORT_EVERY = 60.0
# Samples kept in results.json per benchmark.
MAX_SAMPLES = 120
THREAD_VARIABLES = ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "NUMEXPR_NUM_THREADS",
                    "VECLIB_MAXIMUM_THREADS")

TARGET_ARTICLES_PER_S = 1_000
TARGET_CORE_ARTICLES_PER_S = 300
TARGET_EXTRACT_ARTICLES_PER_S = 200
# A 5 MB article must not take time quadratic in its length (it once took minutes).
TARGET_HUGE_SECONDS = 60
HUGE_MB = 5
TARGET_PAGES_PER_S = 50
TARGET_INGEST_RSS_MB = 500
# Flatness: RSS may not grow by more than this between the first and the last cleaning pass.
TARGET_CLEAN_GROWTH_MB = 5


@dataclass(frozen=True, slots=True)
class Plan:
    """How much work each benchmark does."""

    articles: int
    pages: int
    passes: int
    warc_mb: int


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the summary: a measured figure against its target (``passed`` None: no target)."""

    benchmark: str
    measured: str
    target: str
    passed: bool | None


@dataclass(slots=True)
class Outcome:
    """What a worker printed, and its RSS as sampled from outside."""

    result: dict[str, Any]
    rss_samples: list[tuple[float, int]]


def pin_to_one_core() -> int | None:
    """Limit this process and its children to one thread pool slot and (on Linux) one CPU."""
    for name in THREAD_VARIABLES:
        os.environ[name] = "1"
    if not hasattr(os, "sched_setaffinity"):
        return None
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return cpu


def _rss_of(pid: int) -> int | None:
    """Current RSS of another process in KB, from /proc (None elsewhere or once it has ended)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return None


def run_worker(task: str, *args: str) -> Outcome:
    """Run one task of workers.py in a fresh interpreter, sampling its RSS until it ends."""
    command = [sys.executable, str(WORKERS), task, *args]
    samples: list[tuple[float, int]] = []
    start = last_report = time.monotonic()
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as proc:
        while True:
            try:
                out, _ = proc.communicate(timeout=SAMPLE_EVERY)
                break
            except subprocess.TimeoutExpired:
                now = time.monotonic()
                rss = _rss_of(proc.pid)
                if rss is not None:
                    samples.append((round(now - start, 1), rss))
                if now - last_report >= REPORT_EVERY:
                    last_report = now
                    print(f"    ... {now - start:,.0f} s" + (f", RSS {rss / 1024:,.0f} MB" if rss else ""), flush=True)
    if proc.returncode != 0:
        raise SystemExit(f"benchmark task {task!r} failed with exit status {proc.returncode}")
    return Outcome(json.loads(out.strip().splitlines()[-1]), samples)


def _thin(samples: list[tuple[float, int]]) -> list[tuple[float, int]]:
    """At most about MAX_SAMPLES of ``samples``, evenly spaced."""
    step = max(1, len(samples) // MAX_SAMPLES)
    return samples[::step]


def _mb(kb: int | None) -> str:
    """KB as whole MB for the table."""
    return "?" if kb is None else f"{kb / 1024:,.0f} MB"


def clean_rows(result: dict[str, Any], core: dict[str, Any], extract: dict[str, Any]) -> list[Row]:
    """Summary rows of benchmark 1 (cleaning and language id), 1b (the linguistic core) and 1c (the whole
    extract, with events)."""
    rate, core_rate, extract_rate = result["articles_per_s"], core["articles_per_s"], extract["articles_per_s"]
    return [
        Row(f"1. Cleaning + langid ({result['articles']:,} articles, {result['bytes'] / MB:,.1f} MB)",
            f"{rate:,.0f} articles/s ({result['kb_per_s']:,.0f} KB/s)", f">= {TARGET_ARTICLES_PER_S:,} articles/s",
            rate >= TARGET_ARTICLES_PER_S),
        Row("   language identified correctly", f"{result['lang_accuracy']:.1%}", "", None),
        Row("1b. Linguistic core: cleaning to numbers (same articles)",
            f"{core_rate:,.0f} articles/s ({core['kb_per_s']:,.0f} KB/s)",
            f">= {TARGET_CORE_ARTICLES_PER_S:,} articles/s", core_rate >= TARGET_CORE_ARTICLES_PER_S),
        Row("1b. Linguistic core peak RSS", _mb(core["peak_rss_kb"]), "", None),
        Row("1c. Whole extract: cleaning to events (same articles)",
            f"{extract_rate:,.0f} articles/s ({extract['kb_per_s']:,.0f} KB/s)",
            f">= {TARGET_EXTRACT_ARTICLES_PER_S:,} articles/s", extract_rate >= TARGET_EXTRACT_ARTICLES_PER_S),
        Row("   events coded per article", f"{extract['events_per_article']:.1f}", "", None),
        Row("1c. Whole extract peak RSS", _mb(extract["peak_rss_kb"]), "", None),
    ]


def memory_rows(result: dict[str, Any]) -> list[Row]:
    """Summary rows of benchmark 4 (memory of the cleaning process)."""
    rss = result["rss_kb_after_passes"]
    growth = None if None in rss else (rss[-1] - rss[0]) / 1024
    return [
        Row("4. Cleaning process peak RSS", _mb(result["peak_rss_kb"]), "", None),
        Row("4. Cleaning RSS growth, first to last pass",
            "?" if growth is None else f"{growth:+,.1f} MB", f"< {TARGET_CLEAN_GROWTH_MB} MB",
            None if growth is None else growth < TARGET_CLEAN_GROWTH_MB),
    ]


def huge_rows(result: dict[str, Any]) -> list[Row]:
    """Summary rows of benchmark 5 (one article of the largest size ingest accepts)."""
    seconds = result["seconds"]
    return [Row(f"5. One {result['megabytes']} MB article through the linguistic core", f"{seconds:,.1f} s, "
                f"{result['entities']:,} entities, peak {_mb(result['peak_rss_kb'])}", f"< {TARGET_HUGE_SECONDS} s",
                seconds < TARGET_HUGE_SECONDS and result["errors"] == 0)]


def html_rows(result: dict[str, Any]) -> list[Row]:
    """Summary rows of benchmark 2."""
    rate = result["pages_per_s"]
    return [
        Row(f"2. HTML extraction ({result['pages']:,} pages, mean {result['mean_page_kb']:,.0f} KB)",
            f"{rate:,.0f} pages/s ({result['mb_per_s']:,.1f} MB/s)", f">= {TARGET_PAGES_PER_S} pages/s",
            rate >= TARGET_PAGES_PER_S),
        Row("   pages with main text / right title",
            f"{result['extracted_share']:.1%} / {result['title_share']:.1%}", "", None),
    ]


def ingest_rows(warc: dict[str, Any], result: dict[str, Any], samples: list[tuple[float, int]]) -> list[Row]:
    """Summary rows of benchmark 3: throughput, completeness, peak RSS and its course."""
    expected = warc["responses_article_page"]
    stored = result["new"]
    rows = [
        Row(f"3. WARC ingest ({warc['bytes'] / MB:,.0f} MB, {warc['records']:,} records)",
            f"{result['seconds']:,.1f} s, {result['pages_per_s']:,.1f} pages/s ({result['mb_per_s']:,.2f} MB/s)",
            "", None),
        Row("   articles stored / article pages", f"{stored:,} / {expected:,}", "all, once", stored == expected),
        Row("   ingest process peak RSS", _mb(result["peak_rss_kb"]), f"< {TARGET_INGEST_RSS_MB} MB",
            result["peak_rss_kb"] / 1024 < TARGET_INGEST_RSS_MB),
    ]
    early, late = _window_median(samples, 0.1, 0.2), _window_median(samples, 0.8, 0.9)
    if early is not None and late is not None:
        rows.append(Row("   ingest RSS, median over 10-20% of the run -> 80-90%", f"{_mb(early)} -> {_mb(late)}",
                        "", None))
    return rows


def _window_median(samples: list[tuple[float, int]], start: float, end: float) -> int | None:
    """Median RSS of the samples taken between fractions ``start`` and ``end`` of the sampled time."""
    if not samples:
        return None
    span = samples[-1][0]
    window = sorted(rss for t, rss in samples if start * span <= t <= end * span)
    return window[len(window) // 2] if window else None


def format_table(rows: list[Row]) -> str:
    """The summary as an aligned plain-text table."""
    header = ("Benchmark", "Measured", "Target", "Result")
    cells = [header, *[(r.benchmark, r.measured, r.target, {True: "PASS", False: "FAIL", None: ""}[r.passed])
                       for r in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in cells]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def _commit() -> str | None:
    """The git commit of the checkout being measured, with "+dirty" for local changes."""
    try:
        head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=HERE, capture_output=True, text=True, check=True)
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "src"], cwd=HERE.parent, capture_output=True,
                               text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    return head.stdout.strip() + ("+dirty" if dirty.stdout.strip() else "")


def _environment(cpu: int | None) -> dict[str, Any]:
    """What the figures were measured on."""
    model = None
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        model = next((line.split(":", 1)[1].strip() for line in cpuinfo.read_text().splitlines()
                      if line.startswith("model name")), None)
    return {"utkikk": version("utkikk"), "commit": _commit(), "python": platform.python_version(),
            "platform": platform.platform(), "cpu_model": model, "pinned_cpu": cpu, "cpus_available": os.cpu_count()}


def run(plan: Plan, out: Path) -> int:
    """Run every benchmark, print the summary, write results.json; 0 when every target is met."""
    cpu = pin_to_one_core()
    print(f"utkikk benchmarks on CPU {cpu if cpu is not None else '(not pinned)'}: {plan}", flush=True)
    results: dict[str, Any] = {"started_at": datetime.now(UTC).isoformat(timespec="seconds"), "plan": asdict(plan),
                               "environment": _environment(cpu)}
    counts = ("--passes", str(plan.passes))
    print(f"1. cleaning + language identification of {plan.articles:,} articles ...", flush=True)
    clean = run_worker("clean", "--count", str(plan.articles), *counts, "--seed", str(SEED))
    print(f"1b. the whole linguistic core over the same {plan.articles:,} articles ...", flush=True)
    core = run_worker("clean", "--stage", "core", "--count", str(plan.articles), *counts, "--seed", str(SEED))
    print(f"1c. the whole extract, with events, over the same {plan.articles:,} articles ...", flush=True)
    extract = run_worker("clean", "--stage", "extract", "--count", str(plan.articles), *counts, "--seed", str(SEED))
    print(f"2. HTML extraction of {plan.pages:,} pages ...", flush=True)
    html = run_worker("html", "--count", str(plan.pages), *counts, "--seed", str(SEED + 1))
    print(f"5. one {HUGE_MB} MB article through the linguistic core ...", flush=True)
    huge = run_worker("huge", "--mb", str(HUGE_MB), "--seed", str(SEED + 3))
    with tempfile.TemporaryDirectory(prefix="utkikk-bench-") as tmp:
        warc_path, db_path = Path(tmp, "crawl.warc.gz"), Path(tmp, "bench.duckdb")
        print(f"3. generating a {plan.warc_mb:,} MB WARC.gz in {tmp} (not measured) ...", flush=True)
        warc = run_worker("generate", "--path", str(warc_path), "--mb", str(plan.warc_mb), "--seed", str(SEED + 2))
        print(f"   ingesting {warc.result['records']:,} records ...", flush=True)
        ingest = run_worker("ingest", "--warc", str(warc_path), "--db", str(db_path))
    rows = [*clean_rows(clean.result, core.result, extract.result), *html_rows(html.result), *huge_rows(huge.result),
            *ingest_rows(warc.result, ingest.result, ingest.rss_samples), *memory_rows(clean.result)]
    results["benchmarks"] = {
        "clean": {**clean.result, "rss_samples": _thin(clean.rss_samples)},
        "core": {**core.result, "rss_samples": _thin(core.rss_samples)},
        "extract": {**extract.result, "rss_samples": _thin(extract.rss_samples)},
        "html": {**html.result, "rss_samples": _thin(html.rss_samples)},
        "huge": huge.result,
        "warc": warc.result,
        "ingest": {**ingest.result, "rss_samples": _thin(ingest.rss_samples)},
    }
    results["summary"] = [asdict(row) for row in rows]
    out.mkdir(parents=True, exist_ok=True)
    path = out / "results.json"
    path.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print("\n" + format_table(rows) + f"\n\nAll figures: {path}")
    return 1 if any(row.passed is False for row in rows) else 0


def main() -> None:
    """Parse the options and run the plan they ask for."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="a small, fast run (default WARC: 20 MB)")
    parser.add_argument("--warc-mb", type=int, default=None, metavar="N",
                        help="size of the generated WARC.gz in MB (default 1024; 20 with --quick)")
    parser.add_argument("--out", type=Path, default=HERE / "out", metavar="DIR",
                        help="directory for results.json (default benchmarks/out)")
    args = parser.parse_args()
    if args.quick:
        plan = Plan(articles=300, pages=60, passes=2, warc_mb=args.warc_mb or 20)
    else:
        plan = Plan(articles=2_000, pages=300, passes=3, warc_mb=args.warc_mb or 1024)
    sys.exit(run(plan, args.out))


if __name__ == "__main__":
    main()
