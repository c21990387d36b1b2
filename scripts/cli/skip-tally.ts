/** Records passed over because they are not pages, counted by reason: "image/jpeg", "status 301". */
export class SkipTally {
  readonly #reasons = new Map<string, number>();
  count = 0;

  /** Counts one record; null, for a caller that returns what it skipped. */
  add(reason: string): null {
    this.#reasons.set(reason, (this.#reasons.get(reason) ?? 0) + 1);
    this.count += 1;
    return null;
  }

  /** "skipped 12 responses that are not HTML pages (image/jpeg 7, status 301 3, application/pdf 2)", commonest first. */
  describe(): string {
    const reasons = [...this.#reasons].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const shown = reasons.slice(0, 8).map(([reason, count]) => `${reason} ${count}`);
    if (reasons.length > 8) shown.push(`${reasons.length - 8} other kinds`);
    return `skipped ${this.count} ${this.count === 1 ? 'response that is not an HTML page' : 'responses that are not HTML pages'} (${shown.join(', ')})`;
  }
}
