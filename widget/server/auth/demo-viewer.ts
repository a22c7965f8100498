import { createHash } from 'node:crypto';
import type { Viewer } from '@core/messages/gift-server-api';

/** In the demo, a name is an account: signing in again with the same name opens the same wallet. */
export function demoViewer(name: string): Viewer {
  const normalized = name.trim().normalize('NFC');
  const id = `demo-${createHash('sha256').update(normalized.toLowerCase()).digest('hex').slice(0, 16)}`;
  return { id, name: normalized };
}
