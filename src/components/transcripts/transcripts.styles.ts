import { css } from 'lit';

export default css`
  :host {
    display: block;
    position: relative;
    font-family: var(--_font);
    container-type: inline-size;
  }
  [part='container'] {
    --_caption-size: var(--rtk-caption-font-size, var(--_font-size-lg));
    position: relative;
    display: flex;
    align-items: flex-end;
    gap: var(--_space);
    /* Room for three lines of the chosen size, whether or not anyone speaks: the stage above
       does not jump as lines come and go. */
    block-size: calc(var(--_caption-size) * 1.5 * 3 + var(--_space) * 3);
    padding-block: var(--_space);
    padding-inline: calc(var(--_space) * 2);
  }
  .size-sm {
    --_caption-size: var(--rtk-caption-font-size, var(--_font-size-md));
  }
  .size-lg {
    --_caption-size: var(--rtk-caption-font-size, var(--_font-size-xl));
  }
  .size-xl {
    --_caption-size: var(--rtk-caption-font-size, calc(var(--_font-size-xl) * 1.35));
  }
  /* On a phone's width every size is a step smaller, so a few lines still fit. */
  @container (max-width: 480px) {
    /* Four lines of the smaller text: long names wrap on a phone. */
    [part='container'] {
      block-size: calc(var(--_caption-size) * 1.5 * 4 + var(--_space) * 3);
    }
    .size-sm {
      --_caption-size: var(--rtk-caption-font-size, var(--_font-size-sm));
    }
    .size-md {
      --_caption-size: var(--rtk-caption-font-size, var(--_font-size-md));
    }
    .size-lg {
      --_caption-size: var(--rtk-caption-font-size, var(--_font-size-lg));
    }
    .size-xl {
      --_caption-size: var(--rtk-caption-font-size, var(--_font-size-xl));
    }
  }
  [part='lines'] {
    flex: 1 1 auto;
    min-inline-size: 0;
    max-block-size: 100%;
    display: flex;
    flex-direction: column;
    justify-content: flex-end;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    /* The oldest line is cut at the top when long lines need the room. */
    overflow: hidden;
    text-align: center;
    font-size: var(--_caption-size);
  }
  rtk-transcript {
    --rtk-caption-font-size: var(--_caption-size);
    max-inline-size: 60em;
  }
  [part='empty'] {
    margin: 0;
    padding-block: calc(var(--_space) * 0.5);
    padding-inline: calc(var(--_space) * 2);
    border-radius: var(--_radius-sm);
    /* Readable on the stage of every theme and on any page: the captions' own colours. */
    background: var(--_video-overlay);
    color: var(--_video-text);
    font-size: var(--_font-size-sm);
  }
  [part='settings-button'] {
    flex: 0 0 auto;
    display: inline-grid;
    place-items: center;
    inline-size: calc(var(--_space) * 9);
    block-size: calc(var(--_space) * 9);
    padding: 0;
    border: none;
    border-radius: var(--_radius-full);
    background: var(--_bg-control);
    color: var(--_text);
    font-size: var(--_font-size-lg);
    cursor: pointer;
  }
  [part='settings-button']:hover {
    background: var(--_bg-control-hover);
  }
  [part='settings-button'][aria-expanded='true'] {
    background: var(--_bg-control-active);
  }
  [part='settings'] {
    position: absolute;
    inset-block-end: calc(100% - var(--_space));
    inset-inline-end: calc(var(--_space) * 2);
    z-index: var(--_z-dropdown);
    display: grid;
    gap: calc(var(--_space) * 2);
    min-inline-size: 14rem;
    padding: calc(var(--_space) * 3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg-raised);
    color: var(--_text);
    box-shadow: var(--_shadow-md);
    font-size: var(--_font-size-sm);
  }
  [part='settings'][hidden] {
    display: none;
  }
  fieldset {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    border: none;
  }
  legend {
    padding: 0;
    margin-block-end: var(--_space);
    font-weight: 600;
  }
  label {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    cursor: pointer;
  }
  input {
    margin: 0;
    accent-color: var(--_brand);
  }
`;
