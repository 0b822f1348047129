/**
 * Lays editor settings over the settings file's, key by key: objects (`rules`, `words`,
 * `speakingTime`) merge, so setting one rule in the editor keeps the file's other rules; any other
 * value set in the editor replaces the file's.
 */
export function layerSettings(base: unknown, over: unknown): unknown {
  if (!isObject(base) || !isObject(over)) return over === undefined ? base : over;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (value === undefined || value === null) continue;
    merged[key] = isObject(value) && isObject(base[key]) ? layerSettings(base[key], value) : value;
  }
  return merged;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
