export type OverlayStrings = Record<'sent' | 'test' | 'coins' | 'goal' | 'topGifters' | 'noGifts' | 'replaced', string>;

/** The overlay's few words, in English or Spanish (`?lang=es`). */
const STRINGS: Record<'en' | 'es', OverlayStrings> = {
  en: { sent: 'sent', test: 'TEST', coins: 'coins', goal: 'Goal', topGifters: 'Top gifters', noGifts: 'No gifts yet', replaced: 'This overlay address was replaced: copy the new one from your dashboard.' },
  es: { sent: 'envió', test: 'PRUEBA', coins: 'monedas', goal: 'Meta', topGifters: 'Más generosos', noGifts: 'Aún no hay regalos', replaced: 'Esta dirección del overlay se reemplazó: copia la nueva desde tu panel.' },
};

export function overlayStrings(search: string): { strings: OverlayStrings; locale: string } {
  const lang = new URLSearchParams(search).get('lang') === 'es' ? 'es' : 'en';
  return { strings: STRINGS[lang], locale: lang };
}
