import type { z } from 'zod';

/** A zod failure in one line for the command line, in English (the extension says it from its catalogues: extension/i18n/schema-issues.ts). */
export function describeIssues(error: z.ZodError, limit = 2): string {
  const described = error.issues.slice(0, limit).map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : 'value';
    return `${where}: ${issue.message}`;
  });
  const more = error.issues.length - limit;
  return described.join('; ') + (more > 0 ? ` (and ${more} more)` : '');
}
