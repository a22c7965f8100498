import Stripe from 'stripe';

let counter = 0;

/** A Stripe event as Stripe sends it: the JSON body and its Stripe-Signature header (signed now, or at `timestamp`). */
export function signedEvent(type: string, object: object, secret: string, options: { timestamp?: number; id?: string } = {}) {
  const event = { id: options.id ?? `evt_test_${Date.now().toString(36)}${(counter++).toString(36)}`, object: 'event', type, data: { object }, created: Math.floor(Date.now() / 1000) };
  const body = JSON.stringify(event, null, 2);
  const header = Stripe.webhooks.generateTestHeaderString({ payload: body, secret, ...(options.timestamp !== undefined ? { timestamp: options.timestamp } : {}) });
  return { body, header, event };
}
