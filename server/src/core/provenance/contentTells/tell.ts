/**
 * A content tell (signal A): a phrase or shape that pasted chat output leaves in source. Rules are data, one file
 * per family, each proving itself on its own samples (test/unit/contentTells.test.ts runs them all).
 */

/** A sample: source text (TypeScript unless a language is given) in which the tell must fire, or must not. */
export type TellSample = string | { languageId: string; text: string };

export interface ContentTell {
  id: string;
  /** Shown in the hover: "content tells: chat preamble, markdown fence". */
  title: string;
  /** A strong tell alone flags its block; weak ones need a second in the same block. */
  strength: 'strong' | 'weak';
  /** code: a line outside comments (bare prose or a fence); comment: a comment line; any: either. */
  where: 'code' | 'comment' | 'any';
  /** Tested against the line without indentation and, on comment lines, without the comment markers. */
  pattern: RegExp;
  /** Whether a match inside a one-line string literal counts (placeholders live in strings; "As an AI" in a
   *  chatbot's prompt string does not make the code AI-written). */
  inStrings?: boolean;
  /** The block the tell belongs to: its enclosing block; the fenced region; the code it introduces; the code it
   *  follows (a chat postscript). */
  extent: 'enclosing' | 'fence-pair' | 'introduces-next' | 'closes-previous';
  samples: { fire: TellSample[]; quiet: TellSample[] };
}
