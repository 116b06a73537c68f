// The inventory import dialog's texts. The dialog runs in the content script but gets these from
// the background with the Resource Graph query (inventory-query), so the content script's
// bundle does not carry them (its size aim, docs/benchmarks.md).
import type { Locale } from './locale.ts';

const en = {
  'inventory.title': 'Import an inventory',
  'inventory.intro':
    'Pick what the customer exported: Azure subscriptions, billing accounts, Graph directory or Partner Center subscriptions. Read here in your browser; nothing is uploaded.',
  'inventory.file': 'Inventory files (one or more, read together)',
  'inventory.query': 'Resource Graph query (run it in the Azure portal and download the CSV):',
  'inventory.copy': 'Copy query',
  'inventory.copied': 'Query copied.',
  'inventory.preview':
    '{count} subscriptions from {files}; {skipped} entries that are not purchases are left out.',
  'inventory.save': 'Save {count} records',
  'inventory.cancel': 'Cancel',
  'inventory.saved': '{count} imported records saved; ones already there were updated.',
  'inventory.fileFailed': 'Left out (the other files are still read): {error}',
  'inventory.tooMany': 'One import reads at most {max} files; left out: {files}.',
  'inventory.open': 'Open questions: ',
};

export type InventoryKey = keyof typeof en;

const hu: Record<InventoryKey, string> = {
  'inventory.title': 'Leltár importálása',
  'inventory.intro':
    'Válassza ki az ügyfél exportjait: Azure-előfizetések, számlázási fiókok, Graph címtár- vagy Partner Center-előfizetések. A böngésző olvassa be őket, semmi sem töltődik fel.',
  'inventory.file': 'Leltárfájlok (egy vagy több, együtt olvasva)',
  'inventory.query': 'Resource Graph-lekérdezés (futtassa az Azure Portalon, és töltse le a CSV-t):',
  'inventory.copy': 'Lekérdezés másolása',
  'inventory.copied': 'A lekérdezés a vágólapra került.',
  'inventory.preview':
    '{count} előfizetés ezekből: {files}; {skipped} nem vásárlásnak számító tétel kimarad.',
  'inventory.save': '{count} tétel mentése',
  'inventory.cancel': 'Mégse',
  'inventory.saved': '{count} importált tétel mentve; a már meglévők frissültek.',
  'inventory.fileFailed': 'Kimarad (a többi fájlt így is beolvassuk): {error}',
  'inventory.tooMany': 'Egy importálás legfeljebb {max} fájlt olvas be; kimarad: {files}.',
  'inventory.open': 'Nyitott kérdések: ',
};

/** The dialog's texts in one language, placeholders such as `{count}` not yet filled. */
export type InventoryTexts = Record<InventoryKey, string>;

export const inventoryTexts = (locale: Locale): InventoryTexts => (locale === 'hu' ? hu : en);
