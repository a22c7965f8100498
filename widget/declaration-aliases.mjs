// tsc keeps `@core` specifiers as written; a site owner's compiler does not know the alias. This rewrites
// them in the emitted declarations (.output/widget/types/) to relative paths (npm run build:widget).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, URL } from 'node:url';

const types = fileURLToPath(new URL('../.output/widget/types/', import.meta.url));

for (const name of await readdir(types, { recursive: true })) {
  if (!name.endsWith('.d.ts')) continue;
  const file = join(types, name);
  const text = await readFile(file, 'utf8');
  const fixed = text.replace(/(['"])@core(\/[^'"]*)?\1/g, (_whole, quote, rest = '') => {
    let target = relative(dirname(file), join(types, 'core', rest)).split('\\').join('/');
    if (!target.startsWith('.')) target = `./${target}`;
    return `${quote}${target}${quote}`;
  });
  if (fixed !== text) await writeFile(file, fixed);
}
