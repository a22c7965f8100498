import { clearFigures } from './figures';

/** Global setup: a report only ever holds figures from this run. */
export default async function reset(): Promise<void> {
  await clearFigures();
}
