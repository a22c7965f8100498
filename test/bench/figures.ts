import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = fileURLToPath(new URL('../../.output/bench/', import.meta.url));
const FIGURES_DIR = `${BENCH_DIR}figures/`;

/** One measured number, with its unit and how it was measured. */
export interface Figure {
  /** Sort key and file name: `01-widget-size`. */
  id: string;
  label: string;
  value: number;
  unit: string;
  note?: string;
}

/** Benches run in separate workers; each figure is its own file, merged by the report. */
export async function recordFigure(figure: Figure): Promise<void> {
  await mkdir(FIGURES_DIR, { recursive: true });
  await writeFile(`${FIGURES_DIR}${figure.id}.json`, JSON.stringify(figure, null, 2));
}

export async function readFigures(): Promise<Figure[]> {
  const names = (await readdir(FIGURES_DIR).catch(() => [])).filter((name) => name.endsWith('.json')).sort();
  return Promise.all(names.map(async (name) => JSON.parse(await readFile(FIGURES_DIR + name, 'utf8')) as Figure));
}

export async function clearFigures(): Promise<void> {
  const { rm } = await import('node:fs/promises');
  await rm(FIGURES_DIR, { recursive: true, force: true });
}
