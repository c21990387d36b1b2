import type { ESLint } from 'eslint';

/** Types of eslint/lib-floors.js, for the tests that read its table. */
export interface LibFloor {
  floor: string;
  holds: string[];
  what: string;
}
export const LIB_FLOORS: LibFloor[];
export function floorOf(relative: string): number;
declare const plugin: ESLint.Plugin;
export default plugin;
