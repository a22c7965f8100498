import { writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { BENCH_DIR, readFigures } from './figures';

/** Global teardown: merges every figure into report.json and a readable report.md. */
export default async function writeReport(): Promise<void> {
  const figures = await readFigures();
  // The machine is shared: the load average says how far to trust this run's figures.
  const machine = `${cpus().length} cores, Node ${process.version}, load average ${loadavg().map((value) => value.toFixed(1)).join(' / ')} (1 / 5 / 15 min) at the end of the run`;
  const generatedAt = new Date().toISOString();
  await writeFile(`${BENCH_DIR}report.json`, JSON.stringify({ generatedAt, machine, figures }, null, 2));
  const rows = figures.map((f) => `| ${f.label} | ${f.value.toLocaleString('en-US')} ${f.unit} | ${f.note ?? ''} |`);
  const markdown = [
    '# LiveGift benchmarks',
    '',
    `Generated ${generatedAt} on ${machine}.`,
    '',
    '| figure | value | how |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
  await writeFile(`${BENCH_DIR}report.md`, markdown);
  console.log(`\n${markdown}\nWritten to ${BENCH_DIR}report.json and report.md`);
}
