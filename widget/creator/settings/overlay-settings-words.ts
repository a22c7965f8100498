import type { Locale } from '../i18n/messages';

/** The overlay settings section's words, in the dashboard's two languages. */

export interface OverlayWords {
  loading: string;
  address: string;
  addressHint: string;
  noAddress: string;
  addressMadeOn: (date: string) => string;
  makeAddress: string;
  makeNewAddress: string;
  newAddressWarning: string;
  copyNow: string;
  alertsPage: string;
  goalPage: string;
  topGiftersPage: string;
  connected: (pages: number) => string;
  notConnected: string;
  alerts: string;
  enabled: string;
  minCoins: string;
  pauseSeconds: string;
  comboSeconds: string;
  volume: string;
  tiers: string;
  fromCoins: string;
  size: string;
  colour: string;
  seconds: string;
  sound: string;
  sizes: Record<'small' | 'medium' | 'large' | 'huge', string>;
  sounds: Record<'none' | 'chime' | 'fanfare', string>;
  save: string;
  saved: string;
  testAlert: string;
  testGift: string;
  sendTest: string;
  testSent: string;
  hiddenViewers: string;
  hiddenHint: string;
  noGifters: string;
  hide: string;
  unhide: string;
  hidden: string;
  somethingWrong: string;
}

const en: OverlayWords = {
  loading: 'Loading…',
  address: 'Overlay address',
  addressHint: 'Add these pages to OBS or your streaming app as browser sources. Keep the address secret.',
  noAddress: 'You have no overlay address yet.',
  addressMadeOn: (date) => `Your overlay address was made on ${date}. It is shown only once; make a new one if you lost it.`,
  makeAddress: 'Make overlay address',
  makeNewAddress: 'Make a new address',
  newAddressWarning: 'The old address stops working at once: paste the new one into your browser sources.',
  copyNow: 'Copy these now: they are shown only once.',
  alertsPage: 'Alerts page address',
  goalPage: 'Goal bar page address',
  topGiftersPage: 'Top gifters page address',
  connected: (pages) => (pages === 1 ? 'Connected: 1 overlay page is open.' : `Connected: ${pages} overlay pages are open.`),
  notConnected: 'No overlay page is connected.',
  alerts: 'Alerts',
  enabled: 'Show alerts',
  minCoins: 'Minimum coins for an alert',
  pauseSeconds: 'Pause between alerts (seconds)',
  comboSeconds: 'Combo window (seconds)',
  volume: 'Sound volume',
  tiers: 'Alerts by amount',
  fromCoins: 'From coins',
  size: 'Size',
  colour: 'Colour',
  seconds: 'Seconds',
  sound: 'Sound',
  sizes: { small: 'Small', medium: 'Medium', large: 'Large', huge: 'Huge' },
  sounds: { none: 'None', chime: 'Chime', fanfare: 'Fanfare' },
  save: 'Save alert settings',
  saved: 'Alert settings saved.',
  testAlert: 'Test alert',
  testGift: 'Gift',
  sendTest: 'Send a test alert',
  testSent: 'Test alert sent: it moves no coins and changes no goal.',
  hiddenViewers: 'Hidden viewers',
  hiddenHint: 'A hidden viewer shows neither in alerts nor among the top gifters; their coins still count towards the goal.',
  noGifters: 'Nobody has sent you gifts yet.',
  hide: 'Hide',
  unhide: 'Show again',
  hidden: 'hidden',
  somethingWrong: 'Something went wrong; try again.',
};

const es: OverlayWords = {
  loading: 'Cargando…',
  address: 'Dirección del overlay',
  addressHint: 'Añade estas páginas a OBS o a tu app de directos como fuentes de navegador. Mantén la dirección en secreto.',
  noAddress: 'Aún no tienes dirección de overlay.',
  addressMadeOn: (date) => `Tu dirección de overlay se creó el ${date}. Solo se muestra una vez; crea otra si la perdiste.`,
  makeAddress: 'Crear dirección del overlay',
  makeNewAddress: 'Crear una dirección nueva',
  newAddressWarning: 'La dirección anterior deja de funcionar al instante: pega la nueva en tus fuentes de navegador.',
  copyNow: 'Cópialas ahora: solo se muestran una vez.',
  alertsPage: 'Dirección de la página de alertas',
  goalPage: 'Dirección de la barra de meta',
  topGiftersPage: 'Dirección de los más generosos',
  connected: (pages) => (pages === 1 ? 'Conectado: 1 página del overlay abierta.' : `Conectado: ${pages} páginas del overlay abiertas.`),
  notConnected: 'No hay ninguna página del overlay conectada.',
  alerts: 'Alertas',
  enabled: 'Mostrar alertas',
  minCoins: 'Monedas mínimas para una alerta',
  pauseSeconds: 'Pausa entre alertas (segundos)',
  comboSeconds: 'Ventana de combo (segundos)',
  volume: 'Volumen del sonido',
  tiers: 'Alertas según el importe',
  fromCoins: 'Desde monedas',
  size: 'Tamaño',
  colour: 'Color',
  seconds: 'Segundos',
  sound: 'Sonido',
  sizes: { small: 'Pequeño', medium: 'Mediano', large: 'Grande', huge: 'Enorme' },
  sounds: { none: 'Ninguno', chime: 'Campanilla', fanfare: 'Fanfarria' },
  save: 'Guardar ajustes de alertas',
  saved: 'Ajustes de alertas guardados.',
  testAlert: 'Alerta de prueba',
  testGift: 'Regalo',
  sendTest: 'Enviar una alerta de prueba',
  testSent: 'Alerta de prueba enviada: no mueve monedas ni cambia la meta.',
  hiddenViewers: 'Espectadores ocultos',
  hiddenHint: 'Un espectador oculto no aparece en las alertas ni entre los más generosos; sus monedas siguen contando para la meta.',
  noGifters: 'Nadie te ha enviado regalos todavía.',
  hide: 'Ocultar',
  unhide: 'Mostrar de nuevo',
  hidden: 'oculto',
  somethingWrong: 'Algo salió mal; inténtalo de nuevo.',
};

export const overlayWords = (locale: Locale): OverlayWords => (locale === 'es' ? es : en);
