/** A run of accepted taps on one gift, each within the window of the one before. */
export interface Combo {
  giftId: string;
  /** Accepted taps in this run: shown as ×2, ×3 … */
  taps: number;
  /** When the latest accepted tap was made (ms). */
  lastTapAt: number;
}

/** How long a combo waits for the next tap, as on live platforms. */
export const COMBO_WINDOW_MS = 3000;

export function isComboLive(combo: Combo | null, now: number, windowMs = COMBO_WINDOW_MS): combo is Combo {
  return combo !== null && now - combo.lastTapAt <= windowMs;
}

/** The combo after one more accepted tap: the same gift within the window extends it, anything else starts anew. */
export function nextCombo(current: Combo | null, giftId: string, tapAt: number, windowMs = COMBO_WINDOW_MS): Combo {
  if (isComboLive(current, tapAt, windowMs) && current.giftId === giftId) {
    return { giftId, taps: current.taps + 1, lastTapAt: tapAt };
  }
  return { giftId, taps: 1, lastTapAt: tapAt };
}
