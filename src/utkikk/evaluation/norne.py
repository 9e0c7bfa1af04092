"""Entity recognition against NorNE (CoNLL-U or NDT CoNLL with ``name=`` IOB2 tags in the last column).

Sentences are joined into chunks of text, run through the pipeline up to the actor step, and the
predicted entities are compared with the gold ones by exact token span and type, for PER, ORG and
GPE (GPE_LOC and GPE_ORG); LOC, PROD, EVT, DRV and MISC are not actors and are not scored, and
neither are predicted mentions that are not names (lower-case bodies and role nouns).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from utkikk.config import Settings
from utkikk.evaluation.scores import Score
from utkikk.model import Article, Origin
from utkikk.pipeline import build_pipeline

_TYPES = {"PER": "PER", "ORG": "ORG", "GPE_LOC": "GPE", "GPE_ORG": "GPE"}
_PREDICTED = {"PER": "PER", "ORG": "ORG", "GPE": "GPE"}
_NAME = re.compile(r"name=([BI])-(\w+)")
# Sentences per chunk of text given to the pipeline (a chunk stands in for an article).
CHUNK_SENTENCES = 40


@dataclass(slots=True)
class _Sentence:
    tokens: list[str]
    spaces: list[bool]
    tags: list[str]


def read_conll(path: Path) -> Iterator[_Sentence]:
    """Sentences of a CoNLL-U or NDT CoNLL file with their name tags."""
    tokens: list[str] = []
    spaces: list[bool] = []
    tags: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line.strip():
            if tokens:
                yield _Sentence(tokens, spaces, tags)
            tokens, spaces, tags = [], [], []
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if not cols[0].isdigit() or cols[1] == "|":
            continue
        misc = cols[-1]
        found = _NAME.search(misc)
        tokens.append(cols[1])
        spaces.append("SpaceAfter=No" not in misc)
        tags.append(f"{found.group(1)}-{found.group(2)}" if found else "O")


def _spans(tags: list[str]) -> set[tuple[int, int, str]]:
    out: set[tuple[int, int, str]] = set()
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        if tag.startswith("I-") and kind == tag[2:]:
            continue
        if start >= 0 and kind in _TYPES:
            out.add((start, i, _TYPES[kind]))
        start, kind = (i, tag[2:]) if tag != "O" else (-1, "")
    return out


def evaluate_norne(path: Path, settings: Settings | None = None) -> dict[str, Score]:
    """Strict entity-level scores per type and micro-averaged over PER, ORG and GPE."""
    # the text is already clean and its language known: run the steps after cleaning and langid
    steps = [s for s in build_pipeline(settings or Settings()).steps if s.name not in ("clean", "langid")]
    scores = {t: Score() for t in ("PER", "ORG", "GPE")}
    sentences = list(read_conll(path))
    for first in range(0, len(sentences), CHUNK_SENTENCES):
        chunk = sentences[first:first + CHUNK_SENTENCES]
        text, offsets = _text_of(chunk)
        article = Article(text=text, lang="nb", coded=True, origin=Origin("conll"))
        for step in steps:
            article = step.process(article)
        for n, sentence in enumerate(chunk):
            gold = _spans(sentence.tags)
            predicted = _predicted(article, offsets[n])
            for kind, score in scores.items():
                g = {s for s in gold if s[2] == kind}
                p = {s for s in predicted if s[2] == kind}
                score.add(Score(len(g), len(p), len(g & p), len(g & p)))
    micro = Score()
    for score in scores.values():
        micro.add(score)
    scores["micro PER/ORG/GPE"] = micro
    return scores


def _text_of(chunk: list[_Sentence]) -> tuple[str, list[list[tuple[int, int]]]]:
    parts: list[str] = []
    offsets: list[list[tuple[int, int]]] = []
    pos = 0
    for sentence in chunk:
        spans = []
        for token, space in zip(sentence.tokens, sentence.spaces, strict=True):
            spans.append((pos, pos + len(token)))
            parts.append(token + (" " if space else ""))
            pos += len(token) + (1 if space else 0)
        parts.append("\n")
        pos += 1
        offsets.append(spans)
    return "".join(parts), offsets


def _predicted(article: Article, tokens: list[tuple[int, int]]) -> set[tuple[int, int, str]]:
    out: set[tuple[int, int, str]] = set()
    if not tokens:
        return out
    first, last = tokens[0][0], tokens[-1][1]
    for entity in article.entities:
        kind = _PREDICTED.get(entity.kind)
        # NorNE marks names only: common-noun actors ("regjeringen", "presidenten") are not scored
        if kind is None or entity.end <= first or entity.start >= last or not entity.text[:1].isupper():
            continue
        covered = [i for i, (s, e) in enumerate(tokens) if s < entity.end and entity.start < e]
        if covered:
            out.add((covered[0], covered[-1] + 1, kind))
    return out
