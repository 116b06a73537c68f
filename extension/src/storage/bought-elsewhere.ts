// Reads and writes what the partner recorded per customer in extension storage. Unreadable data
// is set aside in the quarantine (and reported), never silently dropped; so is a copy of data a
// migration could not carry over exactly.
import { browser } from 'wxt/browser';
import {
  type BoughtElsewhereRecord,
  type CustomerData,
  customerData,
  EMPTY_STORE,
  type ExportFile,
  mergeImport,
  mergeRecords,
  migrateStore,
  type Store,
  StoreV3,
  withCspPartner,
  withCustomer,
} from './bought-elsewhere-schema.ts';
import { setAside } from './quarantine.ts';

export const BOUGHT_ELSEWHERE_KEY = 'boughtElsewhere';

export interface LoadedStore {
  store: Store;
  /** Set when stored data could not be read and was moved to the quarantine. */
  setAsideError: string | null;
}

export async function loadStore(): Promise<LoadedStore> {
  const { [BOUGHT_ELSEWHERE_KEY]: raw } = await browser.storage.local.get(BOUGHT_ELSEWHERE_KEY);
  if (raw === undefined) return { store: EMPTY_STORE, setAsideError: null };
  const result = migrateStore(raw);
  if (result.ok) {
    // The data as it was stays available when the migration had to leave something out.
    if (result.notes.length > 0) await setAside(BOUGHT_ELSEWHERE_KEY, raw, result.notes.join('\n'));
    if (result.migratedFrom !== null) await saveStore(result.store);
    return { store: result.store, setAsideError: null };
  }
  await setAside(BOUGHT_ELSEWHERE_KEY, raw, result.error);
  await saveStore(EMPTY_STORE);
  return { store: EMPTY_STORE, setAsideError: result.error };
}

export async function saveStore(store: Store): Promise<void> {
  await browser.storage.local.set({ [BOUGHT_ELSEWHERE_KEY]: StoreV3.parse(store) });
}

// Changes run one after another, so two quick ones (say, two clicks on the CSP partner answer)
// never read the same store and lose one write.
let queue: Promise<unknown> = Promise.resolve();

// Reads wait for the writes asked for before them.
function queued<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task);
  queue = run.catch(() => undefined);
  return run;
}

function change(customerId: string, edit: (store: Store) => Store): Promise<CustomerData> {
  return queued(async () => {
    const next = edit((await loadStore()).store);
    await saveStore(next);
    return customerData(next, customerId);
  });
}

/** One customer's data as stored, after any change asked for before. */
export const readCustomer = (customerId: string) =>
  queued(async () => {
    const { store, setAsideError } = await loadStore();
    return { ...customerData(store, customerId), setAsideError };
  });

export const upsertRecord = (customerId: string, record: BoughtElsewhereRecord) =>
  change(customerId, (store) => mergeRecords(store, customerId, [record]));

export const removeRecord = (customerId: string, id: string) =>
  change(customerId, (store) => {
    const current = customerData(store, customerId);
    return withCustomer(store, customerId, {
      ...current,
      records: current.records.filter((r) => r.id !== id),
    });
  });

export const importFile = (customerId: string, file: Pick<ExportFile, 'records' | 'customerIsCspPartner'>) =>
  change(customerId, (store) => mergeImport(store, customerId, file));

export const setCspPartner = (customerId: string, answer: boolean | null) =>
  change(customerId, (store) => withCspPartner(store, customerId, answer));
