import { createContext } from '@lit/context';
import type { Meeting } from '../meeting/meeting.js';
import type { IconPack } from '../icons/icon-pack.js';
import type { TFunction } from '../i18n/t.js';
import type { UiConfig } from './config.js';
import type { UiStates } from './states.js';

/*
 * Context keys use `Symbol.for` so that an add-on package with its own copy of this module still
 * talks to the same provider.
 */

/** The meeting object. */
export const meetingContext = createContext<Meeting | undefined>(Symbol.for('rtk/meeting'));
/** UI-only states (open panels and dialogs, preferences). */
export const statesContext = createContext<Readonly<UiStates>>(Symbol.for('rtk/states'));
/** Layout and look options. */
export const configContext = createContext<Readonly<UiConfig>>(Symbol.for('rtk/config'));
/** The translate function. */
export const languageContext = createContext<TFunction>(Symbol.for('rtk/t'));
/** The icon pack. */
export const iconPackContext = createContext<IconPack>(Symbol.for('rtk/icon-pack'));
