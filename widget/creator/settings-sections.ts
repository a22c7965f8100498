import type { ComponentType } from 'preact';
import type { Locale } from './i18n/messages';
import type { CreatorSession } from './session';
import { GoalSettings } from './settings/GoalSettings';

export interface SettingsSectionProps {
  session: CreatorSession;
  locale: Locale;
}

/** One section of the dashboard's settings: a heading (in both languages) and its body. */
export interface SettingsSection {
  /** The section's element id (an in-page link target): lower-case letters and dashes. */
  id: string;
  title: Record<Locale, string>;
  Component: ComponentType<SettingsSectionProps>;
}

/** The settings page shows these, in this order. A part of the dashboard adds its section here. */
export const sections: SettingsSection[] = [{ id: 'stream-goal', title: { en: 'Stream goal', es: 'Meta del directo' }, Component: GoalSettings }];
