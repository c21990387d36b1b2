/**
 * `run` over every item, up to `window` at once, the answers in the items' order: what lets
 * several worker threads extract a folder while the output stays line for line what one thread
 * prints. Items are pulled from the source only as answers leave, so at most `window` pages (and
 * their answers) are in memory, however large the folder or archive. `run` must not reject.
 */
export async function* orderedMap<Item, Answer>(items: AsyncIterable<Item>, run: (item: Item) => Promise<Answer>, window: number): AsyncGenerator<Answer> {
  const pending: Promise<Answer>[] = [];
  for await (const item of items) {
    pending.push(run(item));
    if (pending.length >= Math.max(1, window)) yield await pending.shift()!;
  }
  while (pending.length > 0) yield await pending.shift()!;
}
