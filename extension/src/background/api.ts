// The background's answers to the content script: decisions (through the rules package),
// labels, offer IDs, and what is recorded per customer (validated storage).
import { classifyOfferId } from '@multichannel/rules';
import { advise } from '../decisions/advice.ts';
import { formVocabulary, toView } from '../decisions/advice-view.ts';
import { BackgroundRequest, type BackgroundRequest as Request, type StorageState } from '../messages.ts';
import {
  importFile,
  loadStore,
  readCustomer,
  removeRecord,
  restoreEntries,
  setCspPartner,
  upsertRecord,
} from '../storage/bought-elsewhere.ts';
import { exportCustomer, parseImport } from '../storage/bought-elsewhere-schema.ts';
import { quarantineCount } from '../storage/quarantine.ts';
import { DEFAULT_SETTINGS, loadSettings } from '../storage/settings.ts';
import { lastWriteProblem } from '../storage/storage-problem.ts';

async function answer(request: Request): Promise<unknown> {
  switch (request.type) {
    case 'multichannel:settings':
      // The content script starts from these: storage that cannot be read still gives badges.
      return loadSettings().catch(() => DEFAULT_SETTINGS);
    case 'multichannel:advice':
      return toView(advise(request.facts, request.partner, request.locale), request.locale);
    case 'multichannel:vocabulary':
      return formVocabulary(request.locale);
    case 'multichannel:offer':
      return classifyOfferId(request.offerId);
    case 'multichannel:customer':
      return readCustomer(request.customerId);
    case 'multichannel:save-record':
      return upsertRecord(request.customerId, request.record);
    case 'multichannel:remove-record':
      return removeRecord(request.customerId, request.id);
    case 'multichannel:set-csp-partner':
      return setCspPartner(request.customerId, request.answer);
    case 'multichannel:import': {
      const parsed = parseImport(request.text);
      if (!parsed.ok) return parsed;
      const data = await importFile(request.customerId, parsed.file);
      return { ok: true, count: parsed.file.records.length, data };
    }
    case 'multichannel:export':
      return exportCustomer((await loadStore()).store, request.customerId);
    case 'multichannel:storage-state':
      return { problem: lastWriteProblem(), setAside: await quarantineCount() } satisfies StorageState;
    case 'multichannel:restore':
      return restoreEntries(request.entries);
  }
}

/** For runtime.onMessage: answers our requests (a promise), ignores anything else. */
export function handleMessage(message: unknown): Promise<unknown> | undefined {
  const parsed = BackgroundRequest.safeParse(message);
  if (!parsed.success) return undefined;
  return answer(parsed.data);
}
