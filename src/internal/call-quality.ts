/** How a media score (0–10) reads to a person. */
export type NetworkQuality = 'good' | 'weak' | 'poor';

/**
 * The quality a score falls in: 7 and above is good, 4–6 weak, below 4 poor. One rule for the
 * tile's network indicator and the call diagnostics, so they always agree.
 */
export function qualityOf(score: number | undefined): NetworkQuality {
  if (score === undefined || score >= 7) return 'good';
  return score >= 4 ? 'weak' : 'poor';
}
