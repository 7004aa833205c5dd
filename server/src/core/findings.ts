/** Plain-data results of the analysis, shared by the language server and the CLI. */
import type { Range } from './text/lineIndex';
import type { UntaggedBlockData } from './provenance/untaggedBlocks';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

export interface SecretFindingData {
  kind: 'secret';
  ruleId: string;
  /** Offsets of the secret in the analysed text (for fixes that must not re-analyse). */
  start: number;
  end: number;
  envName: string;
  fingerprint: string;
}

export interface TagFindingData {
  kind: 'tag';
  /** 0-based line of the tag the finding is about. */
  tagLine?: number;
}

export type { UntaggedBlockData };

export interface Finding {
  /** Rule id, e.g. `secret/github-pat`, `ai/malformed-tag`. */
  code: string;
  severity: Severity;
  /** Never contains a secret's value. */
  message: string;
  range: Range;
  /** Stable id for suppression and SARIF partialFingerprints. */
  fingerprint: string;
  docs?: string;
  data?: SecretFindingData | TagFindingData | UntaggedBlockData;
}
