/**
 * Shared pattern builder for provider rules whose value has no distinctive prefix (a bare UUID, a run of digits)
 * and is recognised by the provider's name on the left: `heroku_api_key = "…"`, `HUBSPOT_KEY: …`,
 * `<discordClientId>\n  …`, `System.setProperty("ASANA_ID", "…")`. Not a rule file: it exports no SecretRule.
 *
 * Shape: the provider word, up to 40 more name characters, an optional closing quote, an optional Go-style type
 * (`var x string = …`), then an assignment operator (`=`, `:=`, `::=`, `?=`, `.=`, `:`, `=>`, `,`, `>` of an
 * XML tag) or plain whitespace, an optional opening quote and the value. Every repeat is bounded so a long line
 * costs at most a constant amount of work per occurrence of the provider word.
 */
export function assignedNear(word: string, value: string, flags = 'i'): RegExp {
  const name = String.raw`(?<![A-Za-z0-9])(?:${word})[A-Za-z0-9_.\-]{0,40}`;
  const op = String.raw`["'\x60]?(?:[ \t]{1,4}string)?[ \t]{0,8}(?:[:?.]{0,3}=|=>|:|,|>|[ \t])[ \t\r\n]{0,12}["'\x60]?`;
  return new RegExp(String.raw`${name}${op}(?<secret>${value})`, flags);
}
