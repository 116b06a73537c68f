// The options page's and the popup's own interface texts, with every text of ui-strings.ts: these
// pages import `ui` from here, the content script from ui-strings.ts (it never shows these).
import { en as sharedEn, hu as sharedHu, textLookup, type UiKey } from './ui-strings.ts';

const en = {
  'reason.no-sections': 'The page has no subscriptions section whose heading the extension knows.',
  'reason.no-grid': 'A subscriptions section has no table or grid of subscriptions.',
  'reason.no-name-column': 'A subscriptions table has no “Name” column.',
  'options.partnerTenant': 'Your own tenant id (Microsoft Entra)',
  'options.partnerTenant.hint':
    'Used when importing Microsoft Graph directory subscriptions, to tell subscriptions through you from another partner’s.',
  'options.partnerTenant.invalid':
    'Not saved: enter a tenant id such as 11111111-2222-4333-8444-555555555555.',
  'options.edition': 'Rules edition',
  'options.editionHelp':
    'Badges follow the newest edition of Microsoft’s rules unless you pin an earlier one here.',
  'options.editionNewest': 'Newest ({id})',
  'popup.title': 'Multichannel Advisor',
  'popup.page': 'This page',
  'popup.noPage': 'Not a Partner Center subscriptions page.',
  'popup.off': 'Annotation is turned off in the options.',
  'popup.loading': 'Reading the page…',
  'popup.recognized': 'Subscriptions found: {count}',
  'popup.unread': 'Not annotated, layout not recognized:',
  'popup.notRecognized': 'Layout not recognized',
  'popup.notRecognizedHelp':
    'The page does not look like the Subscriptions page the extension knows, so it shows no badges rather than guess. Partner Center may have changed its layout, or the page may use a language the extension does not know yet.',
  'popup.checker': 'Quick check',
  'popup.checkerIntro': 'Answer what you know; the decision shows what is still missing.',
  'popup.notSure': 'Not sure',
  'popup.yes': 'Yes',
  'popup.no': 'No',
  'popup.options': 'Options',
  'options.title': 'Multichannel Advisor options',
  'options.partnerType': 'Partner type',
  'options.roles': 'Your Partner Center roles',
  'options.language': 'Language',
  'options.language.auto': 'Browser language',
  'options.language.en': 'English',
  'options.language.hu': 'Magyar (Hungarian)',
  'options.annotate': 'Show badges on Partner Center pages',
  'options.hosts': 'Extra Partner Center hosts',
  'options.hostsHelp':
    'For example the US Government cloud’s Partner Center. The browser asks for permission to read that site.',
  'options.hostOrigin': 'Address (https://…)',
  'options.hostCloud': 'Cloud',
  'options.addHost': 'Add host',
  'options.removeHost': 'Remove',
  'options.hostDenied': 'Permission was not granted.',
  'options.hostInvalid': 'Enter an https address without a path.',
  'options.hostBuiltIn': 'partner.microsoft.com is always covered: add only other hosts.',
  'options.saved': 'Saved.',
  'options.quarantine': 'Data set aside',
  'options.quarantineHelp':
    'These stored values could not be read. Restore what is valid again, or download them, correct them and restore from the file; download them before clearing.',
  'options.download': 'Download',
  'options.clear': 'Clear',
  'options.restore': 'Restore',
  'options.restoreFile': 'Restore from a file (a download of this list, corrected)',
  'options.restored': 'Restored {count}.',
  'options.restoreFailed': 'Still set aside: {error}',
  'options.notJson': 'The file is not a list of set-aside data: {error}',
} as const;

type PageKey = keyof typeof en;

const hu: Record<PageKey, string> = {
  'reason.no-sections': 'Az oldalon nincs olyan előfizetés-szakasz, amelynek címét a bővítmény ismeri.',
  'reason.no-grid': 'Egy előfizetés-szakaszban nincs előfizetéseket tartalmazó táblázat.',
  'reason.no-name-column': 'Egy előfizetés-táblázatban nincs „Név” oszlop.',
  'options.partnerTenant': 'Saját bérlőazonosító (Microsoft Entra)',
  'options.partnerTenant.hint':
    'A Microsoft Graph címtár-előfizetések importálásakor ebből derül ki, mely előfizetések Önön keresztül futnak, és melyek egy másik partneren.',
  'options.partnerTenant.invalid':
    'Nincs mentve: adjon meg egy bérlőazonosítót, például 11111111-2222-4333-8444-555555555555.',
  'options.edition': 'A szabályok kiadása',
  'options.editionHelp':
    'A jelvények a Microsoft szabályainak legújabb kiadását követik, hacsak itt nem rögzít egy korábbit.',
  'options.editionNewest': 'Legújabb ({id})',
  'popup.title': 'Multichannel Advisor',
  'popup.page': 'Ez az oldal',
  'popup.noPage': 'Ez nem a Partnerközpont előfizetési oldala.',
  'popup.off': 'A jelölés ki van kapcsolva a beállításokban.',
  'popup.loading': 'Az oldal olvasása…',
  'popup.recognized': 'Talált előfizetések: {count}',
  'popup.unread': 'Jelvények nélkül maradt, ismeretlen felépítésű szakaszok:',
  'popup.notRecognized': 'Az oldal felépítése ismeretlen',
  'popup.notRecognizedHelp':
    'Az oldal nem úgy néz ki, mint a bővítmény által ismert Előfizetések lap, ezért találgatás helyett nem jelenít meg jelvényeket. Lehet, hogy a Partnerközpont megváltozott, vagy az oldal nyelvét a bővítmény még nem ismeri.',
  'popup.checker': 'Gyors ellenőrzés',
  'popup.checkerIntro': 'Válaszoljon arra, amit tud; a döntés megmutatja, mi hiányzik még.',
  'popup.notSure': 'Nem tudom',
  'popup.yes': 'Igen',
  'popup.no': 'Nem',
  'popup.options': 'Beállítások',
  'options.title': 'Multichannel Advisor beállításai',
  'options.partnerType': 'Partnertípus',
  'options.roles': 'Az Ön Partnerközpont-szerepkörei',
  'options.language': 'Nyelv',
  'options.language.auto': 'A böngésző nyelve',
  'options.language.en': 'English (angol)',
  'options.language.hu': 'Magyar',
  'options.annotate': 'Jelvények megjelenítése a Partnerközpont oldalain',
  'options.hosts': 'További Partnerközpont-címek',
  'options.hostsHelp':
    'Például az USA kormányzati felhőjének Partnerközpontja. A böngésző engedélyt kér a webhely olvasásához.',
  'options.hostOrigin': 'Cím (https://…)',
  'options.hostCloud': 'Felhő',
  'options.addHost': 'Cím hozzáadása',
  'options.removeHost': 'Törlés',
  'options.hostDenied': 'Az engedélyt nem kapta meg a bővítmény.',
  'options.hostInvalid': 'Adjon meg egy https-címet elérési út nélkül.',
  'options.hostBuiltIn':
    'A partner.microsoft.com címen a bővítmény mindig működik: csak más címet adjon meg.',
  'options.saved': 'Mentve.',
  'options.quarantine': 'Félretett adatok',
  'options.quarantineHelp':
    'Ezek a mentett értékek nem olvashatók. Ami már érvényes, visszaállítható; vagy töltse le, javítsa, és állítsa vissza a fájlból. Törlés előtt töltse le őket.',
  'options.download': 'Letöltés',
  'options.clear': 'Törlés',
  'options.restore': 'Visszaállítás',
  'options.restoreFile': 'Visszaállítás fájlból (e lista javított letöltése)',
  'options.restored': '{count} visszaállítva.',
  'options.restoreFailed': 'Továbbra is félretéve: {error}',
  'options.notJson': 'A fájl nem félretett adatok listája: {error}',
};

/** An interface text of the options page or the popup. */
export const ui = textLookup<UiKey | PageKey>({ en: { ...sharedEn, ...en }, hu: { ...sharedHu, ...hu } });
