/**
 * Fails the current test when it logged a `console.error` or raised an uncaught error or
 * unhandled rejection. Call once at the top of a `describe`.
 */
export function failOnConsoleErrors(): void {
  let errors: unknown[] = [];
  let original: typeof console.error;
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);

  beforeEach(() => {
    errors = [];
    original = console.error;
    console.error = (...args: unknown[]) => {
      errors.push(args.map(String).join(' '));
      original.apply(console, args);
    };
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });

  afterEach(() => {
    console.error = original;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    if (errors.length) throw new Error(`errors during the test:\n${errors.map(String).join('\n')}`);
  });
}
