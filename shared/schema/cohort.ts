/** Request bodies for cohorts, invites and sign-in. */
import * as v from 'valibot';
import { PROGRAMS } from './locus-record.ts';

const isoDate = v.pipe(v.string(), v.isoDate('Tanggal harus berformat YYYY-MM-DD'));

export const CohortInputSchema = v.pipe(
  v.object({
    name: v.pipe(v.string(), v.trim(), v.minLength(3, 'Nama angkatan minimal 3 karakter'), v.maxLength(120)),
    program: v.optional(v.nullable(v.picklist(PROGRAMS))),
    startDate: v.optional(v.nullable(isoDate)),
    endDate: v.optional(v.nullable(isoDate)),
  }),
  v.check(
    (c) => !c.startDate || !c.endDate || c.startDate <= c.endDate,
    'Tanggal selesai tidak boleh sebelum tanggal mulai',
  ),
);
export type CohortInput = v.InferOutput<typeof CohortInputSchema>;

export const ROLES = ['organiser', 'widyaiswara', 'participant'] as const;
export type Role = (typeof ROLES)[number];

export const InviteInputSchema = v.object({
  role: v.picklist(['widyaiswara', 'participant'], 'Peran harus widyaiswara atau participant'),
});
export type InviteInput = v.InferOutput<typeof InviteInputSchema>;

export const AcceptInviteSchema = v.object({
  name: v.pipe(v.string(), v.trim(), v.minLength(2, 'Nama minimal 2 karakter'), v.maxLength(120)),
});
export type AcceptInvite = v.InferOutput<typeof AcceptInviteSchema>;
