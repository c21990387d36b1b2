import { measureLibraryScale } from './bench/library-scale';
const r = await measureLibraryScale((m) => process.stderr.write(m + '\n'));
console.log(JSON.stringify(r, null, 1));
