import type { ComponentChild } from 'preact';
import { browser } from 'wxt/browser';

// The bridge's own few strings (English and Spanish), kept beside its components so the extension's
// shared locale files stay untouched by this feature.
const en = {
  connectTitle: 'Connect a site',
  connectQuestion: (origin: string) => `${origin} asks to use your LiveGift wallet.`,
  connectExplain: 'It will see your balance and may ask to send gifts. Each gift still needs your tap on the page, and your budget and parental limits still apply.',
  connect: 'Connect',
  dontConnect: "Don't connect",
  giftTitle: 'Confirm a gift',
  giftQuestion: (origin: string) => `${origin} asks to send a gift from your wallet:`,
  /** `creator` is page text, passed already isolated (in a <bdi>). */
  giftLine: (gift: string, count: string, coins: string, creator: ComponentChild): ComponentChild[] => [`${gift} ×${count} to `, creator, ` — ${coins} coins`],
  streamLine: (stream: ComponentChild): ComponentChild[] => ['on stream ', stream],
  pageWordsNote: 'Words in a dashed frame are the site’s own.',
  send: 'Send gift',
  cancel: 'Cancel',
  sitesHeading: 'Connected sites',
  noSites: 'No site is connected to your wallet.',
  disconnect: 'Disconnect',
  disconnectLabel: (origin: string) => `Disconnect ${origin}`,
  threshold: 'Confirm gifts from sites costing at least (coins)',
  thresholdHint: "A site's first gift is always confirmed.",
  save: 'Save',
  saved: 'Saved.',
};
const es: typeof en = {
  connectTitle: 'Conectar un sitio',
  connectQuestion: (origin) => `${origin} pide usar tu monedero LiveGift.`,
  connectExplain: 'Verá tu saldo y podrá pedir enviar regalos. Cada regalo necesita tu toque en la página, y tu presupuesto y los límites parentales siguen vigentes.',
  connect: 'Conectar',
  dontConnect: 'No conectar',
  giftTitle: 'Confirmar un regalo',
  giftQuestion: (origin) => `${origin} pide enviar un regalo desde tu monedero:`,
  giftLine: (gift, count, coins, creator) => [`${gift} ×${count} a `, creator, `: ${coins} monedas`],
  streamLine: (stream) => ['en el directo ', stream],
  pageWordsNote: 'Las palabras en un marco discontinuo son del propio sitio.',
  send: 'Enviar regalo',
  cancel: 'Cancelar',
  sitesHeading: 'Sitios conectados',
  noSites: 'Ningún sitio está conectado a tu monedero.',
  disconnect: 'Desconectar',
  disconnectLabel: (origin) => `Desconectar ${origin}`,
  threshold: 'Confirmar regalos de sitios desde (monedas)',
  thresholdHint: 'El primer regalo de cada sitio siempre se confirma.',
  save: 'Guardar',
  saved: 'Guardado.',
};

export const bridgeText = browser.i18n.getUILanguage().toLowerCase().startsWith('es') ? es : en;
