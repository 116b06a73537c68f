/** Why a Subscriptions page was not recognized (explained in the popup). */
export const UNRECOGNIZED_REASONS = ['no-sections', 'no-grid', 'no-name-column'] as const;
export type UnrecognizedReason = (typeof UNRECOGNIZED_REASONS)[number];
