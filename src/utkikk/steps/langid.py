"""Language identification with py3langid over a closed list of candidate languages."""

from __future__ import annotations

import re
from collections.abc import Iterable

from py3langid.langid import MODEL_FILE
from py3langid.langid import LanguageIdentifier as _Identifier

from utkikk.lang import LangPack
from utkikk.model import Article

# py3langid labels that differ from the codes utkikk stores (it says "no" for Bokmål).
_LABEL_TO_CODE = {"no": "nb"}
# Below this many letters the answer is a guess; metadata, if any, is kept instead.
MIN_LETTERS = 20
_ENOUGH_LETTERS = re.compile(rf"(?:[^\W\d_][\W\d_]*){{{MIN_LETTERS}}}")


class LanguageIdentifier:
    """Sets ``lang``, ``lang_score`` and ``coded`` (whether a language pack codes the article)."""

    name = "langid"
    reads = frozenset({"text"})
    writes = frozenset({"lang", "lang_score", "coded"})

    def __init__(self, packs: Iterable[LangPack], candidates: Iterable[str], max_chars: int,
                 forced: str | None = None) -> None:
        self._forced = forced
        self._packs = {p.code: p for p in packs}
        labels = set(candidates) | {label for p in self._packs.values() for label in p.langid_labels}
        self._identifier = _Identifier.from_model_file(MODEL_FILE, norm_probs=True)
        self._identifier.set_languages(sorted(labels & set(self._identifier.labels)))
        self._label_to_code = dict(_LABEL_TO_CODE)
        self._label_to_code.update({label: p.code for p in self._packs.values() for label in p.langid_labels})
        self._max_chars = max_chars

    def identify(self, text: str) -> tuple[str | None, float]:
        """The language code of ``text`` and the identifier's probability, or (None, 0.0)."""
        sample = text[: self._max_chars]
        if not _ENOUGH_LETTERS.search(sample):
            return None, 0.0
        label, score = self._identifier.classify(sample)
        return self._label_to_code.get(label, label), float(score)

    def process(self, article: Article) -> Article:
        code, score = (self._forced, 1.0) if self._forced else self.identify(article.text)
        if code is not None:
            article.lang, article.lang_score = code, round(score, 4)
        article.coded = article.lang in self._packs
        return article
