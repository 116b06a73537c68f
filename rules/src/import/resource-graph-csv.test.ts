// The documented Resource Graph query: the README shows the one the importer asks for, and the
// columns it projects are the ones the importer reads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from './detect.ts';
import { RESOURCE_GRAPH_QUERY } from './resource-graph-csv.ts';

describe('the Resource Graph query', () => {
  it('is the one in the README', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', '..', 'README.md'), 'utf8');
    expect(readme).toContain(RESOURCE_GRAPH_QUERY);
  });

  it('projects the columns the importer reads, in any letter case', () => {
    const projected = /\| project (.+)$/m
      .exec(RESOURCE_GRAPH_QUERY)?.[1]
      ?.split(', ')
      .map((c) => c.split(' = ')[0]);
    expect(projected).toEqual(['subscriptionId', 'name', 'quotaId', 'state', 'tenantId']);
    const header = (projected ?? []).map((c) => String(c).toUpperCase()).join(',');
    const file = importText('rg.csv', `${header}\ns1,Kft,PayAsYouGo_2014-09-01,Enabled,t1\n`);
    expect(file.records[0]).toMatchObject({ id: 's1', name: 'Kft', quotaId: 'PayAsYouGo_2014-09-01' });
    expect(file.records[0]?.otherFields).toEqual({ STATE: 'Enabled', TENANTID: 't1' });
  });

  it('reads the properties column of the query without the projection', () => {
    const properties = JSON.stringify({
      state: 'Enabled',
      subscriptionPolicies: { quotaId: 'CSP_2015-05-01' },
    });
    const csv = `subscriptionId,name,properties\ns1,Kft,"${properties.replace(/"/g, '""')}"\n`;
    expect(importText('rg.csv', csv).records[0]?.quotaId).toBe('CSP_2015-05-01');
    const broken = () => importText('rg.csv', 'subscriptionId,name,properties\ns1,Kft,{}\n');
    expect(broken).toThrow(/row 2, column properties/);
  });
});
