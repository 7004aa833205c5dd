/**
 * The language families that can read a secret from the environment (DESIGN §3). JSON, plain text, `.env` and
 * `.properties` have no lookup of their own: the fix is not offered there (the suppress/ignore fixes still are).
 */
import type { EnvLanguage } from './envLanguage';
import { javascript } from './javascript';
import { python } from './python';
import { go } from './go';
import { java, kotlin } from './jvm';
import { csharp } from './csharp';
import { ruby } from './ruby';
import { php } from './php';
import { rust } from './rust';
import { shell, yaml } from './shellLike';

const FAMILIES: readonly EnvLanguage[] = [javascript, python, go, java, kotlin, csharp, ruby, php, rust, shell, yaml];
const BY_ID = new Map(FAMILIES.flatMap(f => f.ids.map(id => [id, f] as const)));

export function envLanguageFor(languageId: string): EnvLanguage | undefined {
  return BY_ID.get(languageId);
}
