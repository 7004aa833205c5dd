/** A secret rule is data plus a little code (DESIGN §2). Samples are generated, never literal tokens. */
import type { SampleKit } from './sampleKit';

export interface Validation {
  /** true: structurally live (checksum valid, parses); false: fails its own structure — probably a placeholder. */
  valid: boolean;
  /** Shown to the user, e.g. "checksum valid". Never contains the secret. */
  detail: string;
}

/** What a rule's `accept` can see besides the secret and its line. */
export interface MatchContext {
  /** VS Code language id of the document ('plaintext' when unknown). */
  languageId: string;
  /** The named groups of the match (e.g. the assignment's name, the quote). */
  groups: Readonly<Record<string, string | undefined>>;
  /** The whole text and the secret's offsets in it. */
  text: string;
  start: number;
  end: number;
}

export interface SecretRule {
  /** Diagnostic code, e.g. `secret/github-pat`. */
  id: string;
  /** Human name, e.g. "GitHub personal access token". */
  title: string;
  /** Lower-case substrings, one of which must occur in the text for the rule to run (the prefilter). */
  keywords: string[];
  /** Must contain a named group `secret`. Flags are managed by the scanner (it adds `g` and `d`). */
  pattern: RegExp;
  /** Minimum Shannon entropy (bits per character) of the secret. */
  minEntropy?: number;
  /** Offline structural check: checksums, decoding, parsing. */
  validate?: (secret: string) => Validation;
  /** Extra code-level filter: return false to drop a match (e.g. a placeholder specific to this provider). */
  accept?: (secret: string, line: string, context: MatchContext) => boolean;
  /** Default environment variable name for the move-to-env fix. */
  envName: string;
  /** Where to read about the token format. */
  docs?: string;
  /** Proof: built at test time so no literal token ships in the bundle. */
  samples: (kit: SampleKit) => { secret: string[]; clean: string[] };
}
