import { signal } from '@preact/signals';
import type { ParentalSession } from '@core/messages';

/**
 * The parents' unlock session of this options page, shared by the sections that need it (the parents'
 * controls, and restoring a backup while a PIN is set). Only the token's holder can use it; the
 * background checks it on every request.
 */
export const parentalSession = signal<ParentalSession | null>(null);
