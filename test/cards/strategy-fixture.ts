import type { Paragraph } from "../../core/content/content-schema.ts";
import type { Item, Strategy, Unit } from "../../core/content/strategy.ts";

/**
 * A small Strategi 2025 for card tests, quoted verbatim from `/work/shared/strategy/strategi-2025.txt`
 * (line-end hyphens undone) and shaped like `content/strategi-2025` (a breadcrumb ends with the item's
 * title; a tværgående initiativ has its "Indsats" below it), so the tests do not depend on that folder.
 * Some items hold only some of their paragraphs.
 */
export const fixtureStrategy: Strategy = buildStrategy(
  [
    item(
      {
        id: "forord",
        kind: "forord",
        breadcrumb: ["Forord"],
        signature: "Med venlig hilsen\nPolitidirektør Anne Tønnes",
      },
      "Kernen i Københavns Politis strategi 2025 er fortsat de velkendte pejlemærker: Tættere på borgerne og Sund drift. Vi er kommet tættere på borgerne blandt andet gennem vores borgerråd, hvor vi får input fra politikredsens borgere om, hvordan de oplever deres møde med os på gaden. Og vejen mod sund drift er blevet kortere.",
      "Når vi som politi møder stigende digital og grænseoverskridende kriminalitet, krav om lokal tilstedeværelse, sikkerhedsopgaver og effektiv ressourceanvendelse, bliver behovet for prioritering tydelig. Som led i strategi 2025 vil vi have særligt fokus på digitalisering, som vi har prioriteret som reaktion på udviklingen i og forventninger til politiet.",
    ),
    item(
      { id: "om-strategi-2025", kind: "indledning", breadcrumb: ["Om Strategi 2025"] },
      "Strategien er bygget op om to pejlemærker Tættere på borgerne og Sund drift med dertilhørende indsatsområder.",
    ),
    item(
      {
        id: "taettere-paa-borgerne",
        kind: "pejlemaerke",
        breadcrumb: guideposts("Tættere på borgerne"),
        pejlemaerke: "taettere-paa-borgerne",
      },
      "Pejlemærket Tættere på borgerne betyder, at vi altid har borgeren i centrum. Det gælder, når vi prioriterer opgaver, træffer beslutninger og udvikler nyt, og uanset hvor og hvornår vi møder borgerne.",
    ),
    item(
      {
        ...focusArea("taettere-paa-borgerne", "Tættere på borgerne", "Borgerinddragelse"),
        id: "borgerinddragelse",
        slogan: "Vi lytter samarbejder og handler",
      },
      "Københavns Politi er borgernes politi. Vi ser borgeren som en sparringspartner, som vi får input fra og skal samarbejde med i en lang række af vores opgaver. Derfor fastholder vi indsatsen for systematisk at komme i dialog med borgerne. Det gør vi blandt andet ved at fortsætte afholdelsen af borgermøder.",
    ),
    item(
      {
        ...focusArea("taettere-paa-borgerne", "Tættere på borgerne", "I øjenhøjde med borgerne"),
        id: "i-oejenhoejde-med-borgerne",
        slogan: "Vi sætter os i borgernes sted",
      },
      "Københavns Politi vil være i øjenhøjde med borgerne.",
    ),
    item(
      {
        id: "sund-drift",
        kind: "pejlemaerke",
        breadcrumb: guideposts("Sund drift"),
        pejlemaerke: "sund-drift",
      },
      "Pejlemærket betyder, at vi på de indre linjer i Københavns Politi skaber forudsætningerne for, at vi som politi og anklagemyndighed kan løse vores opgaver bedst muligt til gavn for borgerne og samfundet.",
    ),
    item(
      {
        ...focusArea("sund-drift", "Sund drift", "Trivsel"),
        id: "trivsel",
        slogan: "Vi fokuserer på mangfoldighed og inklusion",
      },
      "Københavns Politi har fokus på medarbejdernes trivsel.",
    ),
    item(
      {
        id: "digitalisering",
        kind: "digitalisering",
        breadcrumb: guideposts("Digitalisering: et nyt tværgående indsatsområde"),
      },
      "Som noget nyt får digitalisering en central plads i strategiarbejdet som et tværgående indsatsområde på tværs af de to pejlemærker Tættere på borgerne og Sund drift.",
      "Vi vil også påbegynde arbejdet med at lade os inspirere til brugen af nye teknologier såsom AI (sprogmodeller).",
    ),
    ...initiativ(
      "sammenhaeng-i-straffesagsbehandlingen",
      "Sammenhæng i straffesagsbehandlingen",
      ["Vi vil sikre tværgående styring og opfølgning på realisering af kredsens fælles sagsbehandlingsmål."],
      [
        "Indsatsen på området styrkes i 2025 gennem politikredsens stab for straffesagsbehandling.",
        "I 2025 er de strategiske fokusområder for sammenhæng i straffesagsbehandlingen følgende;",
        { text: "Styrkelse af samarbejdet på tværs af straffesagskæden", bullet: true },
        {
          text: "Effektiv sags- og ressourcestyring med særligt fokus på sager omhandlende personfarlig kriminalitet, sædelighed, økonomisk kriminalitet og tyveri",
          bullet: true,
        },
      ],
    ),
    ...initiativ(
      "en-moderne-arbejdsplads",
      "En moderne arbejdsplads",
      [
        "Mangfoldighed, inklusion og sund kultur som tværgående initiativer har til formål at sikre en strategisk retning for en moderne arbejdsplads i Københavns Politi, herunder at øge trivslen for alle medarbejdergrupper.",
      ],
      ["Københavns Politi vil i 2025 gennemføre et servicetjek af udvalgte HR-processer."],
    ),
    ...unitItems("specialenheden", "Specialenheden", {
      ansvar: [
        "Specialenheden har ansvaret for en række specialiserede politiopgaver som færdselsindsats, eftersøgningssager samt grænse- og udlændingekontrol, herunder opretholdelsen af en sikker ydre Schengengrænse.",
        "Vi er dagligt til stede i bybilledet med forebyggende og tryghedsskabende patruljer – både i bil, på motorcykel, til fods og på politiheste.",
        "For at styrke trafiksikkerheden har vi et skærpet fokus på særligt uheldsbelastede vejstrækninger og på tilskadekomne bløde trafikanter. Herudover fortsætter vi den målrettede, analysebaserede kontrolindsats mod vanvidsbilisme.",
        "Vi målretter indsatsen mod tilrejsende kriminelle, social dumping, utryghedsskabende lejre og betleri, og vi vil slå til med aktioner mod ulovlig prostitution og personer, der bor eller arbejder illegalt.",
      ],
      taettere: [
        "Det strategiske sigte i Specialenheden handler om at videreføre den tryghedsskabende patruljering og bidrage til øget tryghed. Udover forskellige typer patruljering – gående, cyklende, kørende og ridende betjente i nattelivet – vil fokus i 2025 også være på stikprøvevise politikontroller af vej- og togtrafikken fra Sverige mod Danmark. Formålet er at bidrage til indsatsen mod fænomenet ”Crime as a Service”, hvor personer rejser til Danmark for at begå alvorlig personfarlig kriminalitet.",
        "På færdselsområdet har vi som mål at fortsætte med at nedbringe antallet af dræbte og alvorligt tilskadekomne, blandt andet med hastighedskontroller ved skoler, borgeroplysning om trafiksikkerhed og fokus på spiritus- og narkotikakørsel.",
      ],
      sund: [
        "Vi vil fortsætte med at styrke den interne kommunikation med henblik på at opnå en fælles forståelse for opgaver, prioriteringer og udfordringer samt øge den faglige viden og fremme en sund kultur blandt medarbejderne.",
        "For at sikre fastholdelse af medarbejdere og højne fagligheden inden for grænsekontrolområdet gennemfører vi uddannelsesperioder. Formålet er at øge medarbejdernes faglige viden og styrke samarbejdet på tværs af faggrupper.",
      ],
    }),
    ...unitItems("beredskabsenheden", "Beredskabsenheden", {
      ansvar: [
        "Beredskabsenheden er blandt andet ansvarlig for det reaktive beredskab i Københavns Politi og arbejder dagligt for at sikre borgernes tryghed og sikkerhed.",
        "Vi har desuden ansvaret for det ene af dansk politis to regionale situations- og operationscentre (RSIOC Ø).",
      ],
      taettere: [
        "Vi har tre overordnede målsætninger, som fortsat skal understøtte vores arbejde med at komme tættere på borgerne – nemlig Tilgængelighed, Tid og Stolthed.",
      ],
      sund: ["Vi vil fortsat holde fokus på trivsel gennem ledelse."],
    }),
  ],
  [unit("specialenheden", "Specialenheden"), unit("beredskabsenheden", "Beredskabsenheden")],
);

/** The fixture item with this id; fails loudly when a test names one that does not exist. */
export function fixtureItem(id: string): Item {
  const found = fixtureStrategy.itemById.get(id);
  if (!found) throw new Error(`fixture: no item "${id}"`);
  return found;
}

/** The fixture unit with this id. */
export function fixtureUnit(id: string): Unit {
  const found = fixtureStrategy.unitById.get(id);
  if (!found) throw new Error(`fixture: no unit "${id}"`);
  return found;
}

type Quote = string | Paragraph;
type ItemMeta = Pick<Item, "id" | "kind" | "breadcrumb"> & Partial<Item>;

function buildStrategy(items: Item[], units: Unit[]): Strategy {
  return {
    title: "Strategi 2025",
    organisation: "Københavns Politi",
    year: 2025,
    pejlemaerker: [
      { id: "taettere-paa-borgerne", title: "Tættere på borgerne", aliases: ["tættere på borgerne"] },
      { id: "sund-drift", title: "Sund drift", aliases: ["sund drift"] },
    ],
    themes: [],
    items,
    units,
    itemById: new Map(items.map((entry) => [entry.id, entry])),
    unitById: new Map(units.map((entry) => [entry.id, entry])),
  };
}

/** An item whose title is the last crumb of its breadcrumb, as in the content. */
function item(meta: ItemMeta, ...quotes: Quote[]): Item {
  const paragraphs = quotes.map((quote) => (typeof quote === "string" ? { text: quote } : quote));
  return {
    title: meta.breadcrumb.at(-1) ?? meta.id,
    keywords: [],
    questions: [],
    file: `${meta.id}.yaml`,
    paragraphs,
    ...meta,
  };
}

function guideposts(...rest: string[]): string[] {
  return ["Pejlemærker og indsatsområder", ...rest];
}

function focusArea(pejlemaerke: Item["pejlemaerke"], guidepost: string, title: string) {
  return { kind: "indsatsomraade", breadcrumb: guideposts(guidepost, title), pejlemaerke } as const;
}

/** A tværgående initiativ and its "Indsats", nested as in the content. */
function initiativ(id: string, title: string, intro: Quote[], indsats: Quote[]): Item[] {
  const breadcrumb = ["Tværgående initiativer", title];
  return [
    item({ id, kind: "tvaergaaende-initiativ", breadcrumb }, ...intro),
    item(
      { id: `${id}-indsats`, kind: "tvaergaaende-initiativ", breadcrumb: [...breadcrumb, "Indsats"] },
      ...indsats,
    ),
  ];
}

/** A unit's three sections: its ansvar and its local initiatives under each pejlemærke. */
function unitItems(
  unitId: string,
  name: string,
  quotes: Record<"ansvar" | "taettere" | "sund", string[]>,
): Item[] {
  const crumbs = (title: string) => ["Lokale initiativer", name, title];
  return [
    item(
      { id: `${unitId}-ansvar`, kind: "ansvar", breadcrumb: crumbs("Ansvar, opgaver og indsatser"), unitId },
      ...quotes.ansvar,
    ),
    item(
      {
        id: `${unitId}-taettere-paa-borgerne`,
        kind: "lokalt-initiativ",
        breadcrumb: crumbs("Tættere på borgerne"),
        unitId,
        pejlemaerke: "taettere-paa-borgerne",
      },
      ...quotes.taettere,
    ),
    item(
      {
        id: `${unitId}-sund-drift`,
        kind: "lokalt-initiativ",
        breadcrumb: crumbs("Sund drift"),
        unitId,
        pejlemaerke: "sund-drift",
      },
      ...quotes.sund,
    ),
  ];
}

function unit(id: string, name: string): Unit {
  const itemIds = ["ansvar", "taettere-paa-borgerne", "sund-drift"].map((section) => `${id}-${section}`);
  return { id, name, aliases: [name.toLowerCase()], itemIds };
}
