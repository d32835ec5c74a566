/**
 * compromise's model as JSON and back. The model is plain data but for two things JSON drops: regular
 * expressions (its suffix and regex patterns) and keys whose value is undefined (its tagger asks
 * `hasOwnProperty` of some tables, so such a key still counts). Both are written as marker objects and
 * restored in place, so the model read back is the one written, key for key, in the same order.
 */

interface RegexMark {
  $regex: string;
  flags: string;
}

export function encodeModel(model: object): string {
  return JSON.stringify(model, (_key, value: unknown) => {
    if (value instanceof RegExp) return { $regex: value.source, flags: value.flags } satisfies RegexMark;
    if (value === undefined) return { $undefined: true };
    return value;
  });
}

/** Restores the markers of `encodeModel` in place (the parsed JSON is the model's only copy) and returns it. */
export function reviveModel<T extends object>(parsed: T): T {
  const visit = (node: Record<string, unknown>): void => {
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (value === null || typeof value !== 'object') continue;
      const mark = value as Partial<RegexMark> & { $undefined?: boolean };
      if (typeof mark.$regex === 'string') node[key] = new RegExp(mark.$regex, mark.flags);
      else if (mark.$undefined === true) node[key] = undefined;
      else visit(value as Record<string, unknown>);
    }
  };
  visit(parsed as Record<string, unknown>);
  return parsed;
}
