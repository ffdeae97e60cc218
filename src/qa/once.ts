/**
 * `fn` worked out once per object that lives as long as the engine (a fact, a denial): what a
 * check reads of the fact alone, when the check runs for every question–fact pair. The other
 * arguments (the vocabulary) must be the same each time for one object, as they are in one engine.
 */
export function once<K extends object, A extends unknown[], V>(fn: (key: K, ...rest: A) => V): (key: K, ...rest: A) => V {
  const known = new WeakMap<K, V>();
  return (key, ...rest) => {
    const had = known.get(key);
    if (had !== undefined || known.has(key)) return had!;
    const value = fn(key, ...rest);
    known.set(key, value);
    return value;
  };
}

/**
 * `fn` worked out again only for another object than the last: what a check reads of the question
 * alone, as it reads one question for each of many facts in turn. (Questions are short-lived: none
 * is kept beyond the last.)
 */
export function latest<K extends object, A extends unknown[], V>(fn: (key: K, ...rest: A) => V): (key: K, ...rest: A) => V {
  let last: { key: K; value: V } | undefined;
  return (key, ...rest) => {
    if (last?.key !== key) last = { key, value: fn(key, ...rest) };
    return last.value;
  };
}

/**
 * `fn` worked out again only for an object other than the last `size` ones: what one message reads
 * of a question several times among others (each side of a sum, read again for each reading of the
 * message). Only `size` questions (or texts) are kept.
 */
export function recent<K, V>(fn: (key: K) => V, size: number): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    const had = known.get(key);
    if (had !== undefined || known.has(key)) return had!;
    const value = fn(key);
    known.set(key, value);
    if (known.size > size) known.delete(known.keys().next().value!);
    return value;
  };
}
