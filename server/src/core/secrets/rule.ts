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
  /** Must contain a named group `secret`. Flags are managed by the scanner (it adds `g`, and `d` only to locate the group). */
  pattern: RegExp;
  /**
   * The rule's keywords gate it but need not occur in or next to a match (a context word anywhere in the text, a
   * prefix that not every match starts with): the expression runs over the whole text. Otherwise the scanner runs it
   * only in windows around its anchors (scanSecrets.ts), which requires every match, with the characters its
   * lookarounds inspect, to contain an anchor.
   */
  wholeText?: true;
  /**
   * Lower-case substrings one of which every match contains (with what its lookarounds inspect), when the keywords
   * alone do not guarantee it (the expression accepts a spelling no keyword covers). Defaults to `keywords`.
   */
  anchors?: string[];
  /**
   * When the expression's structure guarantees it: every match contains an anchor starting at most this many
   * characters after the match's start (generic's name has at most 40 characters before its keyword fragment).
   * Narrows the windows; without it they span the expression's longest match on either side of each anchor.
   */
  anchorWithin?: number;
  /**
   * A character class (regex source) such that a match starts exactly where the run of these characters holding
   * its anchor starts (at most `anchorWithin` before it), as generic's name does after its lookbehind: the scanner
   * then tries the expression only at those starts.
   */
  anchorRun?: string;
  /** Minimum Shannon entropy (bits per character) of the secret. */
  minEntropy?: number;
  /** Offline structural check: checksums, decoding, parsing. */
  validate?: (secret: string) => Validation;
  /**
   * A cheap test on the match's groups alone, run before anything else (locating the secret, entropy, placeholder
   * checks): false drops the match. Only for what `accept` would reject anyway — it saves the work for the many
   * matches a broad rule rejects (generic's `key: value` in code).
   */
  precheck?: (groups: Readonly<Record<string, string | undefined>>, languageId: string) => boolean;
  /** Extra code-level filter: return false to drop a match (e.g. a placeholder specific to this provider). */
  accept?: (secret: string, line: string, context: MatchContext) => boolean;
  /** Default environment variable name for the move-to-env fix. */
  envName: string;
  /** Where to read about the token format. */
  docs?: string;
  /** Proof: built at test time so no literal token ships in the bundle. */
  samples: (kit: SampleKit) => { secret: string[]; clean: string[] };
}
