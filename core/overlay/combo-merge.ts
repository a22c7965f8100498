import type { OverlayAlert } from './overlay-alert';

/** An alert as it plays: one gift event, or several taps merged into one "×N". */
export interface ComboAlert {
  /** The first event's id: stable while the combo counts up. */
  key: string;
  /** Every event id it stands for. */
  ids: string[];
  test: boolean;
  viewerKey: string;
  from: string;
  giftId: string;
  giftName: string;
  icon: string;
  count: number;
  coins: number;
  /** The time of the latest tap (the server's clock). */
  lastAt: number;
  message?: string;
}

export function comboOf(event: OverlayAlert): ComboAlert {
  const { id, at, ...rest } = event;
  return { ...rest, key: id, ids: [id], lastAt: at };
}

/** A tap continues a combo when it is the same gift by the same viewer (tests with tests) within the window. */
export function continuesCombo(combo: ComboAlert, event: OverlayAlert, windowMs: number): boolean {
  return (
    combo.viewerKey === event.viewerKey &&
    combo.giftId === event.giftId &&
    combo.test === event.test &&
    event.at >= combo.lastAt &&
    event.at - combo.lastAt <= windowMs &&
    combo.count + event.count <= 9999 &&
    event.message === undefined
  );
}

export function addTap(combo: ComboAlert, event: OverlayAlert): ComboAlert {
  return { ...combo, ids: [...combo.ids, event.id], count: combo.count + event.count, coins: combo.coins + event.coins, lastAt: event.at, from: event.from };
}
