import { css } from 'lit';

export default css`
  :host {
    display: inline-flex;
    position: relative;
    vertical-align: middle;
    flex-shrink: 0;
    inline-size: var(--rtk-avatar-size, calc(var(--_space) * 10));
    block-size: var(--rtk-avatar-size, calc(var(--_space) * 10));
    font-size: var(--_font-size-sm);
  }
  /* The page's badge (default slot) sits over the picture, at its bottom end corner. */
  ::slotted(*) {
    position: absolute;
    inset-block-end: 0;
    inset-inline-end: 0;
  }
  :host([size='sm']) {
    inline-size: var(--rtk-avatar-size, calc(var(--_space) * 7));
    block-size: var(--rtk-avatar-size, calc(var(--_space) * 7));
    font-size: var(--_font-size-xs);
  }
  :host([size='lg']) {
    inline-size: var(--rtk-avatar-size, calc(var(--_space) * 16));
    block-size: var(--rtk-avatar-size, calc(var(--_space) * 16));
    font-size: var(--_font-size-lg);
  }
  :host([size='xl']) {
    inline-size: var(--rtk-avatar-size, calc(var(--_space) * 24));
    block-size: var(--rtk-avatar-size, calc(var(--_space) * 24));
    font-size: var(--_font-size-xl);
  }
  :host([variant='square']) [part='avatar'] {
    border-radius: var(--_radius);
  }
  :host([variant='hexagon']) [part='avatar'] {
    border-radius: 0;
    clip-path: polygon(25% 5%, 75% 5%, 100% 50%, 75% 95%, 25% 95%, 0 50%);
  }
`;

/**
 * The avatar's box: the picture, or the initials on the person's colour. Shared by `rtk-avatar` and
 * by the avatar a chat row draws itself (`avatar-template.ts`); its size comes from the element
 * around it.
 */
export const avatarBoxStyles = css`
  [part='avatar'] {
    /* Same palette (and fallbacks) as the participant tile, so a person keeps one colour. */
    --_avatar-0: var(--rtk-color-avatar-0, #1d4ed8);
    --_avatar-1: var(--rtk-color-avatar-1, #6d28d9);
    --_avatar-2: var(--rtk-color-avatar-2, #a21caf);
    --_avatar-3: var(--rtk-color-avatar-3, #be185d);
    --_avatar-4: var(--rtk-color-avatar-4, #b91c1c);
    --_avatar-5: var(--rtk-color-avatar-5, #9a3412);
    --_avatar-6: var(--rtk-color-avatar-6, #15803d);
    --_avatar-7: var(--rtk-color-avatar-7, #0e7490);
    display: flex;
    align-items: center;
    justify-content: center;
    inline-size: 100%;
    block-size: 100%;
    overflow: hidden;
    border-radius: 50%;
    background: var(--rtk-avatar-background, var(--_avatar-0));
    color: var(--rtk-avatar-color, var(--_brand-text));
    font-weight: 600;
    line-height: 1;
    user-select: none;
  }
  [data-colour='1'] { background: var(--rtk-avatar-background, var(--_avatar-1)); }
  [data-colour='2'] { background: var(--rtk-avatar-background, var(--_avatar-2)); }
  [data-colour='3'] { background: var(--rtk-avatar-background, var(--_avatar-3)); }
  [data-colour='4'] { background: var(--rtk-avatar-background, var(--_avatar-4)); }
  [data-colour='5'] { background: var(--rtk-avatar-background, var(--_avatar-5)); }
  [data-colour='6'] { background: var(--rtk-avatar-background, var(--_avatar-6)); }
  [data-colour='7'] { background: var(--rtk-avatar-background, var(--_avatar-7)); }
  [part='image'] {
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
`;
