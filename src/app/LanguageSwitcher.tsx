// The language switcher in the header: a native select, each language named in its own words and
// marked with its own `lang`, so a screen reader says "Polski" in Polish. Choosing one switches at
// once (no reload) and is remembered in this browser.
import { For } from 'solid-js';
import { LOCALES, locale, localeInfo, matchLocale, setLocale } from '../i18n';
import { t } from './i18n';

export function LanguageSwitcher() {
  // The pseudo-locale is never offered, but while it is in force (?lang=en-XB) it is shown as chosen.
  const options = () => LOCALES.filter((l) => l.offered || l.code === locale());
  return (
    <div class="language-switcher">
      <label for="language">{t('language')}</label>
      <select
        id="language"
        value={locale()}
        onChange={(e) => {
          const code = matchLocale(e.currentTarget.value);
          if (code) void setLocale(code);
        }}
      >
        <For each={options()}>
          {(l) => (
            <option value={l.code} lang={l.code === 'en-XB' ? 'en' : localeInfo(l.code).intl}>
              {l.name}
            </option>
          )}
        </For>
      </select>
    </div>
  );
}
