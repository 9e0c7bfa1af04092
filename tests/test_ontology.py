"""The PLOVER/CAMEO tables: which codes belong to which type, quad classes and intensities."""

from __future__ import annotations

import pytest

from utkikk import ontology


@pytest.mark.parametrize("type_name, cameo, ok", [
    ("RETREAT", "0874", True), ("RETREAT", "084", True), ("CONCEDE", "083", True), ("CONCEDE", "0874", False),
    ("RETREAT", "081", False), ("ACCUSE", "112", True), ("ACCUSE", "091", True), ("ASSAULT", "195", True),
    ("ASSAULT", "2041", True), ("THREATEN", "1312", True), ("SANCTION", "13", False), ("AGREE", "01", False),
    ("CONSULT", "04x", False), ("CONSULT", "04567", False),
])
def test_cameo_codes_belong_to_their_type(type_name: str, cameo: str, ok: bool) -> None:
    assert ontology.check_cameo(type_name, cameo) is ok


@pytest.mark.parametrize("root, quad", [("03", 1), ("05", 1), ("06", 2), ("08", 2), ("09", 3), ("13", 3),
                                        ("14", 4), ("20", 4)])
def test_quad_classes(root: str, quad: int) -> None:
    assert ontology.quad_class(root) == quad


def test_intensity_prefers_the_mode_then_the_root() -> None:
    assert ontology.intensity("RETREAT", "withdraw", "0874") == 8.0
    assert ontology.intensity("ASSAULT", None, "190") == -10.0
    assert ontology.intensity("CONSULT", None, "040") == 1.0


def test_every_type_has_a_root_with_an_intensity() -> None:
    assert len(ontology.EVENT_TYPES) == 16
    for event_type in ontology.EVENT_TYPES.values():
        assert all(root in ontology.ROOT_GOLDSTEIN for root in event_type.roots)
