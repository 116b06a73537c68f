// Reads and writes the bought-elsewhere records in extension storage. Unreadable data is set
// aside in the quarantine (and reported), never silently dropped.
import { browser } from 'wxt/browser';
import {
  type BoughtElsewhereRecord,
  EMPTY_STORE,
  mergeImport,
  migrateStore,
  type Store,
  StoreV2,
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
    if (result.migratedFrom !== null) await saveStore(result.store);
    return { store: result.store, setAsideError: null };
  }
  await setAside(BOUGHT_ELSEWHERE_KEY, raw, result.error);
  await saveStore(EMPTY_STORE);
  return { store: EMPTY_STORE, setAsideError: result.error };
}

export async function saveStore(store: Store): Promise<void> {
  await browser.storage.local.set({ [BOUGHT_ELSEWHERE_KEY]: StoreV2.parse(store) });
}

export async function upsertRecord(customerId: string, record: BoughtElsewhereRecord): Promise<Store> {
  const { store } = await loadStore();
  const next = mergeImport(store, customerId, [record]);
  await saveStore(next);
  return next;
}

export async function removeRecord(customerId: string, id: string): Promise<Store> {
  const { store } = await loadStore();
  const records = (store.customers[customerId] ?? []).filter((r) => r.id !== id);
  const next = { ...store, customers: { ...store.customers, [customerId]: records } };
  await saveStore(next);
  return next;
}

export async function importRecords(customerId: string, records: BoughtElsewhereRecord[]): Promise<Store> {
  const { store } = await loadStore();
  const next = mergeImport(store, customerId, records);
  await saveStore(next);
  return next;
}
