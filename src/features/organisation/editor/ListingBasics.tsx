// The listing's first fields: what kind it is, its name and its description.
import { For } from 'solid-js';
import { ASSET_LIMITS } from '../../../domain/limits';
import type { AssetKind } from '../../../domain/types';
import { Choice, FieldSet } from '../../../ui/Field';
import { TextArea, TextField } from '../../../ui/TextField';
import { assetFieldId } from './assetForm';
import type { FieldSectionProps } from './fieldSection';

const KINDS: { value: AssetKind; label: string; hint: string }[] = [
  { value: 'place', label: 'Place', hint: 'A building or outdoor space people can visit, like a community centre or park' },
  { value: 'group', label: 'Group', hint: 'People who meet regularly, like a walking group or a parents’ coffee morning' },
  { value: 'service', label: 'Service', hint: 'Help or support people can ask for, like debt advice or a befriending service' },
];

export function ListingBasics(props: FieldSectionProps) {
  return (
    <>
      <FieldSet id={assetFieldId('kind')} legend="What kind of listing is it?" error={props.errors.kind}>
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
                label={k.label}
                hint={k.hint}
              />
            )}
          </For>
        </div>
      </FieldSet>
      <TextField
        id={assetFieldId('name')}
        name="name"
        label="Name"
        hint="As residents would know it"
        error={props.errors.name}
        maxlength={ASSET_LIMITS.name}
        value={props.form.name}
        onInput={(v) => props.setForm('name', v)}
      />
      <TextArea
        id={assetFieldId('description')}
        name="description"
        rows={5}
        label="Description"
        hint="What happens, who it is for and what to expect on a first visit"
        error={props.errors.description}
        maxlength={ASSET_LIMITS.description}
        value={props.form.description}
        onInput={(v) => props.setForm('description', v)}
      />
    </>
  );
}
