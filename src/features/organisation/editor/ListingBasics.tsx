// The listing's first fields: what kind it is, its name and its description.
import { For } from 'solid-js';
import { ASSET_LIMITS } from '../../../domain/limits';
import type { AssetKind } from '../../../domain/types';
import { Choice, FieldSet } from '../../../ui/Field';
import { TextArea, TextField } from '../../../ui/TextField';
import { assetFieldId } from './assetForm';
import type { FieldSectionProps } from './fieldSection';

import { t } from './i18n';

const KINDS: { value: AssetKind; label: () => string; hint: () => string }[] = [
  { value: 'place', label: () => t('kindPlace'), hint: () => t('kindPlaceHint') },
  { value: 'group', label: () => t('kindGroup'), hint: () => t('kindGroupHint') },
  { value: 'service', label: () => t('kindService'), hint: () => t('kindServiceHint') },
];

export function ListingBasics(props: FieldSectionProps) {
  return (
    <>
      <FieldSet id={assetFieldId('kind')} legend={t('whatKind')} error={props.errors.kind}>
        <div class="choices">
          <For each={KINDS}>
            {(k) => (
              <Choice
                type="radio"
                id={`asset-kind-${k.value}`}
                name="kind"
                value={k.value}
                checked={props.form.kind === k.value}
                onChange={() => props.setForm('kind', k.value)}
                label={k.label()}
                hint={k.hint()}
              />
            )}
          </For>
        </div>
      </FieldSet>
      <TextField
        id={assetFieldId('name')}
        name="name"
        label={t('name')}
        hint={t('nameHint')}
        error={props.errors.name}
        maxlength={ASSET_LIMITS.name}
        value={props.form.name}
        onInput={(v) => props.setForm('name', v)}
      />
      <TextArea
        id={assetFieldId('description')}
        name="description"
        rows={5}
        label={t('description')}
        hint={t('descriptionHint')}
        error={props.errors.description}
        maxlength={ASSET_LIMITS.description}
        value={props.form.description}
        onInput={(v) => props.setForm('description', v)}
      />
    </>
  );
}
