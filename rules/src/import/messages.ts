// The sentences of the importers and the plan, in English and Hungarian. `{name}` is filled from
// a reading's parameters (and its `field` and `raw`); values are labelled by the edition's texts.
import type { Locale } from '../vocabulary.ts';

const en = {
  'quota.pay-as-you-go': 'quotaId {quotaId}: Pay-As-You-Go, bought from Microsoft directly',
  'quota.enterprise-or-mca':
    'quotaId {quotaId}: an Enterprise Agreement or an Azure plan under a Microsoft Customer Agreement; without the billing accounts these cannot be told apart',
  'quota.dev-test':
    'quotaId {quotaId}: a Dev/Test offer of an Enterprise Agreement, of Pay-As-You-Go or of a Microsoft Customer Agreement; without the billing accounts these cannot be told apart',
  'quota.benefit': 'quotaId {quotaId}: a Visual Studio or partner-programme credit from Microsoft directly',
  'quota.free-trial':
    'quotaId {quotaId}: a free trial from Microsoft directly (a free trial cannot be transferred)',
  'quota.trial': 'quotaId {quotaId}: a trial from Microsoft directly',
  'quota.azure-in-open': 'quotaId {quotaId}: Azure in Open (it cannot be transferred)',
  'quota.promotional':
    'quotaId {quotaId}: a promotional, sponsored or education offer from Microsoft directly',
  'quota.csp':
    'quotaId {quotaId}: sold by a CSP partner, you or another one; legacy Azure in CSP and the Azure plan cannot be told apart here',
  'quota.csp-sandbox': 'quotaId {quotaId}: a CSP partner’s integration sandbox, yours or another partner’s',
  'quota.not-a-purchase':
    'quotaId {quotaId}: a support plan, directory placeholder or internal subscription, not a purchase; nothing to decide',
  'read.quota.unknown':
    'quotaId {quotaId} is not one we know; kept as it is, it does not tell where it was bought',
  'read.azure.usage': 'an Azure subscription: usage-based',
  'read.graph.owner-absent':
    'the file has no ownerTenantId, so it does not tell who created the subscription',
  'read.graph.owner-none':
    'ownerTenantId is empty: not created by a partner (Microsoft directly, volume licensing or an Enterprise Agreement, which the data cannot tell apart)',
  'read.graph.owner-no-tenant':
    'ownerTenantId {raw}: created by a partner; give your own tenant id (--partner-tenant) to tell whether it is you',
  'read.graph.owner-you': 'ownerTenantId is your tenant: bought through you',
  'read.graph.owner-other':
    'ownerTenantId {raw} is another tenant: another partner; CSP, Syndication or Advisor cannot be told apart',
  'read.graph.license': 'a Microsoft 365 or other license-based subscription ({sku}): license-based',
  'read.pc.yours': 'listed in your Partner Center subscriptions of this customer: sold by you',
  'read.pc.offer-guid': 'offer id {raw} is a GUID: a legacy offer',
  'read.pc.offer-colon': 'offer id {raw} has product, SKU and availability parts: new commerce',
  'read.pc.offer-azure-legacy': 'offer id {raw}: Azure in CSP, the legacy offer',
  'read.pc.offer-unknown': 'offer id {raw} does not tell legacy from new commerce',
  'read.pc.offer-azure': 'offer id {raw}: an Azure offer, usage-based',
  'read.pc.offer-cloud': 'offer id {raw} names the cloud',
  'read.pc.billing': 'billingType {raw}',
  'read.billing.no-agreement':
    'the billing accounts ({raw}) include no Enterprise Agreement and no customer agreement, so they do not settle quotaId {quotaId}',
  'read.billing.agreement':
    'the customer’s billing accounts are of type {raw}, which settles quotaId {quotaId}',
  'read.billing.agreements-mixed':
    'the customer has billing accounts of types {raw}; which of them bills this subscription cannot be told from these files',
  'read.billing.partner-agreement':
    'billing account {account} has a Microsoft Partner Agreement: the customer is itself a CSP partner',
  'read.answer': 'answered by you: {value}',
  'note.next-link':
    'this file is one page of a longer list (it has a next link): export the remaining pages too',
  'note.empty': 'the file lists nothing',
  'format.arm-subscriptions': 'Azure subscriptions, GET /subscriptions JSON (REST API, az rest)',
  'format.powershell-az-subscription': 'Azure subscriptions, Get-AzSubscription | ConvertTo-Json',
  'format.resource-graph-csv': 'Azure subscriptions, Resource Graph Explorer CSV of the documented query',
  'format.billing-accounts': 'Azure billing accounts, GET /providers/Microsoft.Billing/billingAccounts JSON',
  'format.az-billing-account-list': 'Azure billing accounts, az billing account list',
  'format.graph-directory-subscriptions': 'Microsoft Graph GET /directory/subscriptions JSON',
  'format.powershell-mg-directory-subscription':
    'Microsoft Graph, Get-MgDirectorySubscription | ConvertTo-Json',
  'format.partner-center-subscriptions': 'Partner Center subscriptions of a customer, REST JSON',
  'format.empty-list': 'an empty list',
  'import.error': '{file}: {position}: {expected}',
  'import.at.line-column': 'line {line}, column {column}',
  'import.at.row': 'row {row}',
  'import.at.row-column': 'row {row}, column {column}',
  'import.at.header': 'row 1 (header)',
  'import.at.table': 'row 1 (a table with the columns {columns})',
  'import.at.byte': 'byte {byte}',
  'import.at.size': '{size}',
  'import.at.path': '{path}',
  'import.at.json-unknown': '$ (JSON with fields none of the known exports have)',
  'import.at.empty': 'line 1 (the file is empty)',
  'import.at.file': 'the file',
  'import.too-large': 'expected at most {limit}; export fewer subscriptions per file',
  'import.too-large.total':
    'expected at most {limit} for all the files of one import; import this file on its own',
  'import.utf16': 'expected UTF-8 text; this looks like UTF-16 without a byte-order mark (save it as UTF-8)',
  'import.not-utf8':
    'expected UTF-8 text; found a byte that is not UTF-8 (save the file as UTF-8; in PowerShell: {command})',
  'import.json.truncated': 'expected more JSON: the file ends too early (truncated?)',
  'import.json.syntax': 'expected well-formed JSON ({message})',
  'import.csv.syntax': 'expected well-formed CSV ({message}); a quoted name must end with a closing quote',
  'import.csv.cells':
    'expected {count} cells like the header ({header}), found {found} (truncated file or an unquoted delimiter?)',
  'import.shape': '{issue} (reading it as {what}){more}',
  'import.shape.also': '; also at {path}: {issue}',
  'import.issue.missing': 'missing (expected {expected})',
  'import.issue.type': 'expected {expected}',
  'import.issue.type-received': 'expected {expected}, received {received}',
  'import.issue.other': '{message}',
  'import.as.command': '{command}',
  'import.as.arm': 'an Azure subscriptions list ({request})',
  'import.as.billing-accounts': 'Azure billing accounts ({request})',
  'import.as.partner-center': 'Partner Center subscriptions ({request})',
  'import.unknown-format': 'expected one of these exports:{formats}',
  'import.unknown-format.item': '\n  - {format}',
  'import.az-account-list':
    'this is "az account list" output, which has no quotaId, so it cannot tell where a subscription was bought; run this instead:\n  {command}\nor the Resource Graph query:\n{query}',
  'import.rg.properties': 'expected the subscription properties as JSON with subscriptionPolicies.quotaId',
  'import.rg.no-quota-column':
    'expected a quotaId column (found: {columns}); run this query in Resource Graph Explorer and download the result as CSV:\n{query}',
  'import.rg.no-id': 'expected a subscription id',
  'import.rg.no-quota': 'expected a quotaId',
  'import.unreadable.not-a-file': 'expected a regular file (an exported file)',
  'import.unreadable': 'expected a readable file ({code})',
  'plan.title': 'Onboarding plan',
  'plan.edition.published': 'Rules edition {edition} ({title}), in force from {date}',
  'plan.edition.observed': 'Rules edition {edition} ({title}), seen in force on {date}',
  'plan.edition.earliest':
    'Rules edition {edition} ({title}), in force from {date} at the earliest (the date is not published)',
  'plan.earlier': 'This edition does not address the case; edition {edition} said: {status}',
  'plan.generated': 'Read from {files}',
  'plan.summary': 'Subscriptions by status',
  'plan.total': 'Total',
  'plan.skipped': 'Not purchases (nothing to decide)',
  'plan.col.status': 'Status',
  'plan.col.count': 'Count',
  'plan.col.name': 'Subscription',
  'plan.col.id': 'Id',
  'plan.col.source': 'Source file',
  'plan.col.facts': 'Facts and how each was read',
  'plan.col.steps': 'Next steps',
  'plan.col.questions': 'Open questions',
  'plan.col.other': 'Other fields, as in the file',
  'plan.unknown': 'not known',
  'plan.candidates': 'one of: {values}',
  'plan.conflict': 'the files disagree',
  'plan.assumed': 'Assumed',
  'plan.notes': 'Notes on the files',
  'plan.answer.source': 'your answer',
} as const;

export type PlanMessageKey = keyof typeof en;

const hu: Record<PlanMessageKey, string> = {
  'quota.pay-as-you-go':
    'quotaId {quotaId}: használatalapú fizetés (Pay-As-You-Go), közvetlenül a Microsofttól',
  'quota.enterprise-or-mca':
    'quotaId {quotaId}: Nagyvállalati Szerződés vagy Microsoft-ügyfélszerződés szerinti Azure-csomag; a számlázási fiókok nélkül a kettő nem különböztethető meg',
  'quota.dev-test':
    'quotaId {quotaId}: fejlesztési és tesztelési ajánlat Nagyvállalati Szerződésből, használatalapú fizetésből vagy Microsoft-ügyfélszerződésből; a számlázási fiókok nélkül ezek nem különböztethetők meg',
  'quota.benefit': 'quotaId {quotaId}: Visual Studio- vagy partnerprogram-kredit, közvetlenül a Microsofttól',
  'quota.free-trial': 'quotaId {quotaId}: ingyenes próbaverzió a Microsofttól (a próbaverzió nem vihető át)',
  'quota.trial': 'quotaId {quotaId}: próbaverzió, közvetlenül a Microsofttól',
  'quota.azure-in-open': 'quotaId {quotaId}: Azure in Open (nem vihető át)',
  'quota.promotional':
    'quotaId {quotaId}: promóciós, szponzorált vagy oktatási ajánlat, közvetlenül a Microsofttól',
  'quota.csp':
    'quotaId {quotaId}: CSP-partner értékesítette, Ön vagy egy másik partner; a régi Azure in CSP és az Azure-csomag itt nem különböztethető meg',
  'quota.csp-sandbox':
    'quotaId {quotaId}: egy CSP-partner integrációs tesztkörnyezete, az Öné vagy egy másik partneré',
  'quota.not-a-purchase':
    'quotaId {quotaId}: támogatási csomag, címtár-helyőrző vagy belső előfizetés, nem vásárlás; nincs mit eldönteni',
  'read.quota.unknown':
    'a(z) {quotaId} quotaId nem ismert számunkra; változatlanul megőriztük, nem derül ki belőle a vásárlás helye',
  'read.azure.usage': 'Azure-előfizetés: használatalapú',
  'read.graph.owner-absent': 'a fájlban nincs ownerTenantId, így nem derül ki, ki hozta létre az előfizetést',
  'read.graph.owner-none':
    'az ownerTenantId üres: nem partner hozta létre (közvetlenül a Microsoft, mennyiségi licencelés vagy Nagyvállalati Szerződés; az adatokból ezek nem különböztethetők meg)',
  'read.graph.owner-no-tenant':
    'ownerTenantId {raw}: partner hozta létre; adja meg a saját bérlőazonosítóját (--partner-tenant), hogy kiderüljön, Ön-e az',
  'read.graph.owner-you': 'az ownerTenantId az Ön bérlője: Önön keresztül vásárolták',
  'read.graph.owner-other':
    'az ownerTenantId ({raw}) egy másik bérlő: másik partner; hogy CSP, szindikációs vagy Advisor, nem dönthető el',
  'read.graph.license': 'Microsoft 365- vagy más licencalapú előfizetés ({sku}): licencalapú',
  'read.pc.yours':
    'szerepel az ügyfél Partnerközpontban listázott, Öntől vásárolt előfizetései között: Ön értékesítette',
  'read.pc.offer-guid': 'a(z) {raw} ajánlatazonosító GUID: régi (legacy) ajánlat',
  'read.pc.offer-colon':
    'a(z) {raw} ajánlatazonosító termék-, SKU- és elérhetőségi részből áll: új kereskedelmi élmény',
  'read.pc.offer-azure-legacy': 'a(z) {raw} ajánlatazonosító: Azure in CSP, a régi ajánlat',
  'read.pc.offer-unknown': 'a(z) {raw} ajánlatazonosítóból nem derül ki, régi vagy új kereskedelmi ajánlat-e',
  'read.pc.offer-azure': 'a(z) {raw} ajánlatazonosító Azure-ajánlat: használatalapú',
  'read.pc.offer-cloud': 'a(z) {raw} ajánlatazonosítóból kiderül a felhő',
  'read.pc.billing': 'billingType: {raw}',
  'read.billing.no-agreement':
    'a számlázási fiókok ({raw}) között nincs Nagyvállalati Szerződés és ügyfélszerződés, így nem döntik el a(z) {quotaId} quotaId jelentését',
  'read.billing.agreement':
    'az ügyfél számlázási fiókjainak típusa {raw}, ez eldönti a(z) {quotaId} quotaId jelentését',
  'read.billing.agreements-mixed':
    'az ügyfélnek {raw} típusú számlázási fiókjai vannak; hogy melyik számlázza ezt az előfizetést, ezekből a fájlokból nem derül ki',
  'read.billing.partner-agreement':
    'a(z) {account} számlázási fiókhoz Microsoft-partnerszerződés tartozik: az ügyfél maga is CSP-partner',
  'read.answer': 'Ön adta meg válaszként: {value}',
  'note.next-link':
    'ez a fájl egy hosszabb lista egyik oldala (van következő oldal): a többi oldalt is exportálja',
  'note.empty': 'a fájl semmit sem sorol fel',
  'format.arm-subscriptions': 'Azure-előfizetések, GET /subscriptions JSON (REST API, az rest)',
  'format.powershell-az-subscription': 'Azure-előfizetések, Get-AzSubscription | ConvertTo-Json',
  'format.resource-graph-csv':
    'Azure-előfizetések, a dokumentált lekérdezés CSV-je a Resource Graph Explorerből',
  'format.billing-accounts': 'Azure számlázási fiókok, GET /providers/Microsoft.Billing/billingAccounts JSON',
  'format.az-billing-account-list': 'Azure számlázási fiókok, az billing account list',
  'format.graph-directory-subscriptions': 'Microsoft Graph GET /directory/subscriptions JSON',
  'format.powershell-mg-directory-subscription':
    'Microsoft Graph, Get-MgDirectorySubscription | ConvertTo-Json',
  'format.partner-center-subscriptions': 'egy ügyfél Partnerközpont-előfizetései, REST JSON',
  'format.empty-list': 'üres lista',
  'import.error': '{file}: {position}: {expected}',
  'import.at.line-column': '{line}. sor, {column}. oszlop',
  'import.at.row': '{row}. sor',
  'import.at.row-column': '{row}. sor, {column} oszlop',
  'import.at.header': '1. sor (fejléc)',
  'import.at.table': '1. sor (egy táblázat ezekkel az oszlopokkal: {columns})',
  'import.at.byte': '{byte}. bájt',
  'import.at.size': 'mérete {size}',
  'import.at.path': 'a(z) {path} helyen',
  'import.at.json-unknown': '$ (JSON, de olyan mezőkkel, amelyek egyik ismert exportban sincsenek)',
  'import.at.empty': '1. sor (a fájl üres)',
  'import.at.file': 'a fájl',
  'import.too-large': 'legfeljebb {limit} lehet; exportáljon fájlonként kevesebb előfizetést',
  'import.too-large.total':
    'egy importálás fájljai együtt legfeljebb {limit} méretűek lehetnek; ezt a fájlt külön importálja',
  'import.utf16':
    'UTF-8 szöveg kellene; ez bájtsorrend-jelölő nélküli UTF-16-nak tűnik (mentse UTF-8 kódolással)',
  'import.not-utf8':
    'UTF-8 szöveg kellene; a fájlban van egy bájt, amely nem UTF-8 (mentse UTF-8 kódolással; PowerShellben: {command})',
  'import.json.truncated': 'a JSON nem ér véget: a fájl túl korán végződik (csonka lehet)',
  'import.json.syntax': 'hibátlan JSON kellene ({message})',
  'import.csv.syntax':
    'hibátlan CSV kellene ({message}); az idézőjelbe tett névnek záró idézőjellel kell végződnie',
  'import.csv.cells':
    'a fejléchez hasonlóan {count} cella kellene ({header}), de {found} van (csonka a fájl, vagy idézőjel nélküli elválasztó került bele?)',
  'import.shape': '{issue} (úgy olvasva, mint: {what}){more}',
  'import.shape.also': '; továbbá itt: {path}: {issue}',
  'import.issue.missing': 'hiányzik (típusa ez kellene legyen: {expected})',
  'import.issue.type': 'a várt típus: {expected}',
  'import.issue.type-received': 'a várt típus: {expected}, de ez érkezett: {received}',
  'import.issue.other': 'érvénytelen érték ({message})',
  'import.as.command': '{command}',
  'import.as.arm': 'Azure-előfizetések listája ({request})',
  'import.as.billing-accounts': 'Azure számlázási fiókok ({request})',
  'import.as.partner-center': 'Partnerközpont-előfizetések ({request})',
  'import.unknown-format': 'ezek közül valamelyik export kellene:{formats}',
  'import.unknown-format.item': '\n  - {format}',
  'import.az-account-list':
    'ez az "az account list" kimenete, amelyben nincs quotaId, így nem derül ki belőle, hol vásárolták az előfizetést; futtassa inkább ezt:\n  {command}\nvagy a Resource Graph-lekérdezést:\n{query}',
  'import.rg.properties':
    'az előfizetés tulajdonságai kellenének JSON-ként, subscriptionPolicies.quotaId mezővel',
  'import.rg.no-quota-column':
    'quotaId oszlop kellene (a talált oszlopok: {columns}); futtassa ezt a lekérdezést a Resource Graph Explorerben, és töltse le az eredményt CSV-ként:\n{query}',
  'import.rg.no-id': 'előfizetés-azonosító kellene',
  'import.rg.no-quota': 'quotaId kellene',
  'import.unreadable.not-a-file': 'közönséges fájl kellene (egy exportált fájl)',
  'import.unreadable': 'olvasható fájl kellene ({code})',
  'plan.title': 'Átvételi terv',
  'plan.edition.published': 'A szabályok {edition} kiadása ({title}), hatályos: {date}',
  'plan.edition.observed': 'A szabályok {edition} kiadása ({title}), {date} napján már hatályban volt',
  'plan.edition.earliest':
    'A szabályok {edition} kiadása ({title}), legkorábban {date} óta hatályos (a dátumot nem tették közzé)',
  'plan.earlier': 'Ez a kiadás nem foglalkozik ezzel az esettel; a(z) {edition} kiadás szerint: {status}',
  'plan.generated': 'Beolvasott fájlok: {files}',
  'plan.summary': 'Előfizetések állapot szerint',
  'plan.total': 'Összesen',
  'plan.skipped': 'Nem vásárlások (nincs mit eldönteni)',
  'plan.col.status': 'Állapot',
  'plan.col.count': 'Darab',
  'plan.col.name': 'Előfizetés',
  'plan.col.id': 'Azonosító',
  'plan.col.source': 'Forrásfájl',
  'plan.col.facts': 'Tények és forrásuk',
  'plan.col.steps': 'Következő lépések',
  'plan.col.questions': 'Nyitott kérdések',
  'plan.col.other': 'További mezők, a fájl szerint',
  'plan.unknown': 'nem ismert',
  'plan.candidates': 'lehet: {values}',
  'plan.conflict': 'a fájlok ellentmondanak egymásnak',
  'plan.assumed': 'Feltételezés',
  'plan.notes': 'Megjegyzések a fájlokhoz',
  'plan.answer.source': 'az Ön válasza',
};

export const PLAN_MESSAGES: Record<Locale, Record<PlanMessageKey, string>> = { en, hu };

export function planText(locale: Locale, key: string, params: Record<string, string> = {}): string {
  const text = PLAN_MESSAGES[locale][key as PlanMessageKey] ?? PLAN_MESSAGES.en[key as PlanMessageKey] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}
