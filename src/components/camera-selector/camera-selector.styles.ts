// The three device pickers look the same: one sheet, shared.
export { default } from '../../styles/device-selector.styles.js';
