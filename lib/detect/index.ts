/*
 * Key detection: recognises common credential formats in text, locally, and
 * says what to do about each. Pure and isomorphic: no I/O, no React, no DOM
 * beyond atob/TextDecoder; nothing recognised ever leaves the result as text.
 */
export { detect, MAX_LISTED_NAMES, MAX_SCAN_CHARS } from './detect';
export { suggestedLabel, MAX_SUGGESTED_LABEL_CHARS } from './label';
export {
  ADVICE,
  DETECTION_STRINGS_EN,
  DETECTION_TEXT,
  KIND_LABELS,
  type DetectionStrings,
  type DetectionText,
} from './advice';
export { DETECTION_KINDS, KINDS, type AdviceKey, type DetectionKind, type Severity } from './kinds';
export type { DotenvFinding, Finding, KeyFinding } from './types';
