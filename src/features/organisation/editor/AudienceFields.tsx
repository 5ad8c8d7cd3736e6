// "Who it is for": cost, age groups, accessibility and the languages spoken.
import { For } from 'solid-js';
import { ASSET_LIMITS } from '../../../domain/limits';
import { ACCESSIBILITY, AGE_GROUPS, type AccessibilityFeature, type AgeGroup } from '../../../domain/types';
import { Choice, FieldSet } from '../../../ui/Field';
import { TextField } from '../../../ui/TextField';
import { assetFieldId, type AssetForm } from './assetForm';
import type { FieldSectionProps } from './fieldSection';
import { t } from './i18n';

export function AudienceFields(props: FieldSectionProps) {
  const toggle = <K extends 'age_groups' | 'accessibility'>(field: K, value: AssetForm[K][number], on: boolean) => {
    const list = props.form[field] as string[];
    props.setForm(field, (on ? (list.includes(value) ? list : [...list, value]) : list.filter((v) => v !== value)) as AssetForm[K]);
  };
  return (
    <>
      <FieldSet id={assetFieldId('free')} legend={t('cost')} error={props.errors.free}>
        <Choice
          type="checkbox"
          id="asset-free-yes"
          name="free"
          value="yes"
          checked={props.form.free}
          onChange={(on) => props.setForm('free', on)}
          label={t('freeToUse')}
        />
      </FieldSet>
      <TextField
        id={assetFieldId('cost')}
        name="cost"
        label={t('costDetails')}
        hint={t('costDetailsHint')}
        error={props.errors.cost}
        maxlength={ASSET_LIMITS.cost}
        value={props.form.cost}
        onInput={(v) => props.setForm('cost', v)}
      />
      <FieldSet id={assetFieldId('age_groups')} legend={t('ageGroups')} hint={t('ageGroupsHint')} error={props.errors.age_groups}>
        <div class="choices">
          <For each={Object.entries(AGE_GROUPS) as [AgeGroup, { label: string }][]}>
            {([value, g]) => (
              <Choice
                type="checkbox"
                id={`asset-age_groups-${value}`}
                name="age_groups"
                value={value}
                checked={props.form.age_groups.includes(value)}
                onChange={(on) => toggle('age_groups', value, on)}
                label={g.label}
              />
            )}
          </For>
        </div>
      </FieldSet>
      <FieldSet id={assetFieldId('accessibility')} legend={t('accessibility')} hint={t('accessibilityHint')} error={props.errors.accessibility}>
        <div class="choices">
          <For each={Object.entries(ACCESSIBILITY) as [AccessibilityFeature, string][]}>
            {([value, label]) => (
              <Choice
                type="checkbox"
                id={`asset-accessibility-${value}`}
                name="accessibility"
                value={value}
                checked={props.form.accessibility.includes(value)}
                onChange={(on) => toggle('accessibility', value, on)}
                label={label}
              />
            )}
          </For>
        </div>
      </FieldSet>
      {/* No maxlength: the bounds are per language and on the count, which the checks explain. */}
      <TextField
        id={assetFieldId('languages')}
        name="languages"
        label={t('languages')}
        hint={t('languagesHint')}
        error={props.errors.languages}
        value={props.form.languages}
        onInput={(v) => props.setForm('languages', v)}
      />
    </>
  );
}
