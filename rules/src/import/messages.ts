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
