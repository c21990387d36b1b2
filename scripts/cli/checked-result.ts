import { describeIssues } from './describe-issues';
import { extractionResultSchema, type ExtractionResult } from '../../lib/transcript-schema';

/**
 * The command line's trust boundary: the engine's result parsed with the zod schema before it
 * is printed, as the popup and the background parse the engine's answer
 * (extension/messaging/message-replies.ts). A transcript that breaks the schema's rules is reported as
 * not read, with what is wrong, and never printed.
 */
export function checkedResult(result: ExtractionResult): ExtractionResult {
  const parsed = extractionResultSchema.safeParse(result);
  if (parsed.success) return result;
  return { detected: false, confidence: 0, reasons: [...result.reasons, { code: 'invalid', issues: describeIssues(parsed.error) }], transcript: null };
}
