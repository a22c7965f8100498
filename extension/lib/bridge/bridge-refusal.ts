import { bridgeError, type BridgeError } from '@core/bridge';

/** A request the bridge refuses before the wallet sees it; the handler turns it into the reply's error. */
export class Refused extends Error {
  constructor(readonly error: BridgeError) {
    super(error.message);
  }
}

export function refuse(code: BridgeError['code'], message: string, data?: BridgeError['data']): never {
  throw new Refused(bridgeError(code, message, data));
}
