import { z } from 'zod';
import { extractionResultSchema, SCHEMA_VERSION, transcriptSchema } from './transcript-schema';

/**
 * The JSON Schema of the command line's output and of a saved transcript, generated from
 * the zod schema so the two cannot drift. Committed as schema/*.schema.json; a test fails
 * when the committed files are out of date (`npm run schema` rewrites them).
 */
function transcriptJsonSchema(): Record<string, unknown> {
  return {
    $id: `https://verbatim.invalid/schema/transcript-v${SCHEMA_VERSION}.schema.json`,
    title: 'Verbatim transcript',
    ...z.toJSONSchema(transcriptSchema),
  };
}

function extractionResultJsonSchema(): Record<string, unknown> {
  return {
    $id: `https://verbatim.invalid/schema/extraction-result-v${SCHEMA_VERSION}.schema.json`,
    title: 'Verbatim command-line output',
    // The command line says the engine's reason codes in English (lib/reason-text.ts).
    ...z.toJSONSchema(extractionResultSchema.extend({ reasons: z.array(z.string()) })),
  };
}

/** File name under schema/ and its content, for writing and for the freshness test. */
export function jsonSchemaFiles(): Array<{ file: string; content: string }> {
  return [
    { file: 'transcript.schema.json', content: `${JSON.stringify(transcriptJsonSchema(), null, 2)}\n` },
    { file: 'extraction-result.schema.json', content: `${JSON.stringify(extractionResultJsonSchema(), null, 2)}\n` },
  ];
}
