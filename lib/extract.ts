import type { ExtractionResult } from './transcript-schema';

export interface ExtractOptions {
  /** Skip detection and read the page with the generic adapter ("Extract anyway"). */
  force?: boolean;
}

/**
 * The engine's one entry point: reads `doc` (never changes it) and returns either
 * "not a transcript" with the reasons, or the transcript.
 * PLACEHOLDER while the engine is written; the signature is final.
 */
export function extractTranscript(_doc: Document, _url: URL, _options: ExtractOptions = {}): ExtractionResult {
  return { detected: false, confidence: 0, reasons: ['engine not written yet'], transcript: null };
}
