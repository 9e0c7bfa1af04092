"""Shared fixtures: the default pipeline (built once per session) and realistic article texts."""

from __future__ import annotations

import pytest

from utkikk.config import Settings
from utkikk.pipeline import Pipeline, build_pipeline

NB_ARTICLE = """Serbia trekker deler av styrkene tilbake fra grensen

Av Kari Hansen, NTB

BEOGRAD (NTB): Det serbiske forsvaret sier at en del av styrkene ved grensen til Kosovo nå trekkes
tilbake til garnisonene. Forsvarsdepartementet i Beograd opplyste onsdag at rundt 4000 soldater skal
tilbake til kasernene innen helgen.

– Vi er bekymret for situasjonen, men dette er et skritt i riktig retning, sa NATO-sjef Mark Rutte
på en pressekonferanse i Brussel torsdag.

Estlands utenriksminister Margus Tsahkna sa at alliansen følger utviklingen nøye. Danmark vil sende
30 til 40 ekstra soldater til Estland i juni.

Foto: Lise Åserud / NTB

Del artikkelen

Les også: Slik er situasjonen ved grensen

«Musikkelsker. Uhelbredelig kaffenerd. Typisk nettentusiast. Matfanatiker.»

ms/rt (Reuters, AFP, dpa)
"""

EN_ARTICLE = """Serbia pulls some troops back from Kosovo border, NATO says watching closely

By Jane Doe

BELGRADE, March 12 (Reuters) - Serbia's defence ministry said on Wednesday that part of the forces
deployed near the border with Kosovo were returning to their garrisons, a move NATO Secretary
General Mark Rutte called "a step in the right direction".

"We have not yet seen any sign of a full withdrawal," a Western diplomat told Reuters on condition of
anonymity. Canada's prime minister repeated that Ottawa could impose sanctions if talks collapse.

Photo: Reuters

Share this article

We use cookies to improve your experience. Read our privacy policy.

Coffee junkie. Travel trailblazer. Hardcore web ninja. Music fan.

(Reporting by Jane Doe; Editing by John Smith)
"""


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return build_pipeline(Settings())
