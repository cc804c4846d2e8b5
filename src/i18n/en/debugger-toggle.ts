/** English strings of the `debugger_toggle.*` keys: the control that opens the call diagnostics. */
export const debuggerToggleStrings = {
  'debugger_toggle.label': 'Call diagnostics',
} as const;
