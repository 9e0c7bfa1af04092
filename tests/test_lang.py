"""Language packs load from data and refuse a broken schema."""

from __future__ import annotations

import pytest

from utkikk.lang import LangPackError, available_packs, load_pack


def test_shipped_packs() -> None:
    assert {"nb", "en"} <= set(available_packs())
    nb = load_pack("nb")
    assert nb.name == "Norwegian Bokmål" and "no" in nb.langid_labels
    assert "elsker" in nb.boilerplate.bio_stems and nb.boilerplate.line["share"]


def test_unknown_pack() -> None:
    with pytest.raises(LangPackError, match="no language pack 'xx'"):
        load_pack("xx")
