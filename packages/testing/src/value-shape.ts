/**
 * What a value is, said for a message that refuses it (`an object with the
 * keys byHolder, registry`): a state of the wrong kind is named by its
 * fields, which the test's author recognises. Internal: the entry point does
 * not export this module.
 */

/** `null`, the type of a primitive, or the class (or `an object`) and its keys. */
export function shapeOf(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value !== 'object') return typeof value;
  const keys = Object.keys(value);
  const kind = value.constructor?.name && value.constructor.name !== 'Object' ? `a ${value.constructor.name}` : 'an object';
  return keys.length ? `${kind} with the keys ${keys.join(', ')}` : `${kind} without keys`;
}
