// A field people never see: off screen, hidden from screen readers (aria-hidden) and out of the
// tab order. Robots that fill every box fill it too, and the database then quietly drops what
// they sent (private.is_robot). Named like a field a robot would want to fill.
import { t } from './i18n';

export function Honeypot(props: { value: string; onInput: (value: string) => void }) {
  return (
    <div class="tell-us-trap" aria-hidden="true">
      <label for="tell-us-website">{t('trapLabel')}</label>
      <input id="tell-us-website" name="website" type="text" tabindex="-1" autocomplete="off" value={props.value} onInput={(e) => props.onInput(e.currentTarget.value)} />
    </div>
  );
}
