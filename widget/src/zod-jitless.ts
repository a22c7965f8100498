// Imported first by every lazy chunk that uses zod: object schemas probe `new Function` when they are
// BUILT unless jitless is already set, and strict CSPs report that probe as a violation (it is caught, but
// the page's console shows an error). Validation needs no JIT, so it is switched off before any schema exists.
import { config } from 'zod/mini';

config({ jitless: true });
