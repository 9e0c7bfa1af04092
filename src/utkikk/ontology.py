"""PLOVER types, modes and contexts, their CAMEO roots and Goldstein-style intensities (ONTOLOGY.md).

These are the standard's own tables, the same for every language; the language packs map words to them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class EventType:
    """A PLOVER event type: the CAMEO roots that map to it, whether it needs a recipient, its modes."""

    name: str
    roots: tuple[str, ...]
    needs_target: bool
    modes: frozenset[str]


def _type(name: str, roots: str, needs_target: bool, modes: str = "") -> EventType:
    return EventType(name, tuple(roots.split()), needs_target, frozenset(modes.split()))


EVENT_TYPES: dict[str, EventType] = {t.name: t for t in (
    _type("AGREE", "03", False),
    _type("CONSULT", "04", False, "visit third-party multilateral phone"),
    _type("SUPPORT", "05", False),
    _type("CONCEDE", "08", False),
    _type("COOPERATE", "06", True),
    _type("AID", "07", True, "economic military humanitarian"),
    _type("RETREAT", "08", False, "withdraw release disarm ceasefire access resign"),
    _type("REQUEST", "10", False, "assist change yield meet"),
    _type("ACCUSE", "09 11", False, "disapprove investigate allege"),
    _type("REJECT", "12", False, "assist change yield meet"),
    _type("THREATEN", "13", False, "restrict arrest relations expel territory violence"),
    _type("PROTEST", "14", False, "demo riot strike hunger boycott obstruct vandalize"),
    _type("SANCTION", "16", True, "convict expel withdraw discontinue"),
    _type("MOBILIZE", "15", False, "troops weapons police militia"),
    _type("COERCE", "17", False,
          "seize restrict censor curfew martial-law arrest deport withhold misinformation cyber"),
    _type("ASSAULT", "18 19 20", False,
          "abduct beat torture sexual targeted destroy primitive firearms explosives suicide-attack aerial drone "
          "heavy-weapons crowd-control unconventional"),
)}

# Which CAMEO 08 codes are CONCEDE (081-083) and which RETREAT (084-087).
_CONCEDE_08 = ("081", "082", "083")

CONTEXTS = frozenset({
    "military", "intelligence", "executive", "legislative", "election", "political_institutions", "pro_democracy",
    "pro_autocracy", "economic", "legal", "reparations", "human_rights", "rights_freedoms", "repression",
    "human_security", "gender", "lgbt", "religion_ethnicity", "inequality", "diplomatic", "territory",
    "peacekeeping", "health", "asylum", "migration", "disasters", "natural_resource", "environment", "technology",
    "terrorism", "cbrn", "cyber", "misinformation", "crime", "corruption", "illegal_drugs", "trafficking",
})

# Types whose two coordinated subjects act on each other ("Russland og Ukraina utvekslet fanger"): one event,
# the first named as source, the second as target.
RECIPROCAL = frozenset({"AGREE", "CONSULT", "COOPERATE", "RETREAT"})
# Types whose passive subject is the actor, not the one acted on ("troops were deployed", "were withdrawn").
SELF_MOVED = frozenset({"MOBILIZE", "RETREAT"})

# GDELT's Goldstein value of each CAMEO root.
ROOT_GOLDSTEIN = {
    "01": 0.0, "02": 3.0, "03": 4.0, "04": 1.0, "05": 3.5, "06": 6.0, "07": 7.0, "08": 5.0, "09": -2.0,
    "10": -5.0, "11": -2.0, "12": -4.0, "13": -6.0, "14": -6.5, "15": -7.2, "16": -4.0, "17": -7.0,
    "18": -9.0, "19": -10.0, "20": -10.0,
}

# Finer values where the mode tells more than the root (ONTOLOGY.md: "use finer values").
MODE_INTENSITY = {
    ("RETREAT", "withdraw"): 8.0, ("RETREAT", "release"): 7.0, ("RETREAT", "disarm"): 8.0,
    ("RETREAT", "ceasefire"): 9.0, ("RETREAT", "access"): 5.0, ("RETREAT", "resign"): 5.0,
    ("CONSULT", "visit"): 1.9, ("CONSULT", "multilateral"): 3.0, ("CONSULT", "third-party"): 2.5,
    ("MOBILIZE", "troops"): -6.5, ("MOBILIZE", "weapons"): -7.2, ("MOBILIZE", "police"): -5.0,
    ("MOBILIZE", "militia"): -7.2,
    ("THREATEN", "restrict"): -4.0, ("THREATEN", "relations"): -4.0, ("THREATEN", "expel"): -4.0,
    ("THREATEN", "arrest"): -5.0, ("THREATEN", "territory"): -6.0, ("THREATEN", "violence"): -7.0,
    ("SANCTION", "expel"): -5.0, ("SANCTION", "convict"): -5.0,
    ("COERCE", "arrest"): -5.0, ("COERCE", "deport"): -5.0, ("COERCE", "censor"): -5.0,
    ("ASSAULT", "aerial"): -10.0, ("ASSAULT", "heavy-weapons"): -10.0, ("ASSAULT", "drone"): -10.0,
    ("ASSAULT", "firearms"): -10.0, ("ASSAULT", "beat"): -9.0, ("ASSAULT", "crowd-control"): -9.0,
}

# A conditional act of force against someone is a threat of it (ONTOLOGY.md, Modality): type -> (mode, CAMEO).
THREAT_OF = {
    "SANCTION": ("restrict", "1312"), "ASSAULT": ("violence", "138"), "COERCE": ("restrict", "137"),
    "MOBILIZE": ("violence", "138"),
}
THREAT_OF_MODE = {("SANCTION", "expel"): ("expel", "1313"), ("SANCTION", "withdraw"): ("relations", "1313"),
                  ("COERCE", "arrest"): ("arrest", "137"), ("COERCE", "deport"): ("expel", "137")}


# CAMEO codes a promised or intended cooperative act as "express intent to" (03x); PLOVER keeps the act's
# type with the modality "future".
INTENT_CODES = {"AGREE": "030", "COOPERATE": "031", "SUPPORT": "032", "AID": "033", "RETREAT": "035",
                "CONCEDE": "035", "CONSULT": "036"}


def cameo_root(code: str) -> str:
    """The two-digit CAMEO root of a code ("0874" -> "08")."""
    return code[:2]


def quad_class(root: str) -> int:
    """CAMEO quad class: 1 verbal / 2 material cooperation, 3 verbal / 4 material conflict."""
    number = int(root)
    return 1 if number <= 5 else 2 if number <= 8 else 3 if number <= 13 else 4


def intensity(type_name: str, mode: str | None, cameo: str) -> float:
    """The intensity of an event: the mode's finer value, else the CAMEO root's Goldstein value."""
    return MODE_INTENSITY.get((type_name, mode or ""), ROOT_GOLDSTEIN[cameo_root(cameo)])


def check_cameo(type_name: str, cameo: str) -> bool:
    """Whether ``cameo`` (2-4 digits) belongs to the PLOVER type by ONTOLOGY.md's mapping."""
    if not (cameo.isdigit() and 2 <= len(cameo) <= 4 and cameo_root(cameo) in ROOT_GOLDSTEIN):
        return False
    if cameo_root(cameo) == "08" and len(cameo) >= 3:
        return (type_name == "CONCEDE") == cameo.startswith(_CONCEDE_08)
    return cameo_root(cameo) in EVENT_TYPES[type_name].roots
