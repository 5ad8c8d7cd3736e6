// What each section of the listing editor's fields is given: the form, its setter and the errors.
import type { SetStoreFunction } from 'solid-js/store';
import type { AssetForm, AssetFormErrors } from './assetForm';

export interface FieldSectionProps {
  form: AssetForm;
  setForm: SetStoreFunction<AssetForm>;
  errors: AssetFormErrors;
}
