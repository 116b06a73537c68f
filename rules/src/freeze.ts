// Outcomes and decisions are kept and shared between calls (match.ts, decision-cache.ts):
// frozen, so that no caller can change what the next one gets.
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
