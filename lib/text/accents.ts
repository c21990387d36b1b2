/** A text with its accents taken off ("γεραπετρίτης" to "γεραπετριτης", "Wilmès" to "Wilmes"): its letters decomposed, their marks dropped. */
export function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}
