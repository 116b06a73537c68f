// An edition as a GoRules JSON Decision Model (JDM): request → decision table → response. The
// table reads each decision fact from the request's field of the same name and writes `status`
// and `ruleId`. ZEN has no UNIQUE hit policy; "collect" returns every rule that matches, so a
// consumer sees an overlap instead of a silently chosen first hit (our tables have none: the
// verifier proves it and jdm-export.test.ts checks one hit per combination with zen-engine).
import type { DecisionTable } from '../schema.ts';
import { factLabel, message } from '../texts.ts';
import { decisionFacts } from '../vocabulary.ts';
import { literal, zenUnaryTest } from './unary-tests.ts';

export const JDM_CONTENT_TYPE = 'application/vnd.gorules.decision';

interface JdmColumn {
  id: string;
  name: string;
  field: string;
}

export function tableToJdm(table: DecisionTable): object {
  const facts = decisionFacts(table);
  const inputs: JdmColumn[] = facts.map((fact) => ({
    id: `input-${fact}`,
    name: factLabel(table, 'en', fact),
    field: fact,
  }));
  const outputs: JdmColumn[] = [
    { id: 'output-status', name: 'Status', field: 'status' },
    { id: 'output-rule', name: 'Rule', field: 'ruleId' },
  ];
  const rules = table.rules.map((rule) => ({
    _id: rule.id,
    _description: message(table, 'en', rule.title),
    ...Object.fromEntries(
      facts.map((fact) => [
        `input-${fact}`,
        zenUnaryTest(Object.hasOwn(rule.when, fact) ? rule.when[fact] : undefined),
      ]),
    ),
    'output-status': literal(rule.status),
    'output-rule': literal(rule.id),
  }));
  return {
    contentType: JDM_CONTENT_TYPE,
    nodes: [
      { id: 'request', type: 'inputNode', name: 'Request', position: { x: 100, y: 200 } },
      {
        id: 'decision-table',
        type: 'decisionTableNode',
        name: `Multi-channel support ${table.edition.id}`,
        position: { x: 400, y: 200 },
        content: {
          hitPolicy: 'collect',
          passThrough: false,
          inputField: null,
          outputPath: null,
          executionMode: 'single',
          inputs,
          outputs,
          rules,
        },
      },
      { id: 'response', type: 'outputNode', name: 'Response', position: { x: 700, y: 200 } },
    ],
    edges: [
      { id: 'request-to-table', type: 'edge', sourceId: 'request', targetId: 'decision-table' },
      { id: 'table-to-response', type: 'edge', sourceId: 'decision-table', targetId: 'response' },
    ],
  };
}
