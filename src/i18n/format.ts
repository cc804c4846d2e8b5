/**
 * Locale-aware formatting through `Intl`, for dates, times, numbers, durations and relative times.
 * Each function takes the locale first; components reach them bound to the language in use
 * through `this.localize` (`this.localize.formatTime(date)`), see `Translator` in `t.ts`.
 */

/** How a duration is written: `long` (1 hour, 5 minutes), `short`, `narrow`, `digital` (1:05:00). */
export type DurationStyle = 'long' | 'short' | 'narrow' | 'digital';

/** A date or time: a `Date`, or milliseconds since the epoch. */
export type DateInput = Date | number;

// Intl formatters are costly to build; one per locale and options is enough.
const cache = new Map<string, unknown>();
function cached<T>(kind: string, locale: string, options: object | undefined, build: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options ?? {})}`;
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = build();
    cache.set(key, value);
  }
  return value;
}

/** Formats a number (`1234.5` → `1,234.5` in English, `1.234,5` in German, `١٬٢٣٤٫٥` in Arabic). */
export function formatNumber(
  locale: string,
  value: number,
  options?: Intl.NumberFormatOptions,
): string {
  return cached('number', locale, options, () => new Intl.NumberFormat(locale, options)).format(
    value,
  );
}

/** Formats a calendar date; `dateStyle: 'medium'` unless options say otherwise. */
export function formatDate(
  locale: string,
  date: DateInput,
  options?: Intl.DateTimeFormatOptions,
): string {
  const resolved = options ?? { dateStyle: 'medium' };
  return cached('date', locale, resolved, () => new Intl.DateTimeFormat(locale, resolved)).format(
    date,
  );
}

/** Formats a time of day; `timeStyle: 'short'` unless options say otherwise. */
export function formatTime(
  locale: string,
  date: DateInput,
  options?: Intl.DateTimeFormatOptions,
): string {
  const resolved = options ?? { timeStyle: 'short' };
  return cached('time', locale, resolved, () => new Intl.DateTimeFormat(locale, resolved)).format(
    date,
  );
}

interface DurationParts {
  hours: number;
  minutes: number;
  seconds: number;
}

function durationParts(ms: number): DurationParts {
  const total = Math.floor(Math.max(0, Number.isFinite(ms) ? ms : 0) / 1000);
  return {
    hours: Math.floor(total / 3600),
    minutes: Math.floor((total % 3600) / 60),
    seconds: total % 60,
  };
}

interface DurationFormatLike {
  format(duration: Partial<DurationParts>): string;
}
type DurationFormatConstructor = new (
  locale: string,
  options: {
    style: DurationStyle;
    hoursDisplay?: 'auto' | 'always';
    secondsDisplay?: 'auto' | 'always';
  },
) => DurationFormatLike;

/** `Intl.DurationFormat` where the browser has it (Chromium 129+, Safari 16.4+, Firefox 136+). */
function nativeDurationFormat(): DurationFormatConstructor | undefined {
  return (Intl as unknown as { DurationFormat?: DurationFormatConstructor }).DurationFormat;
}

/**
 * The fallback without `Intl.DurationFormat`: each unit through `Intl.NumberFormat`'s unit style,
 * joined with `Intl.ListFormat`; `digital` pads minutes and seconds with the locale's digits.
 */
export function formatDurationFallback(
  locale: string,
  ms: number,
  style: DurationStyle = 'short',
): string {
  const { hours, minutes, seconds } = durationParts(ms);
  if (style === 'digital') {
    const pad = (n: number) => formatNumber(locale, n, { minimumIntegerDigits: 2 });
    const plain = (n: number) => formatNumber(locale, n);
    return hours > 0
      ? `${plain(hours)}:${pad(minutes)}:${pad(seconds)}`
      : `${plain(minutes)}:${pad(seconds)}`;
  }
  const units: Array<[number, string]> = [
    [hours, 'hour'],
    [minutes, 'minute'],
    [seconds, 'second'],
  ];
  const shown = units.filter(([value]) => value > 0);
  const parts = (shown.length ? shown : [units[2]]).map(([value, unit]) =>
    formatNumber(locale, value, { style: 'unit', unit, unitDisplay: style }),
  );
  const list = cached(
    'list',
    locale,
    { style },
    () => new Intl.ListFormat(locale, { type: 'unit', style }),
  );
  return list.format(parts);
}

/**
 * Formats a length of time given in milliseconds (whole seconds), e.g. a meeting's running time:
 * `1 hr, 5 min` (`short`), `1 hour, 5 minutes` (`long`), `1:05:00` (`digital`).
 */
export function formatDuration(locale: string, ms: number, style: DurationStyle = 'short'): string {
  const DurationFormat = nativeDurationFormat();
  if (!DurationFormat) return formatDurationFallback(locale, ms, style);
  const parts = durationParts(ms);
  // Digital shows hours only when there are some (`1:05`, not `0:01:05`), like the fallback;
  // the other styles leave zero units out ("1 hr", not "1 hr, 0 min, 0 sec") but keep "0 sec".
  const zero = parts.hours + parts.minutes + parts.seconds === 0;
  const options =
    style === 'digital'
      ? { style, hoursDisplay: 'auto' as const }
      : { style, secondsDisplay: zero ? ('always' as const) : ('auto' as const) };
  const formatter = cached('duration', locale, options, () => new DurationFormat(locale, options));
  return formatter.format(parts);
}

const RELATIVE_UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/**
 * Formats a moment relative to `now` with the largest unit that fits: `5 minutes ago`,
 * `in 2 days`, `now` (`numeric: 'auto'` unless options say otherwise).
 */
export function formatRelativeTime(
  locale: string,
  date: DateInput,
  now: DateInput = Date.now(),
  options?: Intl.RelativeTimeFormatOptions,
): string {
  const resolved = options ?? { numeric: 'auto' };
  const seconds = Math.round((Number(date) - Number(now)) / 1000);
  const [unit, size] = RELATIVE_UNITS.find(([, size]) => Math.abs(seconds) >= size) ?? [
    'second',
    1,
  ];
  const formatter = cached(
    'relative',
    locale,
    resolved,
    () => new Intl.RelativeTimeFormat(locale, resolved),
  );
  return formatter.format(Math.trunc(seconds / size), unit);
}
