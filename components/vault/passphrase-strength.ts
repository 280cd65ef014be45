/**
 * Passphrase strength (issue 12, item 6), estimated by zxcvbn-ts rather than by length alone:
 * "aaaaaaaaaaaa" has twelve characters and no strength. The estimator and its dictionaries
 * (~1 MB of word lists) are loaded on first use with dynamic imports, so they sit in their own
 * chunks of the options page and nowhere else (not in the popup, the background or the content
 * script). Its feedback is shown in our words: each zxcvbn feedback key maps to a message in
 * locales/en/vault.json.
 */
import { t, type MessageKey } from '../../utils/i18n';

/**
 * zxcvbn scores 0–4 (4: at least 10^10 guesses). One rule for every new passphrase (vault, change,
 * backup) and for the live meter, which calls the same judgePassphrase: score 4. Score 3 (10^8 to
 * 10^10 guesses) let "Summer2024!!" through (zxcvbn reads "2024!!" as random characters) while it
 * refused "password1234" (issue 20, item 10); both are a word and a few digits. A copied profile
 * or a backup file faces offline guessing at the KDF's cost (docs/vault-design.md §9): 10^8
 * guesses of Argon2id at a GPU's few thousand a second is hours, 10^10 is months.
 */
export const MIN_SCORE = 4;

/** Words that belong to this extension and its users' context, so a passphrase built on them counts as guessable. */
const USER_INPUTS = ['scopekeeper', 'bigcommerce', 'credentials', 'vault'];

const WARNINGS: Readonly<Record<string, MessageKey>> = {
  straightRow: 'vault_strength_w_keyboard',
  keyPattern: 'vault_strength_w_keyboard',
  simpleRepeat: 'vault_strength_w_repeat',
  extendedRepeat: 'vault_strength_w_repeat',
  sequences: 'vault_strength_w_sequence',
  recentYears: 'vault_strength_w_dates',
  dates: 'vault_strength_w_dates',
  topTen: 'vault_strength_w_common',
  topHundred: 'vault_strength_w_common',
  common: 'vault_strength_w_common',
  similarToCommon: 'vault_strength_w_similar',
  wordByItself: 'vault_strength_w_single_word',
  namesByThemselves: 'vault_strength_w_names',
  commonNames: 'vault_strength_w_names',
};

const SUGGESTIONS: Readonly<Record<string, MessageKey>> = {
  repeated: 'vault_strength_s_repeated',
  sequences: 'vault_strength_s_sequences',
  dates: 'vault_strength_s_dates',
  recentYears: 'vault_strength_s_dates',
  associatedYears: 'vault_strength_s_dates',
  l33t: 'vault_strength_s_l33t',
  reverseWords: 'vault_strength_s_reverse',
  longerKeyboardPattern: 'vault_strength_s_keyboard',
  anotherWord: 'vault_strength_s_another_word',
  useWords: 'vault_strength_s_use_words',
};

type Check = (passphrase: string) => { score: number; warningKey: string | null; suggestionKeys: string[] };

let loading: Promise<Check> | null = null;

async function load(): Promise<Check> {
  const [{ ZxcvbnFactory }, common, en] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]);
  // Translations that are the keys themselves: we map keys to our own messages.
  const keys = <T extends Record<string, string>>(o: T): T => Object.fromEntries(Object.keys(o).map((k) => [k, k])) as T;
  const zxcvbn = new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: { ...en.translations, warnings: keys(en.translations.warnings), suggestions: keys(en.translations.suggestions) },
  });
  return (passphrase) => {
    const r = zxcvbn.check(passphrase, USER_INPUTS);
    return { score: r.score, warningKey: r.feedback.warning, suggestionKeys: r.feedback.suggestions };
  };
}

/** Starts loading the estimator (call when a new-passphrase field appears). */
export function preloadStrength(): Promise<Check> {
  loading ??= load().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

export interface StrengthVerdict {
  ok: boolean;
  score: number;
  /** Why it is refused, and what would help; both in our words. */
  reason?: string;
  suggestion?: string;
}

export async function judgePassphrase(passphrase: string): Promise<StrengthVerdict> {
  const check = await preloadStrength();
  // Only the first 256 characters are estimated: zxcvbn's matching grows quickly with length,
  // and anything that long is not the weak passphrase this check is for.
  const { score, warningKey, suggestionKeys } = check(passphrase.slice(0, 256));
  if (score >= MIN_SCORE) return { ok: true, score };
  const warning = warningKey ? WARNINGS[warningKey] : undefined;
  // The specific advice first ("avoid repeats"); the general "add words" only when there is none.
  const suggestion = [...suggestionKeys.filter((k) => k !== 'anotherWord'), ...suggestionKeys].map((k) => SUGGESTIONS[k]).find(Boolean);
  return {
    ok: false,
    score,
    reason: t(warning ?? 'vault_strength_w_guessable'),
    suggestion: t(suggestion ?? 'vault_strength_s_another_word'),
  };
}
