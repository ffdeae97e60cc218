/**
 * `fn` worked out once per object: what a check reads of a question alone or of a fact alone, when
 * the check runs for every question–fact pair. The other arguments (the vocabulary) must be the
 * same each time for one object, as they are for a question or fact of one engine.
 */
export function once<K extends object, A extends unknown[], V>(fn: (key: K, ...rest: A) => V): (key: K, ...rest: A) => V {
  const known = new WeakMap<K, V>();
  // (The last key first: a check reads one question for each of many facts in turn.)
  let last: { key: K; value: V } | undefined;
  return (key, ...rest) => {
    if (last?.key === key) return last.value;
    let value: V;
    if (known.has(key)) value = known.get(key)!;
    else known.set(key, (value = fn(key, ...rest)));
    last = { key, value };
    return value;
  };
}
