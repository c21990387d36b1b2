// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles } from '../../lib/json-schema';

describe('committed JSON Schema files', () => {
  it.each(jsonSchemaFiles().map((entry) => [entry.file, entry.content] as const))(
    'schema/%s matches the zod schema (run `npm run schema` after changing it)',
    (file, content) => {
      const committed = readFileSync(join(import.meta.dirname, '..', '..', 'schema', file), 'utf8');
      expect(committed).toBe(content);
    },
  );
});
