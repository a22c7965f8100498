import type { Creator } from '@core/messages';
import { ApiFailure } from '../http/api-failure';

/**
 * In the demo a creator is picked by name: "Mia Cooks" and "mia-cooks" are both the creator `mia-cooks`
 * that the demo stream's gifts name. The id is the name's slug (letters and digits, dashes between).
 */
export function demoCreator(name: string): Creator {
  const display = name.trim().normalize('NFC');
  const id = display
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
  if (!id) throw new ApiFailure(400, 'invalid-request', 'A demo creator name needs at least one letter or digit (a-z, 0-9).');
  return { id, name: display };
}
