/**
 * Validation messages in both of Lokus' languages. Valibot hands a message function the issue, whose `lang`
 * the worker sets per request (`v.safeParse(schema, input, { lang })`); without one the words are Indonesian.
 */

/**
 * @example v.minLength(3, say('Nama minimal 3 karakter', 'Name: at least 3 characters'))
 */
export const say =
  (id: string, en: string) =>
  (issue: { lang?: string }): string =>
    issue.lang === 'en' ? en : id;

/** Why a date is refused, wherever a date is typed or sent. */
export const dateFormat = say('Tanggal harus berformat YYYY-MM-DD', 'Dates must be written YYYY-MM-DD');
