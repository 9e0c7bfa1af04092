"""Build src/utkikk/data/given_names.txt: given names that open person names, from the NorNE train
split (first tokens of multi-token PER spans; annotations CC0) and the people dictionary.

Usage: python scripts/build_given_names.py [--norne PATH]   (run from the repository root)
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "utkikk" / "data" / "given_names.txt"
PEOPLE = ROOT / "src" / "utkikk" / "data" / "actors" / "people.jsonl"
DEFAULT_NORNE = ROOT.parent / "shared" / "data" / "norne" / "norne_nob_train_from_ndt.conll"
_NAME = re.compile(r"^[A-ZÆØÅÄÖÜÉ][a-zæøåäöüéèáàóúíçšžčćđ'-]{1,}$")
_TAG = re.compile(r"name=([BI])-(\w+)")


def norne_given_names(path: Path) -> set[str]:
    """First tokens of person names of two or more tokens."""
    names: set[str] = set()
    tokens: list[tuple[str, str]] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line.strip():
            for i, (form, tag) in enumerate(tokens):
                nxt = tokens[i + 1][1] if i + 1 < len(tokens) else "O"
                if tag == "B-PER" and nxt == "I-PER" and _NAME.match(form):
                    names.add(form)
            tokens = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            found = _TAG.search(cols[-1])
            tokens.append((cols[1], f"{found.group(1)}-{found.group(2)}" if found else "O"))
    return names


def dictionary_given_names(path: Path) -> set[str]:
    names: set[str] = set()
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = json.loads(line)["name"].split()
            if len(parts) >= 2 and _NAME.match(parts[0]):
                names.add(parts[0])
    return names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--norne", type=Path, default=DEFAULT_NORNE)
    args = parser.parse_args()
    names = norne_given_names(args.norne) | dictionary_given_names(PEOPLE)
    header = ("# Given names that open person names: from NorNE train (annotations CC0, see ../shared/data/norne)\n"
              "# and the people dictionary. Built by scripts/build_given_names.py; one name per line.\n")
    OUT.write_text(header + "".join(f"{n}\n" for n in sorted(names)), encoding="utf-8")
    print(f"{len(names)} given names -> {OUT}")


if __name__ == "__main__":
    main()
