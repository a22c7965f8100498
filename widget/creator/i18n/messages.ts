import type { PayoutState } from '@core/payouts';

export type Locale = 'en' | 'es';

/** Every word the dashboard shows. Numbers and amounts arrive formatted (Intl) by the caller. */
export interface Messages {
  title: string;
  signInHeading: string;
  signInHint: string;
  creatorName: string;
  signIn: string;
  signOut: string;
  signedInAs: (name: string) => string;
  language: string;
  loading: string;
  refresh: string;
  diamondsHeading: string;
  diamonds: (formatted: string, one: boolean) => string;
  worth: (money: string) => string;
  rate: (money: string) => string;
  minimum: (money: string, diamonds: string) => string;
  shortfall: (money: string) => string;
  eligible: string;
  pending: (diamonds: string) => string;
  earningsHeading: string;
  period: string;
  days: (count: number) => string;
  downloadCsv: string;
  chartTitle: string;
  axisDiamonds: string;
  axisDay: string;
  totals: (gifts: string, coins: string, diamonds: string) => string;
  day: string;
  stream: string;
  gift: string;
  gifts: string;
  coins: string;
  diamondsColumn: string;
  byStream: string;
  byGift: string;
  byDay: string;
  noGifts: string;
  truncated: string;
  supportersHeading: string;
  supportersByStream: string;
  supportersByMonth: string;
  supporter: string;
  noSupporters: string;
  payoutsHeading: string;
  payoutHint: string;
  payoutAmount: string;
  payoutAll: string;
  requestPayout: string;
  payoutRequested: (diamonds: string, money: string) => string;
  noPayouts: string;
  requested: string;
  decided: string;
  state: string;
  value: string;
  note: string;
  states: Record<PayoutState, string>;
  refusals: Record<string, string>;
  settingsHeading: string;
  goalHeading: string;
  goalHint: string;
  noStreams: string;
  goalCoins: string;
  goalTitle: string;
  saveGoal: string;
  clearGoal: string;
  goalSaved: string;
  goalNone: string;
  goalNow: (coins: string, title: string) => string;
  somethingWrong: string;
}

const en: Messages = {
  title: 'LiveGift creator dashboard',
  signInHeading: 'Sign in as a creator',
  signInHint: 'Demo: pick a creator by name. "Mia Cooks" is the creator of the demo live page.',
  creatorName: 'Creator name',
  signIn: 'Sign in',
  signOut: 'Sign out',
  signedInAs: (name) => `Signed in as ${name}`,
  language: 'Language',
  loading: 'Loading…',
  refresh: 'Refresh',
  diamondsHeading: 'Diamonds',
  diamonds: (n, one) => `${n} ${one ? 'diamond' : 'diamonds'}`,
  worth: (money) => `Worth about ${money}`,
  rate: (money) => `Rate: ${money} per 1,000 diamonds`,
  minimum: (money, diamonds) => `Minimum payout: ${money} (${diamonds} diamonds)`,
  shortfall: (money) => `${money} more to reach the minimum payout.`,
  eligible: 'You can request a payout.',
  pending: (diamonds) => `${diamonds} diamonds waiting in payouts`,
  earningsHeading: 'Gifts received',
  period: 'Period',
  days: (count) => `Last ${count} days`,
  downloadCsv: 'Download CSV',
  chartTitle: 'Diamonds per day',
  axisDiamonds: 'Diamonds',
  axisDay: 'Day',
  totals: (gifts, coins, diamonds) => `Gifts: ${gifts} · Coins: ${coins} · Diamonds: ${diamonds}`,
  day: 'Day',
  stream: 'Stream',
  gift: 'Gift',
  gifts: 'Gifts',
  coins: 'Coins',
  diamondsColumn: 'Diamonds',
  byStream: 'By stream',
  byGift: 'By gift type',
  byDay: 'By day',
  noGifts: 'No gifts in this period yet.',
  truncated: 'This period has more gifts than one report reads: the figures cover the newest ones.',
  supportersHeading: 'Top supporters',
  supportersByStream: 'Per stream',
  supportersByMonth: 'Per month',
  supporter: 'Supporter',
  noSupporters: 'No supporters yet.',
  payoutsHeading: 'Cash out',
  payoutHint: 'A payout request moves the diamonds out of your balance until the operator pays it; a rejected request gives them back.',
  payoutAmount: 'Diamonds to cash out',
  payoutAll: 'All my diamonds',
  requestPayout: 'Request payout',
  payoutRequested: (diamonds, money) => `Payout requested: ${diamonds} diamonds (${money}).`,
  noPayouts: 'No payouts yet.',
  requested: 'Requested',
  decided: 'Decided',
  state: 'State',
  value: 'Value',
  note: 'Note',
  states: { pending: 'Pending', paid: 'Paid', rejected: 'Rejected (diamonds returned)' },
  refusals: {
    'below-minimum-payout': 'That is below the minimum payout. Ask for more diamonds.',
    'insufficient-diamonds': 'That is more diamonds than you have.',
    'idempotency-conflict': 'This request was already sent with another amount; nothing changed.',
    'invalid-request': 'Enter a whole number of diamonds.',
  },
  settingsHeading: 'Settings',
  goalHeading: 'Stream goal',
  goalHint: 'The goal bar viewers see on your stream: coins to collect and what they are for.',
  noStreams: 'You have no streams yet: a stream appears here once a viewer sends it a gift.',
  goalCoins: 'Goal (coins)',
  goalTitle: 'Goal title',
  saveGoal: 'Save goal',
  clearGoal: 'Remove goal',
  goalSaved: 'Goal saved.',
  goalNone: 'No goal',
  goalNow: (coins, title) => `Now: ${coins} coins${title ? ` — ${title}` : ''}`,
  somethingWrong: 'Something went wrong; try again.',
};

const es: Messages = {
  title: 'Panel de creador de LiveGift',
  signInHeading: 'Entrar como creador',
  signInHint: 'Demo: elige un creador por su nombre. «Mia Cooks» es la creadora de la página en directo de la demo.',
  creatorName: 'Nombre del creador',
  signIn: 'Entrar',
  signOut: 'Salir',
  signedInAs: (name) => `Has entrado como ${name}`,
  language: 'Idioma',
  loading: 'Cargando…',
  refresh: 'Actualizar',
  diamondsHeading: 'Diamantes',
  diamonds: (n, one) => `${n} ${one ? 'diamante' : 'diamantes'}`,
  worth: (money) => `Valen unos ${money}`,
  rate: (money) => `Tarifa: ${money} por 1000 diamantes`,
  minimum: (money, diamonds) => `Cobro mínimo: ${money} (${diamonds} diamantes)`,
  shortfall: (money) => `Faltan ${money} para el cobro mínimo.`,
  eligible: 'Ya puedes pedir un cobro.',
  pending: (diamonds) => `${diamonds} diamantes esperando en cobros`,
  earningsHeading: 'Regalos recibidos',
  period: 'Periodo',
  days: (count) => `Últimos ${count} días`,
  downloadCsv: 'Descargar CSV',
  chartTitle: 'Diamantes por día',
  axisDiamonds: 'Diamantes',
  axisDay: 'Día',
  totals: (gifts, coins, diamonds) => `Regalos: ${gifts} · Monedas: ${coins} · Diamantes: ${diamonds}`,
  day: 'Día',
  stream: 'Directo',
  gift: 'Regalo',
  gifts: 'Regalos',
  coins: 'Monedas',
  diamondsColumn: 'Diamantes',
  byStream: 'Por directo',
  byGift: 'Por tipo de regalo',
  byDay: 'Por día',
  noGifts: 'Aún no hay regalos en este periodo.',
  truncated: 'Este periodo tiene más regalos de los que lee un informe: las cifras cubren los más recientes.',
  supportersHeading: 'Mejores seguidores',
  supportersByStream: 'Por directo',
  supportersByMonth: 'Por mes',
  supporter: 'Seguidor',
  noSupporters: 'Aún no hay seguidores.',
  payoutsHeading: 'Cobrar',
  payoutHint: 'Una solicitud de cobro saca los diamantes de tu saldo hasta que el operador la paga; si la rechaza, te los devuelve.',
  payoutAmount: 'Diamantes a cobrar',
  payoutAll: 'Todos mis diamantes',
  requestPayout: 'Pedir cobro',
  payoutRequested: (diamonds, money) => `Cobro solicitado: ${diamonds} diamantes (${money}).`,
  noPayouts: 'Aún no hay cobros.',
  requested: 'Solicitado',
  decided: 'Resuelto',
  state: 'Estado',
  value: 'Valor',
  note: 'Nota',
  states: { pending: 'Pendiente', paid: 'Pagado', rejected: 'Rechazado (diamantes devueltos)' },
  refusals: {
    'below-minimum-payout': 'Está por debajo del cobro mínimo. Pide más diamantes.',
    'insufficient-diamonds': 'Son más diamantes de los que tienes.',
    'idempotency-conflict': 'Esta solicitud ya se envió con otra cantidad; no ha cambiado nada.',
    'invalid-request': 'Escribe un número entero de diamantes.',
  },
  settingsHeading: 'Ajustes',
  goalHeading: 'Meta del directo',
  goalHint: 'La barra de meta que ven tus espectadores: monedas por reunir y para qué son.',
  noStreams: 'Aún no tienes directos: un directo aparece aquí cuando alguien le envía un regalo.',
  goalCoins: 'Meta (monedas)',
  goalTitle: 'Título de la meta',
  saveGoal: 'Guardar meta',
  clearGoal: 'Quitar meta',
  goalSaved: 'Meta guardada.',
  goalNone: 'Sin meta',
  goalNow: (coins, title) => `Ahora: ${coins} monedas${title ? ` — ${title}` : ''}`,
  somethingWrong: 'Algo ha fallado; inténtalo de nuevo.',
};

export const MESSAGES: Record<Locale, Messages> = { en, es };

/** English unless `?lang=es` or else the browser asks for Spanish. */
export function pickLocale(requested: string | null | undefined): Locale {
  return requested?.toLowerCase().startsWith('es') ? 'es' : 'en';
}
