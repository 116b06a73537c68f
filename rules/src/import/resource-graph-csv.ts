// The CSV that the Azure portal's Resource Graph explorer downloads for the documented query
// (RESOURCE_GRAPH_QUERY). Column names are the query's; they are matched ignoring case, and a
// `properties` column (the query without the projection) is read as well.
import { azureRecord } from './azure-subscription.ts';
import type { CsvTable } from './csv.ts';
import { ImportError } from './errors.ts';
import type { ImportedFile } from './record.ts';

export const RESOURCE_GRAPH_QUERY = `resourcecontainers
| where type == 'microsoft.resources/subscriptions'
| project subscriptionId, name, quotaId = tostring(properties.subscriptionPolicies.quotaId), state = tostring(properties.state), tenantId`;

function column(header: string[], ...names: string[]): string | undefined {
  return header.find((h) => names.includes(h.toLowerCase()));
}

export function isResourceGraphCsv(table: CsvTable): boolean {
  return column(table.header, 'subscriptionid') !== undefined;
}

function quotaFromProperties(file: string, row: number, text: string): string {
  try {
    const quotaId = JSON.parse(text)?.subscriptionPolicies?.quotaId;
    if (typeof quotaId === 'string' && quotaId) return quotaId;
  } catch {
    // reported below
  }
  throw new ImportError(
    file,
    'shape',
    { key: 'import.at.row-column', params: { row: String(row), column: 'properties' } },
    { key: 'import.rg.properties' },
  );
}

export function importResourceGraphCsv(file: string, table: CsvTable): ImportedFile {
  const idColumn = column(table.header, 'subscriptionid') as string;
  const quotaColumn = column(table.header, 'quotaid');
  const propertiesColumn = column(table.header, 'properties');
  const nameColumn = column(table.header, 'name', 'displayname', 'subscriptionname');
  if (!quotaColumn && !propertiesColumn)
    throw new ImportError(
      file,
      'no-quota-id',
      { key: 'import.at.header' },
      {
        key: 'import.rg.no-quota-column',
        params: { columns: table.header.join(', '), query: RESOURCE_GRAPH_QUERY },
      },
    );
  const used = [idColumn, quotaColumn, propertiesColumn, nameColumn];
  return {
    file,
    format: 'resource-graph-csv',
    records: table.rows.map(({ row, cells }) => {
      const subscriptionId = (cells[idColumn] as string).trim();
      if (!subscriptionId)
        throw new ImportError(
          file,
          'shape',
          { key: 'import.at.row-column', params: { row: String(row), column: String(idColumn) } },
          { key: 'import.rg.no-id' },
        );
      const quotaId = quotaColumn
        ? (cells[quotaColumn] as string).trim()
        : quotaFromProperties(file, row, cells[propertiesColumn as string] as string);
      if (!quotaId)
        throw new ImportError(
          file,
          'shape',
          { key: 'import.at.row-column', params: { row: String(row), column: String(quotaColumn) } },
          { key: 'import.rg.no-quota' },
        );
      const other = Object.fromEntries(
        Object.entries(cells).filter(([name, cell]) => !used.includes(name) && cell !== ''),
      );
      return azureRecord({
        subscriptionId,
        name: nameColumn ? (cells[nameColumn] as string) : subscriptionId,
        quotaId,
        quotaField: quotaColumn ?? 'properties.subscriptionPolicies.quotaId',
        file,
        format: 'resource-graph-csv',
        otherFields: other,
      });
    }),
    billingAccounts: [],
    notes: [],
  };
}
