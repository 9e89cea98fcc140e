/**
 * A copy of `value` whose objects list their keys in sorted order, so the same data always
 * serialises to the same bytes whatever order its fields were written in (IndexedDB keeps
 * insertion order).
 */
export function sortKeysDeep<T>(value: T): T {
  if (Array.isArray(value)) return value.map(sortKeysDeep) as T;
  if (typeof value !== 'object' || value === null) return value;
  const object = value as Record<string, unknown>;
  return Object.fromEntries(Object.keys(object).sort().map((key) => [key, sortKeysDeep(object[key])])) as T;
}

/** JSON with sorted keys: equal data, equal strings. */
export function stableStringify(value: unknown, indent?: number): string {
  return JSON.stringify(sortKeysDeep(value), null, indent);
}
