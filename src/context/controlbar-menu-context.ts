import { createContext } from '@lit/context';

/**
 * True inside the menu of `rtk-more-toggle`: an `rtk-controlbar-button` there (inside any toggle
 * put in the menu) renders as a menu item (`menuitem`, or `menuitemcheckbox` for a toggle) that
 * the menu's arrow keys reach instead of Tab. Provided by the menu element itself, so the "More"
 * button next to it is not affected.
 */
export const controlbarMenuContext = createContext<boolean>(Symbol.for('rtk/controlbar-menu'));
