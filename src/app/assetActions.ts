// The audit trail's actions in words (AssetHistory), from the app's dictionary.
import { ASSET_EVENT_ACTIONS, type AssetEventAction } from '../domain/types';
import { t } from './i18n';

/** The action in words; an action the app does not know yet shows as the database names it. */
export function actionName(action: string): string {
  return (ASSET_EVENT_ACTIONS as readonly string[]).includes(action) ? t(`action_${action as AssetEventAction}`) : action;
}
