// The extension's own interface texts (nothing about the rules: those come from the rules package)
// that the content script shows, and the look-up every page uses. The options page's and the
// popup's own texts are in page-strings.ts, so the content script does not carry them.
import { fill } from '@multichannel/rules/ids';
import type { Locale } from './locale.ts';

export const en = {
  'badge.label': 'Multi-channel: {status}. Show next steps',
  'panel.title': 'Multi-channel support',
  'panel.steps': 'Next steps',
  'panel.noSteps': 'Nothing to do.',
  'panel.why': 'Why',
  'panel.rule': 'Decided by rule “{rule}” of the {edition} edition.',
  'panel.noRule': 'No single rule decides yet.',
  'panel.missing': 'To decide, answer: ',
  'panel.possible': 'Still possible: ',
  'panel.assumptions': 'Assumed',
  'panel.caveats': 'Caveats',
  'panel.canActNo': 'None of your Partner Center roles (see options) may do these steps.',
  'panel.close': 'Close',
  'notice.title': 'Multichannel Advisor: page layout not recognized',
  'notice.hint': 'No badges are shown. Open the extension’s popup for details.',
  'bought.title': 'Bought elsewhere',
  'bought.intro':
    'Partner Center lists only the subscriptions sold through you. Record here what this customer bought through other channels.',
  'bought.empty': 'Nothing recorded for this customer.',
  'bought.add': 'Add',
  'bought.save': 'Save',
  'bought.cancel': 'Cancel',
  'bought.edit': 'Edit',
  'bought.remove': 'Remove',
  'bought.export': 'Export JSON',
  'bought.import': 'Import JSON',
  'bought.product': 'Product name',
  'bought.offerId': 'Azure offer ID (optional)',
  'bought.offerIdHint': 'e.g. MS-AZR-0017P; fills in the answers the offer ID implies',
  'bought.unknown': 'Not known',
  'bought.imported': 'Imported {count} records.',
  'plan.title': 'Plan: {count} records by status',
  'bought.importFailed': 'Import failed, nothing changed: {error}',
  'bought.setAside':
    'Some saved data could not be read: only that part was set aside, and the options list it to restore.',
  'bought.productRequired': 'Enter a product name.',
  'bought.toggle': 'Bought elsewhere ({count})',
  'customer.unknown': 'Not known',
  'customer.hint':
    'Applies to every subscription of this customer: the rows of this page and the records below.',
  'edition.name': 'Rules: edition {id}, “{title}”',
  'edition.date.published': 'Page dated {date}.',
  'edition.date.observed': 'Page first seen on {date}; it carries no date of its own.',
  'edition.date.earliest': 'Page undated; its content is from {date} or later.',
  'panel.earlier': 'This edition does not address this case. Edition {edition} said: {status}.',
  'panel.earlierNone': 'This edition does not address this case, and no earlier edition did.',
  'panel.ignored': 'Not used by this edition (taken as not known)',
  'storage.quota':
    'The browser’s storage for this extension is full: changes are not saved. Badges are still shown. See the options to free space.',
  'storage.failed':
    'The browser could not read or save this extension’s data: changes are not saved. Badges are still shown.',
  'storage.notStored': 'Not saved: the browser refused to store it.',
  'storage.setAside': '{count} stored values could not be read and were set aside; see the options.',
} as const;

export type UiKey = keyof typeof en;

export const hu: Record<UiKey, string> = {
  'badge.label': 'Többcsatornás: {status}. Teendők megjelenítése',
  'panel.title': 'Többcsatornás támogatás',
  'panel.steps': 'Teendők',
  'panel.noSteps': 'Nincs teendő.',
  'panel.why': 'Miért',
  'panel.rule': 'A(z) {edition} kiadás „{rule}” szabálya döntött.',
  'panel.noRule': 'Még egyik szabály sem dönt egyértelműen.',
  'panel.missing': 'A döntéshez válaszoljon: ',
  'panel.possible': 'Még lehetséges: ',
  'panel.assumptions': 'Feltételezések',
  'panel.caveats': 'Megjegyzések',
  'panel.canActNo':
    'A beállításokban megadott Partnerközpont-szerepkörei egyikével sem végezhetők el ezek a lépések.',
  'panel.close': 'Bezárás',
  'notice.title': 'Multichannel Advisor: az oldal felépítése ismeretlen',
  'notice.hint': 'Nem jelennek meg jelvények. A részleteket a bővítmény felugró ablaka mutatja.',
  'bought.title': 'Máshol vásárolt',
  'bought.intro':
    'A Partnerközpont csak az Önön keresztül eladott előfizetéseket listázza. Itt rögzítheti, mit vásárolt az ügyfél más csatornákon.',
  'bought.empty': 'Ehhez az ügyfélhez nincs rögzített tétel.',
  'bought.add': 'Hozzáadás',
  'bought.save': 'Mentés',
  'bought.cancel': 'Mégse',
  'bought.edit': 'Szerkesztés',
  'bought.remove': 'Törlés',
  'bought.export': 'Exportálás JSON-ba',
  'bought.import': 'Importálás JSON-ból',
  'bought.product': 'Termék neve',
  'bought.offerId': 'Azure-ajánlatazonosító (nem kötelező)',
  'bought.offerIdHint':
    'pl. MS-AZR-0017P; kitölti azokat a válaszokat, amelyek az ajánlatazonosítóból következnek',
  'bought.unknown': 'Nem ismert',
  'bought.imported': '{count} tétel importálva.',
  'plan.title': 'Terv: {count} tétel állapot szerint',
  'bought.importFailed': 'Az importálás nem sikerült, semmi sem változott: {error}',
  'bought.setAside':
    'Néhány mentett adat nem olvasható: csak ezt a részt tettük félre, a beállításokban visszaállítható.',
  'bought.productRequired': 'Adja meg a termék nevét.',
  'bought.toggle': 'Máshol vásárolt ({count})',
  'customer.unknown': 'Nem ismert',
  'customer.hint': 'Az ügyfél minden előfizetésére vonatkozik: az oldal soraira és az alábbi tételekre is.',
  'edition.name': 'Szabályok: {id} kiadás, „{title}”',
  'edition.date.published': 'Az oldal dátuma: {date}.',
  'edition.date.observed': 'Az oldalt először {date} napon láttuk; saját dátuma nincs.',
  'edition.date.earliest': 'Az oldalnak nincs dátuma; tartalma {date} vagy későbbi.',
  'panel.earlier': 'Ez a kiadás nem foglalkozik ezzel az esettel. A(z) {edition} kiadás szerint: {status}.',
  'panel.earlierNone':
    'Ez a kiadás nem foglalkozik ezzel az esettel, és korábbi kiadás sem foglalkozott vele.',
  'panel.ignored': 'Ez a kiadás nem használja (nem ismertnek vettük)',
  'storage.quota':
    'A böngésző e bővítménynek szánt tárhelye megtelt: a változások nem mentődnek. A jelvények továbbra is látszanak. Helyet a beállításokban szabadíthat fel.',
  'storage.failed':
    'A böngésző nem tudta olvasni vagy menteni a bővítmény adatait: a változások nem mentődnek. A jelvények továbbra is látszanak.',
  'storage.notStored': 'Nem mentődött: a böngésző nem tárolta.',
  'storage.setAside': '{count} mentett érték nem volt olvasható, ezért félretettük; lásd a beállításokat.',
};

/** A text's `{name}` placeholders filled in (numbers as written); an unknown name stays as is. */
export const fillText = (text: string, values: Record<string, string | number> = {}): string =>
  fill(text, Object.fromEntries(Object.entries(values).map(([name, value]) => [name, String(value)])));

/** A look-up in a table of texts per language, with `{name}` placeholders filled in. */
export function textLookup<K extends string>(strings: Record<Locale, Record<K, string>>) {
  return (locale: Locale, key: K, values: Record<string, string | number> = {}): string =>
    fillText(strings[locale][key], values);
}

/** An interface text of the content script (and of every page). */
export const ui = textLookup<UiKey>({ en, hu });
