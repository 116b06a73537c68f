// An edition as a DMN 1.3 decision table: one input per decision fact (with its allowed values),
// two outputs (status and rule id), hit policy UNIQUE, FEEL unary tests, and each rule's title as
// its description and its rationale and source as annotations. The texts are English: DMN has
// one text per element. dmn-moddle reads the result without warnings and feelin evaluates it
// like match() on every combination (dmn-export.test.ts).

import { learnUrl } from '../links.ts';
import type { DecisionTable, FactValue } from '../schema.ts';
import { factLabel, message } from '../texts.ts';
import { decisionFacts, ruleStatusesOf } from '../vocabulary.ts';
import { feelUnaryTest, feelValueList, literal } from './unary-tests.ts';

export const DMN_NAMESPACE = 'https://www.omg.org/spec/DMN/20191111/MODEL/';
/** The namespace of the definitions we write, so an importer can tell our files apart. */
export const DMN_DEFINITIONS_NAMESPACE = 'urn:multichannel-advisor:decision-table';
/** The outputs and annotation columns, by name; the importer reads them back by these names. */
export const DMN_OUTPUTS = { status: 'status', ruleId: 'ruleId' } as const;
export const DMN_ANNOTATIONS = { rationale: 'rationale', source: 'source' } as const;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** Element text needs only &, < and > escaped (FEEL's quotes stay readable); attributes also ". */
const escapeText = (text: string) => text.replace(/[&<>]/g, (c) => ENTITIES[c] as string);
const escapeAttr = (text: string) => text.replace(/[&<>"]/g, (c) => ENTITIES[c] as string);

type Node = { name: string; attrs?: Record<string, string>; text?: string; children?: Node[] };

function render(node: Node, depth: number): string {
  const pad = '  '.repeat(depth);
  const attrs = Object.entries(node.attrs ?? {})
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join('');
  if (node.text !== undefined) return `${pad}<${node.name}${attrs}>${escapeText(node.text)}</${node.name}>`;
  if (!node.children?.length) return `${pad}<${node.name}${attrs} />`;
  return [
    `${pad}<${node.name}${attrs}>`,
    ...node.children.map((child) => render(child, depth + 1)),
    `${pad}</${node.name}>`,
  ].join('\n');
}

const text = (value: string): Node => ({ name: 'text', text: value });

/** A source as one line: "section (date): url", which the importer reads back. */
export function sourceAnnotation(
  table: DecisionTable,
  source: DecisionTable['rules'][number]['source'],
): string {
  return `${source.section} (${source.date}): ${learnUrl(table, source.link, 'en')}`;
}

function typeRef(values: readonly FactValue[]): 'boolean' | 'string' {
  return values.every((v) => typeof v === 'boolean') ? 'boolean' : 'string';
}

export function tableToDmn(table: DecisionTable): string {
  const id = table.edition.id;
  const facts = decisionFacts(table);
  const en = (key: string) => message(table, 'en', key);
  const inputs: Node[] = facts.map((fact): Node => {
    const values = table.facts[fact]?.values ?? [];
    const type = typeRef(values);
    return {
      name: 'input',
      attrs: { id: `input-${fact}`, label: factLabel(table, 'en', fact) },
      children: [
        {
          name: 'inputExpression',
          attrs: { id: `input-${fact}-expression`, typeRef: type },
          children: [text(fact)],
        },
        // A boolean's values are fixed; a text fact's are the closed list the edition declares.
        ...(type === 'string'
          ? [
              {
                name: 'inputValues',
                attrs: { id: `input-${fact}-values` },
                children: [text(feelValueList(values))],
              },
            ]
          : []),
      ],
    };
  });
  const outputs: Node[] = [
    {
      name: 'output',
      attrs: { id: 'output-status', name: DMN_OUTPUTS.status, typeRef: 'string' },
      children: [
        {
          name: 'outputValues',
          attrs: { id: 'output-status-values' },
          children: [text(feelValueList(ruleStatusesOf(table)))],
        },
      ],
    },
    {
      name: 'output',
      attrs: { id: 'output-rule', name: DMN_OUTPUTS.ruleId, typeRef: 'string' },
      children: [
        {
          name: 'outputValues',
          attrs: { id: 'output-rule-values' },
          children: [text(feelValueList(table.rules.map((r) => r.id)))],
        },
      ],
    },
  ];
  const rules: Node[] = table.rules.map((rule) => ({
    name: 'rule',
    attrs: { id: `rule-${rule.id}` },
    children: [
      { name: 'description', text: en(rule.title) },
      ...facts.map((fact) => ({
        name: 'inputEntry',
        attrs: { id: `rule-${rule.id}-${fact}` },
        children: [text(feelUnaryTest(Object.hasOwn(rule.when, fact) ? rule.when[fact] : undefined))],
      })),
      {
        name: 'outputEntry',
        attrs: { id: `rule-${rule.id}-status` },
        children: [text(literal(rule.status))],
      },
      { name: 'outputEntry', attrs: { id: `rule-${rule.id}-rule` }, children: [text(literal(rule.id))] },
      { name: 'annotationEntry', children: [text(en(rule.rationale))] },
      { name: 'annotationEntry', children: [text(sourceAnnotation(table, rule.source))] },
    ],
  }));
  const definitions: Node = {
    name: 'definitions',
    attrs: {
      xmlns: DMN_NAMESPACE,
      id: `edition-${id}`,
      name: en(table.edition.title),
      namespace: DMN_DEFINITIONS_NAMESPACE,
      exporter: 'multichannel-rules',
    },
    children: [
      {
        name: 'decision',
        attrs: { id: `decision-${id}`, name: `Multi-channel support ${id}` },
        children: [
          { name: 'description', text: sourceAnnotation(table, table.edition.source) },
          {
            name: 'decisionTable',
            attrs: { id: `table-${id}`, hitPolicy: 'UNIQUE' },
            children: [
              ...inputs,
              ...outputs,
              { name: 'annotation', attrs: { name: DMN_ANNOTATIONS.rationale } },
              { name: 'annotation', attrs: { name: DMN_ANNOTATIONS.source } },
              ...rules,
            ],
          },
        ],
      },
    ],
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${render(definitions, 0)}\n`;
}
