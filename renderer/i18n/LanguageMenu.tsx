/** The top bar's language menu: each language named in itself, the choice remembered on this computer. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES } from '../../src/i18n/languages.ts';
import { chooseLanguage } from './language-choice.ts';

export function LanguageMenu(): ReactNode {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-menu">
      <span className="sr-only">{t('language')}</span>
      <select
        value={i18n.resolvedLanguage}
        onChange={(event) => {
          if (isLanguage(event.target.value)) chooseLanguage(event.target.value);
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </label>
  );
}
