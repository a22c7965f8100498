/** The sandbox card that always succeeds: the quick "test coins" buttons pay with it, in TEST MODE. */
export const QUICK_RECHARGE_INSTRUMENT = Object.freeze({ method: 'card', token: '4242 4242 4242 4242' });
export const QUICK_RECHARGE_REGION = 'US';
