// Reads and writes what the partner recorded per customer in extension storage. Only what is
// invalid is set aside in the quarantine (per customer and per record), moved there in the same
// write that stores the cleaned data, so storage never holds two copies; so is a copy of data a
// migration could not carry over exactly. A write the browser refuses (storage full) is a
// reported state: the data as read is still used, and nothing stored is lost.

import { browser } from 'wxt/browser';
import {
  type BoughtElsewhereRecord,
  type CustomerData,
  type CustomerFactsChange,
  customerData,
  EMPTY_STORE,
  type ExportFile,
  mergeImport,
  mergeRecords,
  migrateStore,
  NO_CUSTOMER_DATA,
  type Store,
  type StoredFacts,
  validStore,
  withCustomer,
  withCustomerFacts,
} from './bought-elsewhere-schema.ts';
import { fillCustomerFacts, mergeBySubscription } from './import-records.ts';
import { BOUGHT_ELSEWHERE_KEY } from './keys.ts';
import {
  dropTombstones,
  type QuarantineEntry,
  quarantineItems,
  releaseItems,
  type SetAsidePart,
} from './quarantine.ts';
import { lastWriteProblem, type StorageProblem, tracked } from './storage-problem.ts';

export { BOUGHT_ELSEWHERE_KEY };

export interface LoadedStore {
  store: Store;
  /** Set when part of the stored data could not be read and was (or is to be) set aside. */
  setAsideError: string | null;
  /** Set when the cleaned or migrated data could not be stored; `store` is then only in memory. */
  problem: StorageProblem | null;
  /** Quarantine entries a failed write could not store: the next save writes them along. */
  pending: Record<string, unknown>;
}

export async function loadStore(): Promise<LoadedStore> {
  const { [BOUGHT_ELSEWHERE_KEY]: raw } = await browser.storage.local.get(BOUGHT_ELSEWHERE_KEY);
  const clean = (store: Store): LoadedStore => ({ store, setAsideError: null, problem: null, pending: {} });
  if (raw === undefined) return clean(EMPTY_STORE);
  const result = migrateStore(raw);
  if (result.ok && result.migratedFrom === null && result.setAside.length === 0) return clean(result.store);
  const store = result.ok ? result.store : EMPTY_STORE;
  const parts = result.ok ? result.setAside : [{ raw, error: result.error }];
  const setAsideError = parts.length > 0 ? parts.map((p) => p.error).join('\n') : null;
  const pending = await quarantineItems(BOUGHT_ELSEWHERE_KEY, parts);
  try {
    await saveStore(store, pending);
    return { store, setAsideError, problem: null, pending: {} };
  } catch {
    return { store, setAsideError, problem: lastWriteProblem(), pending };
  }
}

/** Stores `store`, with any `items` (quarantine entries) in the same write. */
export function saveStore(store: Store, items: Record<string, unknown> = {}): Promise<void> {
  return tracked(() => browser.storage.local.set({ ...items, [BOUGHT_ELSEWHERE_KEY]: validStore(store) }));
}

// Changes run one after another, so two quick ones (say, two clicks on an answer about the customer)
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
    const { store, pending } = await loadStore();
    const next = edit(store);
    await saveStore(next, pending);
    return customerData(next, customerId);
  });
}

/** A customer as read, with what went wrong with storage, if anything. */
export type CustomerReading = CustomerData & {
  setAsideError: string | null;
  storageProblem: StorageProblem | null;
};

/** One customer's data as stored, after any change asked for before; never fails (badges need no storage). */
export const readCustomer = (customerId: string): Promise<CustomerReading> =>
  queued(async () => {
    try {
      const { store, setAsideError, problem } = await loadStore();
      return {
        ...customerData(store, customerId),
        setAsideError,
        storageProblem: problem ?? lastWriteProblem(),
      };
    } catch {
      return { ...NO_CUSTOMER_DATA, setAsideError: null, storageProblem: 'failed' };
    }
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

export const importFile = (customerId: string, file: Pick<ExportFile, 'records' | 'facts'>) =>
  change(customerId, (store) => mergeImport(store, customerId, file));

/**
 * Adds an imported inventory's records, merged by subscription id, and the answers about the
 * customer that the files tell where the partner has given none (see import-records.ts).
 */
export const mergeImportedRecords = (
  customerId: string,
  imported: BoughtElsewhereRecord[],
  customerFacts: StoredFacts = {},
) =>
  change(customerId, (store) => {
    const current = customerData(store, customerId);
    return withCustomer(store, customerId, {
      ...current,
      facts: fillCustomerFacts(current.facts, customerFacts),
      records: mergeBySubscription(current.records, imported).records,
    });
  });

/** Sets or forgets (null) answers about the customer. */
export const setCustomerFacts = (customerId: string, facts: CustomerFactsChange) =>
  change(customerId, (store) => withCustomerFacts(store, customerId, facts));

export interface RestoreOutcome {
  id: string | undefined;
  /** Everything in the entry is back; otherwise `error` says what stays set aside and why. */
  ok: boolean;
  error?: string;
}

/**
 * Puts set-aside data back: what is valid now in each entry (after the user edited a download,
 * or after an update that reads it) is merged into the store by customer and record id, and the
 * entry leaves the quarantine in the same write; what is still invalid stays set aside, alone.
 */
export const restoreEntries = (entries: QuarantineEntry[]): Promise<RestoreOutcome[]> =>
  queued(async () => {
    const loaded = await loadStore();
    let store = loaded.store;
    const outcomes: RestoreOutcome[] = [];
    const stillInvalid: SetAsidePart[] = [];
    // Entries with something valid in them leave; their invalid rest is set aside again alone.
    const release: string[] = [];
    let changed = false;
    for (const entry of entries) {
      const result = migrateStore(entry.raw);
      if (!result.ok) {
        outcomes.push({ id: entry.id, ok: false, error: result.error });
        continue;
      }
      const customers = Object.entries(result.store.customers);
      for (const [customerId, data] of customers) store = mergeImport(store, customerId, data);
      const error = result.setAside.map((p) => p.error).join('\n');
      outcomes.push({ id: entry.id, ok: error === '', ...(error ? { error } : {}) });
      if (error !== '' && customers.length === 0) continue;
      changed = true;
      if (entry.id) release.push(entry.id);
      stillInvalid.push(...result.setAside);
    }
    if (!changed) return outcomes;
    const released = await releaseItems(release);
    // Entries written after the released ones: a part set aside again under its own id stays.
    const items = {
      ...loaded.pending,
      ...released,
      ...(await quarantineItems(BOUGHT_ELSEWHERE_KEY, stillInvalid)),
    };
    try {
      await saveStore(store, items);
    } catch (error) {
      return outcomes.map((o) => ({ id: o.id, ok: false, error: `not stored: ${String(error)}` }));
    }
    await dropTombstones(items);
    return outcomes;
  });
