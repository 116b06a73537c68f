// The background's answers to the content script: decisions (through the rules package),
// questions and labels from the edition, offer IDs, and what is recorded per customer
// (validated storage). Facts from a page or storage are checked here against the edition in use.
import {
  checkFacts,
  classifyOfferId,
  decisionFacts,
  FactsError,
  parseFacts,
  pickFacts,
} from '@multichannel/rules';
import { RESOURCE_GRAPH_QUERY } from '@multichannel/rules/plan';
import { advise, editionFor } from '../decisions/advice.ts';
import { editionView, toView } from '../decisions/advice-view.ts';
import { customerFactsOf, factQuestion, formQuestions } from '../decisions/fact-questions.ts';
import { inventoryTexts } from '../i18n/inventory-strings.ts';
import { BackgroundRequest, type BackgroundRequest as Request, type StorageState } from '../messages.ts';
import { ROW_FACTS } from '../page/labels.ts';
import {
  importFile,
  loadStore,
  mergeImportedRecords,
  readCustomer,
  removeRecord,
  restoreEntries,
  setCustomerFacts,
  upsertRecord,
} from '../storage/bought-elsewhere.ts';
import { type CustomerFactsChange, exportCustomer, parseImport } from '../storage/bought-elsewhere-schema.ts';
import { quarantineCount } from '../storage/quarantine.ts';
import { DEFAULT_SETTINGS, loadSettings } from '../storage/settings.ts';
import { lastWriteProblem } from '../storage/storage-problem.ts';
import { type InventoryDialog, previewImport, recordsToImport } from './import-preview.ts';

/** The answers about a customer, checked: only its customer-level facts, with values the edition allows. */
function checkedCustomerFacts(edition: string | undefined, change: CustomerFactsChange): CustomerFactsChange {
  const table = editionFor(edition);
  const allowed = customerFactsOf(table);
  const set = Object.fromEntries(Object.entries(change).filter(([, value]) => value !== null));
  const problems = [
    ...Object.keys(change)
      .filter((fact) => !allowed.includes(fact))
      .map((fact) => ({
        fact,
        message: `${fact} is not asked about the customer; these are: ${allowed.join(', ')}`,
      })),
    ...checkFacts(table, set),
  ];
  if (problems.length > 0) throw new FactsError(problems);
  return change;
}

/** An Azure offer ID as the record's facts it fills: the edition's per-record decision facts only. */
function offerFacts(edition: string | undefined, offerId: string) {
  const offer = classifyOfferId(offerId);
  if (!offer.ok) return offer;
  const table = editionFor(edition);
  const asked = decisionFacts(table).filter((fact) => !customerFactsOf(table).includes(fact));
  const { ok: _, offerId: id, ...rest } = offer;
  const known = Object.fromEntries(Object.entries(rest).filter(([fact]) => asked.includes(fact)));
  const wrong = new Set(checkFacts(table, known).map((p) => p.fact));
  return {
    ok: true,
    offerId: id,
    facts: pickFacts(table, Object.fromEntries(Object.entries(known).filter(([f]) => !wrong.has(f)))),
  };
}

async function answer(request: Request): Promise<unknown> {
  switch (request.type) {
    case 'multichannel:settings':
      // The content script starts from these: storage that cannot be read still gives badges.
      return loadSettings().catch(() => DEFAULT_SETTINGS);
    case 'multichannel:advice': {
      const table = editionFor(request.edition);
      return toView(table, advise(table, request.facts, request.context, request.locale), request.locale);
    }
    case 'multichannel:vocabulary': {
      const table = editionFor(request.edition);
      return {
        edition: editionView(table, request.locale),
        customerQuestions: customerFactsOf(table).map((fact) => factQuestion(table, request.locale, fact)),
      };
    }
    case 'multichannel:form': {
      const table = editionFor(request.edition);
      return formQuestions(table, request.locale, request.answers, request.customer, ROW_FACTS);
    }
    case 'multichannel:offer':
      return offerFacts(request.edition, request.offerId);
    case 'multichannel:customer':
      return readCustomer(request.customerId);
    case 'multichannel:save-record': {
      // The form offers only the edition's values; anything else is refused, naming what is allowed.
      parseFacts(editionFor(request.edition), request.record.facts);
      return upsertRecord(request.customerId, request.record);
    }
    case 'multichannel:remove-record':
      return removeRecord(request.customerId, request.id);
    case 'multichannel:set-customer-facts':
      return setCustomerFacts(request.customerId, checkedCustomerFacts(request.edition, request.facts));
    case 'multichannel:import': {
      const parsed = parseImport(request.text);
      if (!parsed.ok) return parsed;
      const data = await importFile(request.customerId, parsed.file);
      return { ok: true, count: parsed.file.records.length, data };
    }
    case 'multichannel:inventory-query':
      return { query: RESOURCE_GRAPH_QUERY, texts: inventoryTexts(request.locale) } satisfies InventoryDialog;
    case 'multichannel:inventory-preview': {
      const settings = await loadSettings().catch(() => DEFAULT_SETTINGS);
      const customer = await readCustomer(request.customerId);
      return previewImport(editionFor(request.edition), {
        ...request,
        partnerTenant: settings.partnerTenant,
        customerFacts: customer.facts,
      });
    }
    case 'multichannel:inventory-save': {
      const settings = await loadSettings().catch(() => DEFAULT_SETTINGS);
      const read = recordsToImport(editionFor(request.edition), {
        ...request,
        partnerTenant: settings.partnerTenant,
      });
      // Every file left out: nothing to save, nothing changes.
      if (read.failed.length === request.files.length) return { ok: false, failed: read.failed };
      return {
        ok: true,
        count: read.records.length,
        failed: read.failed,
        data: await mergeImportedRecords(request.customerId, read.records, read.customerFacts),
      };
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
