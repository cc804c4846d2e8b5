import type { ReactiveControllerHost } from 'lit';
import { ActionController } from '../controllers/action-controller.js';
import { errorStrings } from '../i18n/en/error.js';
import { setupStrings } from '../i18n/en/setup.js';
import { withStrings, type Translator } from '../i18n/t.js';
import type { Meeting } from '../meeting/meeting.js';

/** The English strings its notification needs. */
const strings = { ...errorStrings, ...setupStrings };

/**
 * Joins `meeting` for a provider whose `showSetupScreen` is off (`rtk-meeting`, `rtk-ui-provider`);
 * a refusal becomes an `rtkNotification` from `host` ("Join meeting failed: …"). Loaded the first
 * time it is needed, with the strings it names, so a meeting with a setup screen carries neither.
 */
export function autoJoin(
  host: ReactiveControllerHost & HTMLElement,
  meeting: Meeting,
  localize: Translator,
): Promise<unknown> {
  const t = withStrings(localize, strings);
  return new ActionController(host, () => t).run('join', () => meeting.join(), {
    action: t('setup.join'),
  });
}
