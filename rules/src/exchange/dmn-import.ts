// A DMN 1.3 decision table of the supported subset as a format-2 table file. The subset: one
// decision table, hit policy UNIQUE, inputs whose expression is a fact name (text inputs listing
// their allowed values in inputValues, or boolean inputs), a "status" output (and optionally a
// "ruleId" one), and input entries that are "-", a list of literals or not(...) of one. What DMN
// cannot say (status kinds, steps, Hungarian texts) is left for the author: kinds default to
// "action", and every text the file does not carry is missing, which `validate` lists.
import { DmnModdle, type ModdleElement } from 'dmn-moddle';
import type { Condition, FactValue } from '../schema.ts';
import { FactId, FactValue as FactValueSchema } from '../schema.ts';
import { DMN_ANNOTATIONS, DMN_OUTPUTS } from './dmn-export.ts';

export class DmnImportError extends Error {
  constructor(element: string, problem: string) {
    super(`DMN ${element}: ${problem}`);
    this.name = 'DmnImportError';
  }
}

const SUPPORTED =
  'supported: string or boolean inputs, entries "-", "a","b" or not("a","b"), hit policy UNIQUE';
const many = (element: ModdleElement, property: string) => (element[property] ?? []) as ModdleElement[];
const one = (element: ModdleElement, property: string) => element[property] as ModdleElement | undefined;
const where = (element: ModdleElement, kind: string) => `${kind}${element.id ? ` "${element.id}"` : ''}`;

/** `"a","b"` or `true` as values; undefined when the text is anything else. */
function literals(text: string): FactValue[] | undefined {
  const items = text.split(',').map((s) => s.trim());
  const values: FactValue[] = [];
  for (const item of items) {
    if (item === 'true' || item === 'false') values.push(item === 'true');
    else if (/^"(?:[^"\\]|\\.)*"$/.test(item)) values.push(item.slice(1, -1).replace(/\\(.)/g, '$1'));
    else return undefined;
  }
  return values;
}

function condition(text: string | undefined, at: string): Condition {
  const trimmed = (text ?? '').trim();
  if (trimmed === '' || trimmed === '-') return 'any';
  const negated = /^not\((.*)\)$/s.exec(trimmed);
  const values = literals(negated ? (negated[1] as string) : trimmed);
  if (!values)
    throw new DmnImportError(at, `the unary test ${JSON.stringify(trimmed)} is not supported; ${SUPPORTED}`);
  return negated ? { notIn: values } : { in: values };
}

function slug(value: FactValue, at: string): FactValue {
  if (!FactValueSchema.safeParse(value).success)
    throw new DmnImportError(
      at,
      `the value ${JSON.stringify(value)} is not lower-case words joined by hyphens`,
    );
  return value;
}

function stringOutput(text: string | undefined, at: string): string {
  const values = literals((text ?? '').trim());
  if (values?.length !== 1 || typeof values[0] !== 'string')
    throw new DmnImportError(
      at,
      `the output ${JSON.stringify(text)} is not one text literal such as "not-allowed"`,
    );
  return slug(values[0], at) as string;
}

function parseSource(text: string | undefined) {
  const found =
    /^(.+) \((\d{4}-\d{2}-\d{2})\): https:\/\/learn\.microsoft\.com\/[a-z]{2}-[a-z]{2}\/(\S+)$/.exec(
      text ?? '',
    );
  return found
    ? { section: found[1] as string, date: found[2] as string, path: found[3] as string }
    : undefined;
}

/** The table file (as JSON data, for `parseTable` and `validate`) that a DMN file describes. */
export async function dmnToTable(
  xml: string,
  today = new Date().toISOString().slice(0, 10),
): Promise<object> {
  let read: Awaited<ReturnType<DmnModdle['fromXML']>>;
  try {
    read = await new DmnModdle().fromXML(xml);
  } catch (error) {
    throw new DmnImportError('file', `not readable as DMN 1.3: ${(error as Error).message}`);
  }
  const [warning] = read.warnings;
  if (warning) throw new DmnImportError('file', warning.message);
  const tables = many(read.rootElement, 'drgElement')
    .map((d) => one(d, 'decisionLogic'))
    .filter((logic): logic is ModdleElement => logic?.$type === 'dmn:DecisionTable');
  if (tables.length !== 1)
    throw new DmnImportError(
      'definitions',
      `found ${tables.length} decision tables; exactly one is supported`,
    );
  const dmn = tables[0] as ModdleElement;
  const hitPolicy = (dmn.hitPolicy as string | undefined) ?? 'UNIQUE';
  if (hitPolicy !== 'UNIQUE')
    throw new DmnImportError(
      where(dmn, 'decisionTable'),
      `hit policy ${hitPolicy} is not supported; ${SUPPORTED}`,
    );

  const facts: Record<string, { use: 'decision'; values: FactValue[] }> = {};
  const labels: Record<string, string> = {};
  const factIds = many(dmn, 'input').map((input) => {
    const at = where(input, 'input');
    const expression = one(input, 'inputExpression');
    const fact = expression?.text?.trim() ?? '';
    if (!FactId.safeParse(fact).success)
      throw new DmnImportError(
        at,
        `the input expression ${JSON.stringify(fact)} is not a plain camelCase name; ${SUPPORTED}`,
      );
    const type = expression?.typeRef ?? 'string';
    let values: FactValue[];
    if (type === 'boolean') values = [true, false];
    else if (type === 'string') {
      const listed = one(input, 'inputValues')?.text;
      const parsed = listed === undefined ? undefined : literals(listed);
      if (!parsed?.length)
        throw new DmnImportError(
          at,
          'a string input needs inputValues listing its allowed values, e.g. "a","b"',
        );
      values = parsed.map((v) => slug(v, at));
    } else throw new DmnImportError(at, `type ${type} is not supported; ${SUPPORTED}`);
    facts[fact] = { use: 'decision', values };
    if (input.label) labels[`fact.${fact}`] = input.label;
    return fact;
  });

  const outputs = many(dmn, 'output');
  const statusAt = outputs.length === 1 ? 0 : outputs.findIndex((o) => o.name === DMN_OUTPUTS.status);
  const ruleIdAt = outputs.findIndex((o) => o.name === DMN_OUTPUTS.ruleId);
  if (statusAt < 0 || outputs.length > 2)
    throw new DmnImportError(
      where(dmn, 'decisionTable'),
      'supported outputs: one named "status", optionally one named "ruleId"',
    );
  const annotationAt = (name: string) => many(dmn, 'annotation').findIndex((a) => a.name === name);

  const links: Record<string, { path: string; title: string; asOf: string }> = {};
  const sourceOf = (text: string | undefined) => {
    const parsed = parseSource(text);
    const path = parsed?.path ?? 'partner-center';
    const link = path.split('/').pop() as string;
    links[link] = { path, title: `link.${link}`, asOf: parsed?.date ?? today };
    return { link, section: parsed?.section ?? 'to be named', date: parsed?.date ?? today };
  };
  const en: Record<string, string> = { ...labels };
  const statuses: string[] = [];
  const rules = many(dmn, 'rule').map((rule, r) => {
    const at = where(rule, `rule ${r + 1}`);
    const entries = many(rule, 'inputEntry');
    const when: Record<string, Condition> = {};
    factIds.forEach((fact, i) => {
      const c = condition(entries[i]?.text, `${at}, input ${fact}`);
      if (c !== 'any') when[fact] = c;
    });
    const out = many(rule, 'outputEntry');
    const status = stringOutput(out[statusAt]?.text, `${at}, output status`);
    if (!statuses.includes(status)) statuses.push(status);
    const id = ruleIdAt >= 0 ? stringOutput(out[ruleIdAt]?.text, `${at}, output ruleId`) : `rule-${r + 1}`;
    const annotations = many(rule, 'annotationEntry');
    const rationale = annotations[annotationAt(DMN_ANNOTATIONS.rationale)]?.text;
    if (rule.description) en[`rule.${id}.title`] = rule.description;
    if (rationale) en[`rule.${id}.rationale`] = rationale;
    const source = sourceOf(annotations[annotationAt(DMN_ANNOTATIONS.source)]?.text);
    return {
      id,
      when,
      status,
      steps: [],
      title: `rule.${id}.title`,
      rationale: `rule.${id}.rationale`,
      source,
    };
  });
  if (rules.length === 0) throw new DmnImportError(where(dmn, 'decisionTable'), 'has no rules');
  const undecided = ['needs-info', 'undecided', 'open'].find((s) => !statuses.includes(s)) as string;
  const definitions = read.rootElement;
  const editionId = /\d{4}-\d{2}/.exec(definitions.id ?? '')?.[0] ?? today.slice(0, 7);
  const decision = many(definitions, 'drgElement').find(
    (d) => one(d, 'decisionLogic') === dmn,
  ) as ModdleElement;
  if (definitions.name) en['edition.title'] = definitions.name;
  return {
    $schema: './decision-table.schema.json',
    format: 2,
    edition: {
      id: editionId,
      title: 'edition.title',
      effectiveDate: `${editionId}-01`,
      dateKnown: 'earliest',
      dateEvidence: 'edition.date-evidence',
      source: sourceOf(decision.description),
      hitPolicy: 'unique',
    },
    facts,
    statuses: Object.fromEntries([
      ...statuses.map((s) => [s, { kind: 'action' }]),
      [undecided, { kind: 'undecided' }],
    ]),
    links,
    steps: {},
    contextSteps: [],
    caveats: {},
    rules,
    messages: { en, hu: {} },
  };
}
