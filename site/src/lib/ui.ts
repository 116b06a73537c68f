// The site's own interface words (headings, captions, buttons) in English and Hungarian.
// Nothing about the rules lives here: fact, value and status labels, steps and links come from
// @multichannel/rules, so a rule is only ever written once.
import type { SiteLocale } from './locale.ts';

const en = {
  'table.title': 'Decision table',
  'table.description':
    'Every multi-channel support rule in one table: the facts each rule tests and the outcome it gives.',
  'table.intro':
    'Each row is one rule. A rule applies when every fact matches; a fact marked “any value” does not matter to that rule. Exactly one rule applies to each complete combination of facts (see Coverage).',
  'table.caption': 'Rules: {edition} (effective {date})',
  'table.rule': 'Rule',
  'table.outcome': 'Outcome',
  'table.steps': 'Next steps',
  'table.details': 'Rule page',
  'table.details.for': 'Rule page: {rule}',
  'filter.heading': 'Narrow the table',
  'filter.all': 'All rules',
  'filter.showing': 'Showing only the rules that can apply when {fact} is “{value}”.',
  'filter.none': 'No rule applies to this value.',
  'filter.title': 'Decision table: {value}',
  'rule.description': 'When this multi-channel support rule applies and what to do.',
  'rule.when': 'When it applies',
  'rule.when.intro': 'All of these must hold:',
  'rule.outcome': 'Outcome',
  'rule.why': 'Why',
  'rule.steps': 'Next steps',
  'rule.source': 'Source',
  'rule.source.text': 'section “{section}”, page version of {date}',
  'rule.cases': 'Test cases that exercise this rule',
  'rule.cases.none': 'No test case ends at this rule.',
  'rule.case.name': 'Case',
  'rule.case.facts': 'Facts given',
  'rule.case.expected': 'Expected outcome',
  'rule.combinations': 'Input combinations this rule owns',
  'rule.combinations.intro':
    'Of every complete combination of facts, these {count} are decided by this rule and by no other.',
  'rule.inTable': 'This rule in the decision table',
  'rule.checkIt': 'Check a case in the checker',
  'learn.opens': 'Microsoft Learn',
  'checker.title': 'Checker',
  'checker.description':
    'Answer a few questions about a subscription; the checker names the rule that decides and the next steps.',
  'checker.intro':
    'Answer what you know. The checker runs the same rules as the decision table and the extension; your answers stay in the address bar, so you can share the link or go back a step.',
  'checker.noscript':
    'The checker needs JavaScript. Without it, use the decision table: it holds the same rules.',
  'checker.decision': 'Decision',
  'checker.decides': 'The question that decides',
  'checker.decides.more': 'Still open: {count} outcomes. Answer this next:',
  'checker.possible': 'Outcomes still possible',
  'checker.rule': 'Decided by the rule',
  'checker.steps': 'Next steps',
  'checker.why': 'How the facts matched',
  'checker.assumed': 'Assumed',
  'checker.caveats': 'Caveats',
  'checker.canAct.yes': 'One of your roles may do this in Partner Center.',
  'checker.canAct.no': 'None of your roles may do this; ask a colleague who holds one of: {roles}.',
  'checker.unknown': 'Not sure',
  'checker.reset': 'Start over',
  'checker.share': 'Link to these answers',
  'checker.invalid': 'Some answers in the link were not understood and were left out: {params}.',
  'checker.optional': 'Optional: these shape the steps, not the outcome.',
  'checker.yes': 'Yes',
  'checker.no': 'No',
  'coverage.title': 'Coverage',
  'coverage.description':
    'Every complete combination of facts and the one rule that owns it: the proof that the table is complete.',
  'coverage.intro':
    'This page is generated at build time by the rules verifier. It lists every complete combination of the facts the rules test, and the rule that decides it. A gap (no rule) or an overlap (more than one rule) would stop the build.',
  'coverage.proof.ok':
    'Verified: {combinations} combinations, each owned by exactly one rule; {cases} test cases pass.',
  'coverage.proof.failed': 'The verifier found problems in this edition:',
  'coverage.caption': 'Every combination of facts and the rule that owns it',
  'coverage.owner': 'Owning rule',
  'coverage.byRule': 'Combinations per rule',
  'coverage.count': 'Combinations',
  'downloads.title': 'Downloads',
  'downloads.description': 'The decision table as JSON with its JSON Schema, as CSV, and its test cases.',
  'downloads.intro':
    'Each file holds exactly the bytes that the command-line tool prints with `multichannel-rules export`, so pipelines and this site always agree.',
  'downloads.edition': 'Edition “{edition}” ({id}), effective {date}',
  'downloads.latest': 'current',
  'downloads.json': 'Decision table (JSON)',
  'downloads.jsonschema': 'JSON Schema of the table file',
  'downloads.csv': 'Decision table (CSV, one row per rule)',
  'downloads.cases': 'Test cases (JSON)',
  'downloads.command': 'Same output from the command line',
  'downloads.install':
    'Install the command-line tool in your project (Node.js {node} or later) and check the editions it ships',
  'caveat.sources': 'Sources',
  'source.asOf': 'as of {date}',
  'edition.label': 'Edition',
  'edition.effective': 'effective',
  'edition.follows': 'follows',
  'screenshot.missing':
    'Screenshot not available in this build: the extension’s end-to-end tests create screenshots/{file}.',
} as const;

export type UiKey = keyof typeof en;

const hu: Record<UiKey, string> = {
  'table.title': 'Döntési tábla',
  'table.description':
    'A többcsatornás támogatás összes szabálya egy táblában: mit vizsgál az egyes szabály, és milyen eredményt ad.',
  'table.intro':
    'Minden sor egy szabály. A szabály akkor érvényes, ha minden tény egyezik; a „bármely érték” jelölésű tény az adott szabálynál nem számít. A tények minden teljes kombinációjára pontosan egy szabály vonatkozik (lásd: Lefedettség).',
  'table.caption': 'Szabályok: {edition} (hatályos: {date})',
  'table.rule': 'Szabály',
  'table.outcome': 'Eredmény',
  'table.steps': 'Következő lépések',
  'table.details': 'Szabály oldala',
  'table.details.for': 'Szabály oldala: {rule}',
  'filter.heading': 'A tábla szűkítése',
  'filter.all': 'Minden szabály',
  'filter.showing': 'Csak azok a szabályok látszanak, amelyek érvényesek lehetnek, ha {fact}: „{value}”.',
  'filter.none': 'Erre az értékre egy szabály sem vonatkozik.',
  'filter.title': 'Döntési tábla: {value}',
  'rule.description': 'Mikor érvényes ez a többcsatornás támogatási szabály, és mi a teendő.',
  'rule.when': 'Mikor érvényes',
  'rule.when.intro': 'Mindegyiknek teljesülnie kell:',
  'rule.outcome': 'Eredmény',
  'rule.why': 'Indoklás',
  'rule.steps': 'Következő lépések',
  'rule.source': 'Forrás',
  'rule.source.text': '„{section}” szakasz, az oldal {date} keltezésű változata',
  'rule.cases': 'Az ezt a szabályt próbára tevő tesztesetek',
  'rule.cases.none': 'Egyetlen teszteset sem ennél a szabálynál ér véget.',
  'rule.case.name': 'Eset',
  'rule.case.facts': 'Megadott tények',
  'rule.case.expected': 'Várt eredmény',
  'rule.combinations': 'A szabályhoz tartozó bemeneti kombinációk',
  'rule.combinations.intro':
    'A tények összes teljes kombinációja közül ezt a(z) {count} kombinációt ez a szabály dönti el, és más nem.',
  'rule.inTable': 'Ez a szabály a döntési táblában',
  'rule.checkIt': 'Eset ellenőrzése az ellenőrzővel',
  'learn.opens': 'Microsoft Learn',
  'checker.title': 'Ellenőrző',
  'checker.description':
    'Válaszoljon néhány kérdésre egy előfizetésről; az ellenőrző megnevezi a döntő szabályt és a következő lépéseket.',
  'checker.intro':
    'Válaszoljon arra, amit tud. Az ellenőrző ugyanazokat a szabályokat futtatja, mint a döntési tábla és a bővítmény; a válaszai a címsorban maradnak, így a hivatkozás megosztható, és egy lépést vissza is léphet.',
  'checker.noscript':
    'Az ellenőrzőhöz JavaScript kell. Nélküle használja a döntési táblát: ugyanazok a szabályok vannak benne.',
  'checker.decision': 'Döntés',
  'checker.decides': 'A döntő kérdés',
  'checker.decides.more': 'Még {count} eredmény lehetséges. Erre válaszoljon következőként:',
  'checker.possible': 'Még lehetséges eredmények',
  'checker.rule': 'A döntő szabály',
  'checker.steps': 'Következő lépések',
  'checker.why': 'Hogyan egyeztek a tények',
  'checker.assumed': 'Feltételezés',
  'checker.caveats': 'Figyelmeztetések',
  'checker.canAct.yes': 'Az egyik szerepköre jogosult erre a Partnerközpontban.',
  'checker.canAct.no':
    'Egyik szerepköre sem jogosult erre; kérjen meg egy kollégát, akinek ezek egyike megvan: {roles}.',
  'checker.unknown': 'Nem tudom',
  'checker.reset': 'Újrakezdés',
  'checker.share': 'Hivatkozás ezekre a válaszokra',
  'checker.invalid': 'A hivatkozás néhány válaszát nem sikerült értelmezni, ezek kimaradtak: {params}.',
  'checker.optional': 'Nem kötelező: ezek a lépéseket alakítják, nem az eredményt.',
  'checker.yes': 'Igen',
  'checker.no': 'Nem',
  'coverage.title': 'Lefedettség',
  'coverage.description':
    'A tények minden teljes kombinációja és az egyetlen szabály, amelyhez tartozik: a bizonyíték, hogy a tábla teljes.',
  'coverage.intro':
    'Ezt az oldalt a szabályellenőrző állítja elő a webhely összeállításakor. Felsorolja a szabályok által vizsgált tények minden teljes kombinációját és az azt eldöntő szabályt. Hézag (nincs szabály) vagy átfedés (több szabály) esetén az összeállítás leállna.',
  'coverage.proof.ok':
    'Ellenőrizve: {combinations} kombináció, mindegyikhez pontosan egy szabály tartozik; {cases} teszteset sikeres.',
  'coverage.proof.failed': 'Az ellenőrző hibákat talált ebben a kiadásban:',
  'coverage.caption': 'A tények összes kombinációja és a hozzájuk tartozó szabály',
  'coverage.owner': 'Szabály',
  'coverage.byRule': 'Kombinációk szabályonként',
  'coverage.count': 'Kombinációk',
  'downloads.title': 'Letöltések',
  'downloads.description': 'A döntési tábla JSON-ként a JSON-sémájával, CSV-ként, valamint a tesztesetei.',
  'downloads.intro':
    'Minden fájl bájtra ugyanaz, amit a parancssori eszköz a `multichannel-rules export` paranccsal kiír, így a folyamatok és ez a webhely mindig egyeznek.',
  'downloads.edition': '„{edition}” kiadás ({id}), hatályos: {date}',
  'downloads.latest': 'aktuális',
  'downloads.json': 'Döntési tábla (JSON)',
  'downloads.jsonschema': 'A táblafájl JSON-sémája',
  'downloads.csv': 'Döntési tábla (CSV, szabályonként egy sor)',
  'downloads.cases': 'Tesztesetek (JSON)',
  'downloads.command': 'Ugyanez parancssorból',
  'downloads.install':
    'Telepítse a parancssori eszközt a projektjébe (Node.js {node} vagy újabb), és ellenőrizze vele a csomagban lévő kiadásokat',
  'caveat.sources': 'Források',
  'source.asOf': 'állapot: {date}',
  'edition.label': 'Kiadás',
  'edition.effective': 'hatályos',
  'edition.follows': 'forrása',
  'screenshot.missing':
    'A képernyőkép ebben a buildben nem érhető el: a bővítmény végpontok közötti tesztjei készítik el (screenshots/{file}).',
};

const TEXTS: Record<SiteLocale, Record<UiKey, string>> = { en, hu };

/** An interface text with {placeholders} filled in. */
export function ui(locale: SiteLocale, key: UiKey, params: Record<string, string | number> = {}): string {
  return TEXTS[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}
