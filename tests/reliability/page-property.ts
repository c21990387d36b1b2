import fc from 'fast-check';
import { releaseDocuments } from './page-doms';

/**
 * fast-check's assert over pages: `check` parses and reads a page for each generated value;
 * the documents are released after each run so that thousands of runs fit in memory.
 */
export async function assertForAllPages<T>(arbitrary: fc.Arbitrary<T>, check: (value: T) => void, parameters: fc.Parameters<[T]>): Promise<void> {
  await fc.assert(
    fc.asyncProperty(arbitrary, async (value) => {
      try {
        check(value);
      } finally {
        await releaseDocuments();
      }
    }),
    parameters,
  );
}
