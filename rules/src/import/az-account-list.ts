// `az account list` (and `az account show`) print the subscriptions of the local Azure CLI
// profile, without quotaId, so they cannot tell where anything was bought. Recognised only to
// say what to run instead.
import { ImportError } from './errors.ts';
import { firstObject } from './json.ts';
import { RESOURCE_GRAPH_QUERY } from './resource-graph-csv.ts';

export const ARM_SUBSCRIPTIONS_COMMAND =
  'az rest --method get --url "https://management.azure.com/subscriptions?api-version=2022-12-01" > subscriptions.json';

export function isAzAccountList(value: unknown): boolean {
  const first = firstObject(value);
  return !!first && 'isDefault' in first && 'cloudName' in first;
}

export function rejectAzAccountList(file: string): never {
  throw new ImportError(
    file,
    'no-quota-id',
    { key: 'import.at.path', params: { path: '$' } },
    {
      key: 'import.az-account-list',
      params: { command: ARM_SUBSCRIPTIONS_COMMAND, query: RESOURCE_GRAPH_QUERY },
    },
  );
}
