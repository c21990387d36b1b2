/** `npm run schema`: rewrites schema/*.schema.json from the zod schema. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemaFiles } from '../lib/json-schema';

const folder = join(import.meta.dirname, '..', 'schema');
for (const { file, content } of jsonSchemaFiles()) {
  writeFileSync(join(folder, file), content);
  process.stdout.write(`wrote schema/${file}\n`);
}
