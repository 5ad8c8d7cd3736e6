// Every neighbourhood (/ward), so each ward page is reachable. A listing links here by its ward's
// name (/ward?name=Abram), since a listing knows only the name: a known name goes straight on to
// that ward's page.
import { A, Navigate, useSearchParams } from '@solidjs/router';
import { For, Show, createMemo } from 'solid-js';
import { wardPath } from '../../app/paths';
import { usePageTitle } from '../../ui/usePageTitle';
import { t } from './i18n';
import { createWardData } from './wardData';
import { findWardByName, wardList } from './wardSummary';
import './ward.css';

export default function WardListPage() {
  const [params] = useSearchParams<{ name?: string }>();
  const areas = createWardData();
  usePageTitle(() => t('listTitle'));
  const named = createMemo(() => {
    const d = areas.data();
    const name = typeof params.name === 'string' ? params.name : '';
    return d && name ? { name, ward: findWardByName(d.wards, name) } : null;
  });
  const wards = createMemo(() => (areas.data() ? wardList(areas.data()!.wards) : []));

  return (
    <Show when={named()?.ward} fallback={<List />}>
      {(w) => <Navigate href={wardPath(w().properties.code)} />}
    </Show>
  );

  function List() {
    return (
      <div class="page narrow ward-index">
        <h1>{t('listTitle')}</h1>
        <p>{t('listIntro')}</p>
        <Show when={named() && !named()!.ward}>
          <p class="notice" role="alert">
            {t('noWardNamed', { name: named()!.name })}
          </p>
        </Show>
        <Show when={areas.error()}>
          <p class="error-message" role="alert">
            {t('loadFailed', { reason: areas.error()! })}
          </p>
        </Show>
        <Show when={areas.data()} fallback={<Show when={!areas.error()}>{<p class="loading">{t('loading')}</p>}</Show>}>
          <ul class="ward-index-list">
            <For each={wards()}>
              {(w) => (
                <li>
                  <A href={wardPath(w.code)}>{t('wardLink', { name: w.name })}</A>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </div>
    );
  }
}
