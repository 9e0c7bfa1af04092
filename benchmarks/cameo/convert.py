"""Build ``cameo_gsr.jsonl`` from the PLOVER gold-standard records and ``cameo_codes.tsv``.

The original ``PLOVER_GSR_CAMEO.txt`` is not fetched by this script: download it by hand from the
openeventdata/PLOVER repository (commit and path in SOURCE.md), then run::

    python benchmarks/cameo/convert.py PATH/TO/PLOVER_GSR_CAMEO.txt [--out benchmarks/cameo/cameo_gsr.jsonl]

The original is almost-JSON (trailing commas, ``####`` remarks), so records are read field by field with
regular expressions. Only ``id``, ``date``, ``source``, ``target``, ``event`` and ``text`` are used.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEFAULT_DATE = "2000-01-01"  # every record of the original carries this placeholder date

_RECORD = re.compile(r'\{\s*"id":\s*"([^"]+)"')
_STRING = r'"((?:[^"\\]|\\.)*)"'
_TEXT = re.compile(r'^\s*"text":\s*' + _STRING, re.MULTILINE)
_DATE = re.compile(r'"date":\s*' + _STRING)
_EVENT = re.compile(r'"event":\s*' + _STRING)
_ACTORS = {key: re.compile(rf'"{key}":\s*(\[.*?\]|"")', re.DOTALL) for key in ("source", "target")}
_OBJECT = re.compile(r"\{([^{}]*)\}")
_FIELD = {key: re.compile(rf'"{key}":\s*' + _STRING) for key in ("actorText", "code", "sector")}
_TEXTCOLOR = re.compile(r"textcolor\{[^}]*\}\{([^}]*)\}")
_SPACE = re.compile(r"\s+")


def _unescape(raw: str) -> str:
    return str(json.loads(f'"{raw}"'))


def clean(text: str) -> str:
    """Undo the LaTeX left over from the codebook: escapes, quote pairs, colour macros, wrapping braces."""
    text = text.replace("\\$", "$").replace("\\pounds", "£").replace("\\c C", "Ç")
    text = _TEXTCOLOR.sub(r"\1", text)
    text = text.replace("``", '"').replace("''", '"').replace("`", "'")
    text = text.strip()
    if text.startswith("{") and text.endswith("}"):
        text = text[1:-1]
    return _SPACE.sub(" ", text).strip()


def _actors(chunk: str, key: str) -> list[dict[str, str | None]]:
    found = _ACTORS[key].search(chunk)
    if not found or found.group(1) == '""':
        return []
    actors = []
    for obj in _OBJECT.finditer(found.group(1)):
        fields = {name: _unescape(m.group(1)) if (m := rx.search(obj.group(1))) else "" for name, rx in _FIELD.items()}
        code = fields["code"].strip()
        sector = fields["sector"].strip()
        code = "" if code in ("", "---") else code
        sector = "" if sector in ("", "***") else sector
        actors.append({"code": code + sector if code else None, "text": clean(fields["actorText"]) or None})
    return actors


def read_records(path: Path) -> list[dict[str, Any]]:
    """The records of the original file, in file order, with cleaned text and actors."""
    raw = path.read_text(encoding="utf-8")
    starts = list(_RECORD.finditer(raw))
    records = []
    for i, start in enumerate(starts):
        chunk = raw[start.start(): starts[i + 1].start() if i + 1 < len(starts) else len(raw)]
        text = _TEXT.search(chunk)
        date = _DATE.search(chunk)
        event = _EVENT.search(chunk)
        records.append({
            "id": start.group(1),
            "date": _unescape(date.group(1)) if date else DEFAULT_DATE,
            "plover": _unescape(event.group(1)) if event else None,
            "text": clean(_unescape(text.group(1))) if text else "",
            "source": _actors(chunk, "source"),
            "target": _actors(chunk, "target"),
        })
    return records


def read_codes(path: Path) -> dict[str, tuple[str, str]]:
    """id -> (CAMEO code, basis) from cameo_codes.tsv."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return {row["id"]: (row["cameo"], row["basis"]) for row in csv.DictReader(lines, delimiter="\t")}


def codings(record: dict[str, Any], code: str) -> list[dict[str, str | None]]:
    """Expected codings: every source with every target; with no target, a compound source is reciprocal."""
    sources, targets = record["source"], record["target"]
    if targets:
        pairs = [(s, t) for s in sources for t in targets]
    elif len(sources) > 1:
        pairs = [(a, b) for a in sources for b in sources if a is not b]
    else:
        pairs = [(s, None) for s in sources]
    return [{"code": code, "source": s["code"], "target": t["code"] if t else None,
             "source_text": s["text"], "target_text": t["text"] if t else None} for s, t in pairs]


def convert(original: Path, codes_path: Path) -> tuple[list[dict[str, Any]], dict[str, list[str]]]:
    """The benchmark records and a log of what was left out."""
    codes = read_codes(codes_path)
    seen: set[str] = set()
    out: list[dict[str, Any]] = []
    log: dict[str, list[str]] = {"uncoded": [], "duplicate": []}
    for record in read_records(original):
        if record["id"] not in codes:
            log["uncoded"].append(record["id"])
            continue
        if record["text"] in seen:
            log["duplicate"].append(record["id"])
            continue
        seen.add(record["text"])
        code, basis = codes[record["id"]]
        out.append({"id": record["id"], "text": record["text"], "date": record["date"], "plover": record["plover"],
                    "cameo": code, "cameo_basis": basis, "expected": codings(record, code)})
    return out, log


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("original", type=Path, help="PLOVER_GSR_CAMEO.txt from openeventdata/PLOVER")
    parser.add_argument("--codes", type=Path, default=HERE / "cameo_codes.tsv")
    parser.add_argument("--out", type=Path, default=HERE / "cameo_gsr.jsonl")
    args = parser.parse_args(argv)
    records, log = convert(args.original, args.codes)
    with args.out.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    n_codings = sum(len(r["expected"]) for r in records)
    print(f"wrote {len(records)} sentences, {n_codings} codings to {args.out}", file=sys.stderr)
    for kind, ids in log.items():
        print(f"left out ({kind}): {len(ids)} {' '.join(ids)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
