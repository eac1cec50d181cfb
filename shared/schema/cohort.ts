/** Request bodies for cohorts, invites, members' required reading and sign-in. */
import * as v from 'valibot';
import { PROGRAMS } from './locus-record.ts';
import { dateFormat, say } from './message.ts';

const isoDate = v.pipe(v.string(), v.isoDate(dateFormat));
/** Why a cohort's dates are refused when the end comes before the start. */
export const endBeforeStart = say(
  'Tanggal selesai tidak boleh sebelum tanggal mulai',
  'The end date cannot be before the start date',
);

const cohortFields = {
  name: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(3, say('Nama angkatan minimal 3 karakter', 'The cohort name needs at least 3 characters')),
    v.maxLength(120, say('Nama angkatan maksimal 120 karakter', 'The cohort name is at most 120 characters')),
  ),
  program: v.optional(v.nullable(v.picklist(PROGRAMS))),
  /** The angkatan as the institution writes it: "Angkatan XII", "Angkatan 3 Tahun 2026". */
  cohortLabel: v.optional(
    v.nullable(
      v.pipe(
        v.string(),
        v.trim(),
        v.maxLength(60, say('Angkatan maksimal 60 karakter', 'The angkatan is at most 60 characters')),
      ),
    ),
  ),
  startDate: v.optional(v.nullable(isoDate)),
  endDate: v.optional(v.nullable(isoDate)),
};

export const CohortInputSchema = v.pipe(
  v.object(cohortFields),
  v.forward(
    v.check((c) => !c.startDate || !c.endDate || c.startDate <= c.endDate, endBeforeStart),
    ['endDate'],
  ),
);
export type CohortInput = v.InferOutput<typeof CohortInputSchema>;

/** A cohort's correction: any of its fields, and `archived` to archive (true) or restore (false) it. */
export const CohortPatchSchema = v.pipe(
  v.object({
    ...v.partial(v.object(cohortFields)).entries,
    archived: v.optional(v.boolean()),
  }),
  v.check((patch) => Object.keys(patch).length > 0, say('Tidak ada yang diubah', 'Nothing to change')),
);
export type CohortPatch = v.InferOutput<typeof CohortPatchSchema>;

/** A member's place in a cohort: the institution's organisers hold every cohort; the others are invited. */
export type CohortRole = 'organiser' | 'widyaiswara' | 'participant';

const MEMBERSHIP_ROLES = ['widyaiswara', 'participant'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

const wholeNumber = (min: number, max: number, id: string, en: string) =>
  v.pipe(
    v.number(say(`${id} harus angka`, `${en} must be a number`)),
    v.integer(say(`${id} harus bilangan bulat`, `${en} must be a whole number`)),
    v.minValue(min, say(`${id} paling kecil ${min}`, `${en} is at least ${min}`)),
    v.maxValue(max, say(`${id} paling besar ${max}`, `${en} is at most ${max}`)),
  );

/** How many people one widyaiswara link may let in: one unless the organiser asks for more, never unlimited. */
const WIDYAISWARA_LINK_USES = { default: 1, max: 20 } as const;

export const InviteInputSchema = v.pipe(
  v.object({
    role: v.picklist(
      MEMBERSHIP_ROLES,
      say('Peran harus widyaiswara atau participant', 'The role must be widyaiswara or participant'),
    ),
    /** How long the link stays valid; the worker's INVITE_TTL_HOURS when left out. */
    expiresInDays: v.optional(wholeNumber(1, 365, 'Masa berlaku (hari)', 'Days valid')),
    /**
     * How many people may join through it. Left out: no limit for a participant link (a class's QR code), one
     * for a widyaiswara link. A widyaiswara link (it makes editors) is never unlimited.
     */
    maxUses: v.optional(v.nullable(wholeNumber(1, 10_000, 'Batas pemakaian', 'The use limit'))),
  }),
  v.transform((input) => ({
    ...input,
    maxUses:
      input.maxUses === undefined
        ? input.role === 'widyaiswara'
          ? WIDYAISWARA_LINK_USES.default
          : null
        : input.maxUses,
  })),
  v.forward(
    v.check(
      (input) =>
        input.role !== 'widyaiswara' ||
        (input.maxUses !== null && input.maxUses <= WIDYAISWARA_LINK_USES.max),
      say(
        `Tautan widyaiswara paling banyak untuk ${WIDYAISWARA_LINK_USES.max} orang`,
        `A widyaiswara link lets in at most ${WIDYAISWARA_LINK_USES.max} people`,
      ),
    ),
    ['maxUses'],
  ),
);

const personName = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(2, say('Nama minimal 2 karakter', 'The name needs at least 2 characters')),
  v.maxLength(120, say('Nama maksimal 120 karakter', 'The name is at most 120 characters')),
);

/**
 * Accepting an invite: someone already signed in needs no name (one sent is ignored); a new person's name is
 * checked by NewMemberSchema.
 */
export const AcceptInviteSchema = v.object({
  name: v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.maxLength(120, say('Nama maksimal 120 karakter', 'The name is at most 120 characters')),
    ),
  ),
});

/** The name a new member must give when accepting without being signed in. */
export const NewMemberSchema = v.object({ name: personName });

/** Marks a clip as required reading (wajib baca) of its cohort. */
export const AssignmentInputSchema = v.object({
  required: v.literal(true, say('required harus true', 'required must be true')),
  dueDate: v.optional(v.nullable(isoDate)),
  /** Its place among the cohort's required clips (1 = first); after the others when left out. */
  position: v.optional(wholeNumber(1, 10_000, 'Urutan', 'The position')),
});

/** Where a cohort went on its study visit: host regions by Kemendagri code, each with the day. */
export const CohortVisitsSchema = v.object({
  visits: v.pipe(
    v.array(
      v.object({
        regionCode: v.pipe(
          v.string(),
          v.regex(
            /^\d{2}(\.\d{2})?$/,
            say('Kode wilayah seperti 35 atau 35.10', 'A region code like 35 or 35.10'),
          ),
        ),
        date: isoDate,
      }),
    ),
    v.maxLength(50, say('Paling banyak 50 kunjungan', 'At most 50 visits')),
  ),
});
