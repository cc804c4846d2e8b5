import type { DesignTokens } from '../styles/design-system.js';
import type { UiOverrides } from './overrides.js';
import type { ShortcutConfig } from '../internal/shortcuts.js';

/**
 * The controls `config.controlBar.elements` can turn off (`false`), by name: the preset's names
 * (`self.config.controlBar.elements`: `chat`, `fullscreen`, `participants`, `plugins`, `polls`,
 * `screenshare`) and ours for the rest.
 */
export type ControlbarElement =
  | 'mic'
  | 'camera'
  | 'stage'
  | 'screenshare'
  | 'recording'
  | 'livestream'
  | 'chat'
  | 'polls'
  | 'participants'
  | 'plugins'
  | 'muteAll'
  | 'settings'
  | 'fullscreen'
  | 'pip'
  | 'reactions'
  | 'raiseHand'
  | 'captions'
  | 'ai'
  | 'debugger'
  | 'qna'
  | 'breakoutRooms'
  | 'leave';

/**
 * What `config.controlBar` may say about the default controls. `config.controlBar: false` hides
 * the whole bar (`rtk-meeting` does that).
 */
export interface ControlbarConfig {
  /** Controls to leave out (`false`); any other value keeps the control. */
  elements?: Partial<Record<ControlbarElement, boolean>>;
}

/** Layout and look options of the kit (the official kit's `config`). */
export interface UiConfig {
  /** Where the self tile goes in the grid. */
  selfTilePosition?: 'first' | 'last';
  /**
   * A fixed tile aspect ratio, `width:height`. Unset (the default), tiles take whichever shape
   * from 3:4 to 16:9 fills the stage best, cropping video to fill.
   */
  aspectRatio?: string;
  /** Gap between tiles in pixels (default 8). */
  gridGap?: number;
  /**
   * Theme, brand colour, radius, font and spacing, applied by the provider (`rtk-meeting`,
   * `rtk-ui-provider`) to its own element as overridable defaults: the page's CSS on that element
   * still wins. Same options as `provideRtkDesignSystem()`.
   */
  designTokens?: DesignTokens;
  /** `false` hides the control bar; `elements.<name>: false` removes one of its controls (see `rtk-controlbar`). */
  controlBar?: false | ControlbarConfig;
  /**
   * `false` silences join/leave tones; or per category. The official kit's options are read too,
   * in `config.config` (its place) or here: `notifications`, `notification_sounds` and
   * `notification_duration` (ms), each per category (`participant_joined`, `participant_left`,
   * `participant_joined_waitlist`, `chat`, `polls`, `webinar`) or `false` for all.
   */
  notificationSounds?: boolean | { participant_joined?: boolean; participant_left?: boolean };
  /**
   * The official kit's `overrides` (`disablePrivateChat`, `disableEmojiPicker`, …), put here by
   * the provider's `overrides` property so they flow down with the config (`src/context/overrides.ts`).
   */
  overrides?: UiOverrides;
  /**
   * `false` when the provider's `loadConfigFromPreset` is off (or set here): the UI options of the
   * preset (`meeting.self.config`) are not taken, only this config (read it with `presetOf()`).
   */
  loadConfigFromPreset?: boolean;
  /**
   * Keyboard shortcuts: a combination per action (`{ raiseHand: 'Alt+Shift+Y', leave: false }`),
   * `pushToTalk: false` (see `ShortcutConfig` and `rtk-controlbar`). `disable-shortcuts` on the
   * control bar turns them all off.
   */
  shortcuts?: ShortcutConfig;
  /** Any other option. */
  [key: string]: unknown;
}

export const defaultConfig: Readonly<UiConfig> = Object.freeze({
  selfTilePosition: 'first',
  gridGap: 8,
});

/**
 * The preset's UI options (`meeting.self.config`) an element should follow: none when
 * `config.loadConfigFromPreset` is `false`.
 */
export function presetOf<T>(
  meeting: { self?: { config?: T } } | undefined,
  config: Readonly<UiConfig> | undefined,
): T | undefined {
  return config?.loadConfigFromPreset === false ? undefined : meeting?.self?.config;
}
