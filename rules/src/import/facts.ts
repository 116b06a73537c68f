// From imported files to the facts of one edition. Records of the same subscription in several
// files are merged by id; billing accounts narrow the EA / customer-agreement ambiguity of a
// quotaId; each fact is the one value every source leaves possible, and only when the edition
// declares the fact and the value. Anything else stays unknown, with the candidates shown.
import type { DecisionTable } from '../schema.ts';
import type { FactValue } from '../vocabulary.ts';
import { declaredValues } from './declared.ts';
import { quotaIdMeaning } from './quota-id.ts';
import type {
  BillingAccount,
  FactReading,
  FormatId,
  ImportedFile,
  ImportedRecord,
  Sentence,
} from './record.ts';

export interface FactFinding {
  fact: string;
  /** The value, when the sources leave exactly one that the edition declares. */
  value: FactValue | null;
  /** The declared values still possible when the value is not known. */
  candidates: FactValue[];
  /** True when the sources contradict each other. */
  conflict: boolean;
  readings: FactReading[];
}

export interface SubscriptionFacts {
  id: string;
  name: string;
  files: string[];
  formats: FormatId[];
  facts: Record<string, FactValue>;
  findings: FactFinding[];
  skip?: Sentence;
  otherFields: Record<string, string>;
}

interface Row {
  records: ImportedRecord[];
  readings: FactReading[];
}

function mergeById(records: ImportedRecord[]): Row[] {
  const rows: Row[] = [];
  const byId = new Map<string, Row>();
  for (const record of records) {
    const ids = [record.id, ...record.aliases].map((id) => id.trim().toLowerCase());
    let row = ids.map((id) => byId.get(id)).find((r) => r !== undefined);
    if (!row) {
      row = { records: [], readings: [] };
      rows.push(row);
    }
    row.records.push(record);
    row.readings.push(...record.readings);
    for (const id of ids) byId.set(id, row);
  }
  return rows;
}

/** What the customer's billing accounts say about an EA-or-customer-agreement quotaId. */
function agreementReading(quotaId: string, accounts: BillingAccount[]): FactReading | undefined {
  const meaning = quotaIdMeaning(quotaId);
  if (!meaning?.byAgreement || accounts.length === 0) return undefined;
  const byAgreement = meaning.byAgreement;
  const relevant = accounts.filter((a) => byAgreement[a.agreementType] !== undefined);
  const raw = [...new Set(accounts.map((a) => a.agreementType))].join(', ');
  const base = { fact: 'channel', file: accounts[0]?.file ?? '', field: 'agreementType', raw };
  if (relevant.length === 0)
    return { ...base, candidates: null, key: 'read.billing.no-agreement', params: { quotaId, raw } };
  const candidates = new Set<FactValue>();
  for (const account of relevant) {
    // Whether a partner-led customer agreement shows in billingRelationshipTypes is not
    // documented: such an account cannot narrow anything.
    const partnerLed =
      account.agreementType === 'MicrosoftCustomerAgreement' &&
      account.relationshipTypes.some((t) => t !== 'Direct');
    for (const channel of partnerLed ? meaning.channels : [byAgreement[account.agreementType] as FactValue])
      candidates.add(channel);
  }
  return {
    ...base,
    file: relevant[0]?.file ?? base.file,
    raw: [...new Set(relevant.map((a) => a.agreementType))].join(', '),
    candidates: [...candidates],
    key: candidates.size === 1 ? 'read.billing.agreement' : 'read.billing.agreements-mixed',
    params: { quotaId, raw: [...new Set(relevant.map((a) => a.agreementType))].join(', ') },
  };
}

function cspPartnerReading(accounts: BillingAccount[]): FactReading | undefined {
  const account = accounts.find((a) => a.agreementType === 'MicrosoftPartnerAgreement');
  return account
    ? {
        fact: 'customerIsCspPartner',
        candidates: [true],
        file: account.file,
        field: 'agreementType',
        raw: account.agreementType,
        key: 'read.billing.partner-agreement',
        params: { account: account.name },
      }
    : undefined;
}

function finding(table: DecisionTable, fact: string, readings: FactReading[]): FactFinding | undefined {
  const declared = declaredValues(table, fact);
  if (!declared) return undefined;
  let possible: FactValue[] | null = null;
  for (const reading of readings) {
    if (reading.candidates === null) continue;
    const allowed = new Set<FactValue>(reading.candidates);
    possible = (possible ?? reading.candidates).filter((v) => allowed.has(v));
  }
  const single = possible?.length === 1 ? (possible[0] as FactValue) : undefined;
  // One value left that the edition cannot express is not an answer: stay unknown.
  const value = single !== undefined && declared.includes(single) ? single : null;
  return {
    fact,
    value,
    candidates: value !== null ? [value] : (possible ?? [...declared]).filter((v) => declared.includes(v)),
    conflict: possible !== null && possible.length === 0,
    readings,
  };
}

/** The unused fields of every source; a name that two files share is told apart by its file. */
function mergeFields(records: ImportedRecord[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const record of records)
    for (const [key, value] of Object.entries(record.otherFields)) {
      const name = key in out && out[key] !== value ? `${key} (${record.file})` : key;
      out[name] = value;
    }
  return out;
}

export function subscriptionFacts(table: DecisionTable, files: ImportedFile[]): SubscriptionFacts[] {
  const accounts = files.flatMap((f) => f.billingAccounts);
  const customerReading = cspPartnerReading(accounts);
  // The billing accounts say the same about every subscription of one quotaId.
  const agreements = new Map<string, FactReading | undefined>();
  const agreementFor = (quotaId: string) => {
    if (!agreements.has(quotaId)) agreements.set(quotaId, agreementReading(quotaId, accounts));
    return agreements.get(quotaId);
  };
  return mergeById(files.flatMap((f) => f.records)).map(({ records, readings }) => {
    const first = records[0] as ImportedRecord;
    const single = records.length === 1;
    const quotaId = single ? first.quotaId : records.find((r) => r.quotaId)?.quotaId;
    const byFact = new Map<string, FactReading[]>();
    for (const reading of [...readings, quotaId ? agreementFor(quotaId) : undefined, customerReading]) {
      if (!reading) continue;
      const same = byFact.get(reading.fact);
      if (same) same.push(reading);
      else byFact.set(reading.fact, [reading]);
    }
    const findings: FactFinding[] = [];
    const facts: Record<string, FactValue> = {};
    for (const [fact, same] of byFact) {
      const found = finding(table, fact, same);
      if (!found) continue;
      findings.push(found);
      if (found.value !== null) facts[fact] = found.value;
    }
    const skip = records.find((r) => r.skip)?.skip;
    return {
      id: first.id,
      name: (single ? first : (records.find((r) => r.format !== 'partner-center-subscriptions') ?? first))
        .name,
      files: single ? [first.file] : [...new Set(records.map((r) => r.file))],
      formats: single ? [first.format] : [...new Set(records.map((r) => r.format))],
      facts,
      findings,
      ...(skip ? { skip } : {}),
      otherFields: single ? first.otherFields : mergeFields(records),
    };
  });
}
