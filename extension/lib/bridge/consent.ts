import type { GiftSendParams } from '@core/bridge/bridge-protocol';

/** What the viewer is asked in an extension window. */
export type ConsentQuestion = (
  | { kind: 'connect'; origin: string }
  | { kind: 'gift'; origin: string; gift: GiftSendParams; giftName: string; coins: number }
) & {
  /** The wallet pays with the sandbox provider: the window says TEST MODE. */
  testMode?: boolean;
};

/** Asks the viewer; resolves true only on an explicit yes (a closed window is a no). */
export interface ConsentPort {
  ask(question: ConsentQuestion): Promise<boolean>;
}
