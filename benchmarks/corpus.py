"""Synthetic wire stories for the benchmarks: handwritten paragraphs about one international crisis
(Russian troops at the Estonian border, sanctions, talks), recombined with varying order, numbers and
names, plus the boilerplate lines that real pages carry (share buttons, photo credits, bios, credits).

Everything is deterministic: a story depends only on the seed and its index.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

LANGS = ("nb", "en")

# --- Norwegian Bokmål -------------------------------------------------------------------------

NB_LEADS = (
    "TALLINN (NTB-Reuters): Russland har de siste {days} dagene flyttet rundt {troops} soldater, støttet av "
    "{tanks} stridsvogner og selvgående artilleri, til områdene ved grensen mot Estland. Det opplyste estiske "
    "myndigheter {weekday}, og kalte det den største styrkeoppbyggingen i regionen på flere tiår.",
    "OSLO (NTB): Utenriksdepartementet fraråder nå alle reiser til Øst-Estland etter at Russland har samlet rundt "
    "{troops} soldater nær grensen ved {est_town}. Norge ber Moskva om å trekke styrkene tilbake umiddelbart og "
    "oppfordrer begge parter til å unngå skritt som kan trappe opp konflikten.",
    "BRUSSEL (NTB-AFP): EU-landenes utenriksministre ble {weekday} enige om en ny sanksjonspakke mot Russland som "
    "følge av styrkeoppbyggingen ved grensen mot Estland. Pakken rammer {sanctioned} personer og selskaper og "
    "fryser verdier for rundt {bn} milliarder euro, opplyser EUs utenrikstjeneste.",
    "MOSKVA (NTB): Kreml avviste {weekday} kravene fra Vesten om å trekke tilbake de rundt {troops} soldatene som "
    "er sendt til grenseområdene mot Estland. Styrkene deltar ifølge Moskva i en «planlagt beredskapsøvelse» som "
    "ikke er rettet mot noe annet land.",
)

NB_BODY = (
    "Ifølge estisk etterretning har kolonnene forlatt garnisonene i {town} og {town2} siden {weekday2} kveld. "
    "Flere av enhetene har nå gravd seg ned i stillinger bare {km} kilometer fra grenselinjen langs elven Narva, "
    "der broen mellom {est_town} og Ivangorod har vært stengt for trafikk siden i fjor.",
    "– Dette er ikke en øvelse. Dette er en maktdemonstrasjon, og vi behandler det som nettopp det, sa Estlands "
    "forsvarsminister {ee_minister} til journalister i Tallinn. – Vi har bedt våre allierte i NATO om å ta "
    "situasjonen like alvorlig som vi gjør.",
    "Kreml avviser at styrkene utgjør noen trussel. Talsmann {ru_spokesman} sa til det statlige nyhetsbyrået RIA "
    "at soldatene skal bli i området i {days2} dager, og at Russland «har full rett til å flytte styrker på eget "
    "territorium». Han ville ikke si hvor mange soldater som deltar.",
    "Estland kalte {weekday} inn {reservists} reservister til det regjeringen beskriver som en ekstraordinær "
    "beredskapsøvelse. Skolene i grensebyen {est_town} holdt åpent som normalt, men flere familier sa til lokale "
    "medier at de har pakket bilen i tilfelle de må dra på kort varsel.",
    "NATO-ambassadørene skal møtes i Brussel senere denne uken for å diskutere en mulig forsterkning av "
    "alliansens flernasjonale styrke i Estland. Ifølge diplomatkilder vil flere land tilby å sende kampfly, "
    "luftvern og opptil {nato_troops} ekstra soldater.",
    "«Vi står skulder ved skulder med Estland. Ethvert angrep på én alliert vil bli møtt med en samlet respons fra "
    "hele alliansen», skrev NATOs generalsekretær på plattformen X sent {weekday}.",
    "Ifølge UD har {norwegians} nordmenn registrert at de oppholder seg i Estland. – Vi har ikke fått meldinger om "
    "at nordmenn er berørt, men vi ber alle som er i området, om å følge rådene fra lokale myndigheter, sier "
    "statssekretær {no_official} til NTB.",
    "Den nye sanksjonspakken fra EU rammer blant annet russiske banker, rederier som frakter olje utenom "
    "pristaket og {sanctioned} personer med tilknytning til forsvarsindustrien. Ungarn har lenge truet med å "
    "blokkere pakken, men ga seg etter forhandlinger som varte til langt på natt.",
    "Russlands utenriksdepartement kaller sanksjonene «ulovlige og meningsløse» og varsler mottiltak. – Hver ny "
    "sanksjon gjør bare Russland sterkere og Europa fattigere, sa departementets talskvinne på en "
    "pressekonferanse i Moskva.",
    "Samtidig forbereder diplomater et nytt møte i {talks_city} der representanter for Russland, Estland og OSSE "
    "skal forsøke å få ned spenningen. Ifølge en vestlig diplomat som ikke vil navngis, er forventningene lave: "
    "«Moskva vil snakke om alt annet enn soldatene ved grensen».",
    "Estiske myndigheter melder også om omfattende forstyrrelser av GPS-signaler over Finskebukta de siste "
    "{hours} timene. Flere fly på vei til Tallinn og Tartu måtte lande ved hjelp av reservesystemer, opplyser "
    "luftfartsmyndighetene.",
    "Finland har styrket overvåkingen av sin egen grense mot Russland og sendt {jets} jagerfly til en flybase i "
    "sørøst. – Vi følger situasjonen nøye, men ser foreløpig ingen tegn til tilsvarende oppbygging på vår side "
    "av grensen, sa en talsperson for det finske forsvaret.",
    "Satellittbilder fra et kommersielt selskap, som er gjennomgått av flere medier, viser minst {tanks2} "
    "pansrede kjøretøy og et stort antall lastebiler samlet på et øvingsfelt ved {town}. Bildene ble tatt "
    "{weekday2} og viser også det som ser ut til å være feltsykehus.",
    "Oljeprisen steg med {pct} prosent på børsen i London etter nyhetene, mens den russiske rubelen falt kraftig "
    "mot både dollar og euro. Analytikere sier at markedene først og fremst frykter nye forstyrrelser i "
    "skipstrafikken gjennom Østersjøen.",
    "Spenningen har økt siden begynnelsen av måneden, da estisk politi pågrep {arrested} personer mistenkt for "
    "sabotasje mot jernbanen mellom Tallinn og {est_town}. Moskva har omtalt pågripelsene som «politisk "
    "motivert» og krevd konsulær tilgang til to av dem.",
    "Forsvarsminister {no_minister} sier at Norge er klar til å bidra dersom NATO ber om det. – Norge er en "
    "forutsigbar alliert. Vi har allerede styrker i regionen, og vi vil vurdere enhver forespørsel raskt, sa "
    "hun til NTB {weekday}.",
    "Estland, som har rundt 1,3 millioner innbyggere, har en lang grense mot Russland og en stor russisktalende "
    "minoritet, særlig i nordøst. Landet har vært medlem av NATO og EU siden 2004 og er blant landene i "
    "alliansen som bruker mest på forsvar målt mot økonomien.",
    "FNs generalsekretær oppfordrer alle parter til å vise «maksimal tilbakeholdenhet». Ifølge en talsperson har "
    "generalsekretæren snakket med begge lands utenriksministre på telefon de siste {hours2} timene.",
    "Ved grenseovergangen i {est_town} sto det {weekday} morgen en kø på nesten {km2} kilometer med lastebiler. "
    "Tollere sier at russiske myndigheter har innført nye og langsommere kontroller uten forvarsel, og at "
    "ventetiden nå er over {hours} timer.",
    "Russiske droner krenket estisk luftrom minst {drones} ganger i løpet av helgen, ifølge det estiske "
    "forsvaret. Ingen av dronene ble skutt ned, men forsvaret har flyttet luftvernsystemer nærmere grensen.",
)

NB_TITLES = (
    "Russland samler {troops} soldater ved grensen mot Estland",
    "Estland kaller inn {reservists} reservister",
    "EU vedtar nye sanksjoner mot Russland etter styrkeoppbyggingen",
    "NATO vurderer å sende {nato_troops} soldater til Estland",
    "Kreml: – Soldatene ved grensen er ingen trussel",
    "UD fraråder reiser til Øst-Estland",
    "Kø på {km2} kilometer ved grensen i {est_town}",
    "Oljeprisen stiger etter uroen ved Østersjøen",
)

NB_SHARE = ("Del artikkelen", "Del saken", "Facebook | Twitter | E-post", "Kopier lenke", "Tips en venn")
NB_PHOTO = ("Foto: {photographer} / NTB", "Foto: {photographer} / Reuters / NTB", "Arkivfoto: {photographer} / AP")
NB_RELATED = ("Les også: {other_title}", "Les også: {other_title}", "Se også: {other_title}")
NB_SUBSCRIBE = ("Meld deg på vårt nyhetsbrev", "Allerede abonnent? Logg inn for å lese videre", "Bli abonnent i dag")
NB_COOKIE = "Vi bruker informasjonskapsler for å gi deg en bedre opplevelse. Les vår personvernerklæring."
NB_BIO = (
    "Musikkelsker", "Uhelbredelig kaffenerd", "Typisk nettentusiast", "Prisvinnende popkulturekspert",
    "Ivrig leser", "Livslang reiseentusiast", "Sertifisert matfanatiker", "Frilans ølnerd",
    "Stolt internettpioner", "Lidenskapelig tv-fanatiker",
)
NB_CREDITS = ("ms/rt (Reuters, AFP, dpa)", "(©NTB)", "NTB", "kh/ms (NTB, Reuters)", "(NTB-AFP)")
NB_WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
NB_TALKS = ("Genève", "Wien", "Helsingfors", "Stockholm")

# --- English ----------------------------------------------------------------------------------

EN_LEADS = (
    "TALLINN, {month} {day} (Reuters) - Russia has moved about {troops} troops, backed by {tanks} tanks and "
    "self-propelled artillery, to positions near its border with Estonia over the past {days} days, Estonian "
    "officials said on {weekday}, calling it the largest build-up in the region in decades.",
    "BRUSSELS, {month} {day} (Reuters) - European Union foreign ministers agreed on {weekday} on a new package of "
    "sanctions against Russia over its military build-up on the Estonian border, targeting {sanctioned} "
    "individuals and companies and freezing assets worth about {bn} billion euros.",
    "MOSCOW, {month} {day} (Reuters) - The Kremlin said on {weekday} that the roughly {troops} troops deployed near "
    "the Estonian border were taking part in a “scheduled readiness exercise” and posed no threat to anyone, "
    "rejecting Western demands that the forces be pulled back.",
    "OSLO, {month} {day} (Reuters) - Norway advised its citizens on {weekday} against all travel to eastern Estonia "
    "after Russia massed about {troops} troops near the border at {est_town}, and urged Moscow to withdraw the "
    "forces without delay.",
)

EN_BODY = (
    "Estonian intelligence said columns had left garrisons in {town} and {town2} since {weekday2} evening, and that "
    "several units had dug in just {km} kilometres from the border along the Narva river, where the bridge between "
    "{est_town} and Ivangorod has been closed to traffic since last year. The account could not be independently "
    "verified.",
    "“This is not an exercise. This is a show of force, and we are treating it exactly as that,” Defence Minister "
    "{ee_minister} told reporters in Tallinn. “We have asked our NATO allies to take the situation as seriously as "
    "we do.”",
    "Kremlin spokesman {ru_spokesman} told state news agency RIA that the soldiers would remain in the area for "
    "{days2} days and that Russia had “every right to move forces on its own territory”. He declined to say how "
    "many troops were involved.",
    "Estonia called up {reservists} reservists on {weekday} for what the government described as an extraordinary "
    "readiness drill. Schools in the border town of {est_town} stayed open, but several families told local media "
    "they had packed their cars in case they had to leave at short notice.",
    "NATO ambassadors are due to meet in Brussels later this week to discuss reinforcing the alliance's "
    "multinational battlegroup in Estonia. Diplomats said several allies were ready to offer fighter jets, air "
    "defence systems and up to {nato_troops} additional troops.",
    "“We stand shoulder to shoulder with Estonia. An attack on one ally will be met by a united response from the "
    "whole alliance,” NATO's secretary-general wrote on X late on {weekday}.",
    "The new EU package targets Russian banks, shipping companies accused of carrying oil above the price cap and "
    "{sanctioned} people linked to the defence industry. Hungary had threatened to block the measures but relented "
    "after talks that ran late into the night, two diplomats said.",
    "Russia's foreign ministry called the sanctions “illegal and pointless” and promised a response. “Every new "
    "sanction only makes Russia stronger and Europe poorer,” a ministry spokeswoman told a briefing in Moscow.",
    "Diplomats are also preparing a meeting in {talks_city} where representatives of Russia, Estonia and the OSCE "
    "will try to ease tensions. A Western diplomat who asked not to be named said expectations were low: “Moscow "
    "will want to talk about everything except the soldiers at the border.”",
    "Estonian authorities also reported widespread interference with GPS signals over the Gulf of Finland during "
    "the past {hours} hours. Several flights bound for Tallinn and Tartu had to land using backup systems, the "
    "civil aviation authority said.",
    "Finland has stepped up surveillance of its own border with Russia and sent {jets} fighter jets to an air base "
    "in the south-east. “We are following the situation closely but see no sign of a similar build-up on our side "
    "of the border,” a Finnish military spokesperson said.",
    "Satellite images from a commercial provider, reviewed by several news organisations, showed at least "
    "{tanks2} armoured vehicles and a large number of trucks gathered at a training ground near {town}. The "
    "images, taken on {weekday2}, also appeared to show field hospitals.",
    "Brent crude rose {pct} percent in London after the reports, while the rouble fell sharply against the dollar "
    "and the euro. Analysts said markets were mainly worried about fresh disruption to shipping in the Baltic Sea.",
    "Tensions have risen since the start of the month, when Estonian police detained {arrested} people suspected "
    "of sabotaging the railway between Tallinn and {est_town}. Moscow has called the arrests “politically "
    "motivated” and demanded consular access to two of them.",
    "Norway said it was ready to contribute if NATO asked. “Norway is a predictable ally. We already have forces in "
    "the region and we will consider any request quickly,” Defence Minister {no_minister} told reporters in Oslo.",
    "Estonia, a country of about 1.3 million people, has a long border with Russia and a large Russian-speaking "
    "minority, mainly in the north-east. It joined NATO and the EU in 2004 and is among the alliance members that "
    "spend the most on defence relative to the size of their economy.",
    "The U.N. secretary-general urged all sides to show “maximum restraint”. A spokesperson said the "
    "secretary-general had spoken by telephone with the foreign ministers of both countries over the past "
    "{hours2} hours.",
    "At the border crossing in {est_town}, a queue of trucks almost {km2} kilometres long had formed by {weekday} "
    "morning. Customs officers said Russian authorities had introduced new, slower checks without warning, and "
    "that waiting times now exceeded {hours} hours.",
    "Russian drones violated Estonian airspace at least {drones} times over the weekend, the Estonian military "
    "said. None of the drones was shot down, but the military has moved air defence systems closer to the border.",
    "Commentators on Russian state television described the deployment as a response to NATO exercises in the "
    "Baltic states, while independent analysts said the Kremlin appeared to be testing the alliance's resolve "
    "before a summit in {talks_city} next month.",
)

EN_TITLES = (
    "Russia masses {troops} troops near Estonian border, Tallinn says",
    "Estonia calls up {reservists} reservists as tensions with Moscow rise",
    "EU agrees new Russia sanctions over Estonia build-up",
    "NATO weighs sending {nato_troops} more troops to Estonia",
    "Kremlin says border troops pose no threat",
    "Norway advises against travel to eastern Estonia",
    "Trucks queue for {km2} km at Estonian border crossing",
    "Oil rises as Baltic tensions rattle markets",
)

EN_SHARE = ("Share this article", "Facebook | Twitter | Email", "Copy link", "Share on WhatsApp")
EN_PHOTO = ("Photo: {photographer} / Reuters", "File photo: {photographer} / AP", "Image: {photographer} / AFP")
EN_RELATED = ("Read more: {other_title}", "Related: {other_title}", "See also: {other_title}")
EN_SUBSCRIBE = ("Sign up for our daily newsletter", "Already a subscriber? Log in to continue",
                "Subscribe for unlimited access")
EN_COOKIE = "We use cookies to improve your experience. See our cookie policy for details."
EN_BIO = (
    "Coffee junkie", "Travel trailblazer", "Hardcore web ninja", "Award-winning music nerd", "Avid reader",
    "Lifelong pop culture fanatic", "Certified food expert", "Freelance beer geek", "Proud internet pioneer",
    "Incurable tv enthusiast",
)
EN_CREDITS = ("ms/rt (Reuters, AFP, dpa)", "jsi/wmr (AP, Reuters)", "(AP)",
              "(Reporting by {journalist}; Editing by {editor})")
EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
EN_TALKS = ("Geneva", "Vienna", "Helsinki", "Stockholm")
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")

# --- Shared names -----------------------------------------------------------------------------

RU_TOWNS = ("Pskov", "Ivangorod", "Kingisepp", "Ostrov", "Luga", "Gdov", "Pechory", "Slantsy")
EE_TOWNS = ("Narva", "Tartu", "Valga", "Võru", "Jõhvi", "Sillamäe")
EE_MINISTERS = ("Kristi Tamm", "Mart Saar", "Liis Kask", "Andres Mägi")
RU_SPOKESMEN = ("Dmitrij Orlov", "Sergej Volkov", "Pavel Zotov")
NO_PEOPLE = ("Kari Nilsen", "Ingrid Bakken", "Sigrid Moe", "Hanne Lie", "Tone Dahl")
JOURNALISTS = ("Kari Holm", "Ola Brekke", "Marte Lund", "Erik Vik", "Anna Strand", "John Carter", "Emma Reid",
               "Tom Fisher", "Sara Novak", "Lena Berg")
PHOTOGRAPHERS = ("Terje Pedersen", "Heiko Junge", "Ints Kalnins", "Janis Laizans", "Lise Åserud",
                 "Raigo Pajula", "Ole Berg-Rusten")

START = datetime(2026, 3, 1, 6, 0)


@dataclass(frozen=True, slots=True)
class Story:
    """One wire story: its reporting paragraphs and the boilerplate around them."""

    index: int
    lang: str
    title: str
    published: datetime
    author: str
    lead: str
    paragraphs: tuple[str, ...]
    byline: str
    timestamp: str
    share: str
    photo_credit: str
    related: str
    subscribe: str
    cookie: str
    bio: str
    credit: str
    other_titles: tuple[str, ...]

    def plain_text(self, rng: random.Random) -> str:
        """The story as a scraped plain-text article: title, reporting and interleaved boilerplate."""
        body: list[str] = list(self.paragraphs)
        for line, chance in ((self.related, 0.6), (self.subscribe, 0.3), (self.cookie, 0.2)):
            if rng.random() < chance:
                body.insert(rng.randrange(1, len(body)), line)
        head = [line for line, chance in ((self.timestamp, 0.6), (self.byline, 0.6), (self.share, 0.5))
                if rng.random() < chance]
        photo = [self.photo_credit] if rng.random() < 0.7 else []
        bio = [self.bio] if rng.random() < 0.4 else []
        credit = [self.credit] if rng.random() < 0.9 else []
        return "\n\n".join([self.title, *head, self.lead, *photo, *body, *bio, *credit])

    def reporting(self) -> str:
        """The reporting part only (what must differ between stories)."""
        return "\n".join((self.lead, *self.paragraphs))


def _num(value: int, lang: str) -> str:
    """A number as the language writes it: "6 000" in Bokmål, "6,000" in English."""
    text = f"{value:,}"
    return text.replace(",", " ") if lang == "nb" else text


def _values(rng: random.Random, lang: str, when: datetime) -> dict[str, str]:
    """The numbers and names that fill one story's templates."""
    nb = lang == "nb"
    weekdays = NB_WEEKDAYS if nb else EN_WEEKDAYS
    town, town2 = rng.sample(RU_TOWNS, 2)
    no_minister, no_official = rng.sample(NO_PEOPLE, 2)
    counts = {
        "troops": rng.randrange(1_500, 12_000, 100), "tanks": rng.randrange(12, 90), "tanks2": rng.randrange(20, 140),
        "reservists": rng.randrange(5_000, 60_000, 500), "nato_troops": rng.randrange(300, 5_000, 100),
        "sanctioned": rng.randrange(12, 160), "norwegians": rng.randrange(20, 400), "arrested": rng.randrange(2, 9),
        "jets": rng.randrange(4, 24), "drones": rng.randrange(3, 30), "hours": rng.randrange(12, 72),
        "hours2": rng.randrange(12, 48), "km": rng.randrange(2, 40), "km2": rng.randrange(3, 25),
        "days": rng.randrange(2, 9), "days2": rng.randrange(10, 45),
    }
    values = {key: _num(count, lang) for key, count in counts.items()}
    bn, pct = rng.randrange(12, 98) / 10, rng.randrange(8, 65) / 10
    values.update(
        bn=f"{bn:.1f}".replace(".", ",") if nb else f"{bn:.1f}",
        pct=f"{pct:.1f}".replace(".", ",") if nb else f"{pct:.1f}",
        weekday=weekdays[when.weekday()], weekday2=weekdays[(when.weekday() - rng.randrange(1, 4)) % 7],
        town=town, town2=town2, est_town=rng.choice(EE_TOWNS), ee_minister=rng.choice(EE_MINISTERS),
        ru_spokesman=rng.choice(RU_SPOKESMEN), no_minister=no_minister, no_official=no_official,
        talks_city=rng.choice(NB_TALKS if nb else EN_TALKS), month=EN_MONTHS[when.month - 1], day=str(when.day),
        photographer=rng.choice(PHOTOGRAPHERS), journalist=rng.choice(JOURNALISTS), editor=rng.choice(JOURNALISTS),
    )
    return values


def _timestamp(lang: str, when: datetime) -> str:
    """A "published" line as the outlet prints it."""
    if lang == "nb":
        return f"Publisert: {when:%d.%m.%Y} kl. {when:%H.%M}"
    return f"Published: {EN_MONTHS[when.month - 1]} {when.day}, {when.year} {when:%H:%M} GMT"


def _bio(rng: random.Random, lang: str) -> str:
    """A generated author bio of three or four persona phrases («Musikkelsker. Uhelbredelig kaffenerd. ...»)."""
    bio = ". ".join(rng.sample(NB_BIO if lang == "nb" else EN_BIO, rng.randrange(3, 5))) + "."
    if rng.random() < 0.5:
        return bio
    return f"«{bio}»" if lang == "nb" else f"“{bio}”"


def make_story(seed: int, index: int, variant: int = 0) -> Story:
    """Story ``index`` (even indices Bokmål, odd English); ``variant`` draws a different one in its place."""
    rng = random.Random(f"story:{seed}:{index}:{variant}")
    lang = LANGS[index % 2]
    nb = lang == "nb"
    when = START + timedelta(minutes=rng.randrange(30 * 24 * 60))
    values = _values(rng, lang, when)
    titles = NB_TITLES if nb else EN_TITLES
    others = tuple(rng.choice(titles).format_map(values) for _ in range(3))
    values["other_title"] = others[0]
    target = rng.randrange(2_900, 3_500)
    paragraphs: list[str] = []
    for template in rng.sample(NB_BODY if nb else EN_BODY, len(NB_BODY if nb else EN_BODY)):
        paragraphs.append(template.format_map(values))
        if sum(len(p) for p in paragraphs) >= target:
            break
    author = values["journalist"]
    agency = rng.choice(("NTB", "Reuters", "AFP", ""))
    byline = ("Av " if nb else "By ") + author + (f", {agency}" if agency else "")
    return Story(
        index=index, lang=lang, title=rng.choice(titles).format_map(values), published=when, author=author,
        lead=rng.choice(NB_LEADS if nb else EN_LEADS).format_map(values), paragraphs=tuple(paragraphs),
        byline=byline, timestamp=_timestamp(lang, when), share=rng.choice(NB_SHARE if nb else EN_SHARE),
        photo_credit=rng.choice(NB_PHOTO if nb else EN_PHOTO).format_map(values),
        related=rng.choice(NB_RELATED if nb else EN_RELATED).format_map(values),
        subscribe=rng.choice(NB_SUBSCRIBE if nb else EN_SUBSCRIBE), cookie=NB_COOKIE if nb else EN_COOKIE,
        bio=_bio(rng, lang),
        credit=rng.choice(NB_CREDITS if nb else EN_CREDITS).format_map(values), other_titles=others,
    )


def stories(seed: int, start: int = 0) -> Iterator[Story]:
    """Stories ``start``, ``start + 1``, ... without end, each with reporting unlike all before it."""
    seen: set[bytes] = set()
    index = start
    while True:
        variant = 0
        while True:
            story = make_story(seed, index, variant)
            digest = hashlib.sha1(story.reporting().encode("utf-8")).digest()
            if digest not in seen:
                break
            variant += 1
        seen.add(digest)
        yield story
        index += 1
