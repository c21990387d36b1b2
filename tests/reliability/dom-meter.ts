/**
 * Counts the engine's work on a page by wrapping the Document in a Proxy membrane: every
 * node, list and function the engine gets from the page is wrapped too, so each property
 * read and method call it makes on the DOM is one counted operation, and each string it
 * reads adds its length to `characters` (reading `textContent` of a big element costs as
 * much as its text). A selector query costs, besides, the number of nodes it may search:
 * the size of the subtree it is asked of (an upper bound; the DOM's own walk is not seen).
 * Calls that would change the page are recorded as `writes`.
 * Deterministic, unlike time: the same page always costs the same count.
 */
export interface DomWork {
  operations: number;
  characters: number;
  writes: string[];
}

/** Methods that search the subtree of the node they are called on. */
const SUBTREE_QUERIES = new Set(['querySelector', 'querySelectorAll', 'getElementsByTagName', 'getElementsByClassName', 'getElementsByName', 'getElementById']);

const WRITING_METHODS = new Set([
  'appendChild',
  'removeChild',
  'insertBefore',
  'replaceChild',
  'append',
  'prepend',
  'before',
  'after',
  'remove',
  'replaceWith',
  'replaceChildren',
  'setAttribute',
  'setAttributeNS',
  'removeAttribute',
  'toggleAttribute',
  'normalize',
  'insertAdjacentElement',
  'insertAdjacentText',
  'splitText',
  'appendData',
  'insertData',
  'deleteData',
  'replaceData',
  'setProperty',
]);

export function meterDocument(doc: Document): { doc: Document; work: DomWork } {
  const work: DomWork = { operations: 0, characters: 0, writes: [] };
  const wrappers = new WeakMap<object, object>();
  const targets = new WeakMap<object, object>();
  const unwrap = (value: unknown): unknown =>
    (typeof value === 'object' || typeof value === 'function') && value !== null ? (targets.get(value) ?? value) : value;

  const wrap = (value: unknown, owner?: object): unknown => {
    if (typeof value === 'string') work.characters += value.length;
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return value;
    const known = wrappers.get(value);
    if (known) return known;
    const proxy: object =
      typeof value === 'function'
        ? new Proxy(value, {
            apply(target, thisArgument, args) {
              const receiver = unwrap(thisArgument) ?? owner;
              work.operations += 1 + (SUBTREE_QUERIES.has(target.name) ? subtreeSize(receiver as Node) : 0);
              if (WRITING_METHODS.has(target.name)) work.writes.push(target.name);
              return wrap(Reflect.apply(target, receiver, args.map(unwrap)));
            },
          })
        : new Proxy(value, {
            get(target, key) {
              work.operations += 1;
              const result = Reflect.get(target, key, target);
              const descriptor = Reflect.getOwnPropertyDescriptor(target, key);
              // A Proxy must return a frozen property's own value.
              if (descriptor && !descriptor.configurable && !descriptor.writable && 'value' in descriptor) return result;
              return wrap(result, target);
            },
            set(target, key, newValue) {
              work.writes.push(String(key));
              return Reflect.set(target, key, unwrap(newValue), target);
            },
            deleteProperty(target, key) {
              work.writes.push(`delete ${String(key)}`);
              return Reflect.deleteProperty(target, key);
            },
          });
    wrappers.set(value, proxy);
    targets.set(proxy, value);
    return proxy;
  };
  return { doc: wrap(doc) as Document, work };
}

/** How many nodes lie under `root`, itself included, walked without the membrane. */
function subtreeSize(root: Node): number {
  let size = 0;
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    size += 1;
    for (let child = node.firstChild; child; child = child.nextSibling) stack.push(child);
  }
  return size;
}
