import { createTranslator } from '../../../i18n';
import en from './en';

export const t = createTranslator(en, { pl: () => import('./pl') });
