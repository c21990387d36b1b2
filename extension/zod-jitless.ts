import { z } from 'zod/mini';

/**
 * (zod's small build shares its settings with the full one.) Extension pages forbid `eval`; zod 4 otherwise probes `Function('')` to decide whether it may
 * compile its validators, which a strict CSP reports as a violation. Imported first by every
 * entrypoint, before any schema is used.
 */
z.config({ jitless: true });
