/**
 * The words of a page's chrome rather than its article: share buttons, related-news headings and link
 * leads, the fields a CMS prints around a date line ("Diposting oleh Admin | 287 kali dibaca").
 */
import { TIME_ZONES } from './calendar.ts';

/** Lines that are buttons and nothing else: "Bagikan:", "Share", "WhatsApp". */
export const SHARE_BUTTONS = [
  'bagikan',
  'bagikan artikel',
  'share',
  'print',
  'email',
  'facebook',
  'twitter',
  'whatsapp',
  'line',
  'telegram',
] as const;
/** A line opening on these is the site's, whatever follows: "Baca juga: …", "Tags: …", "© 2024 …". */
export const CHROME_LINE_LEADS = [
  'baca juga',
  'tags:',
  'tags :',
  'tag:',
  'tag :',
  'copyright',
  '©',
  'keterangan foto:',
  'keterangan foto :',
  '»',
  '›',
] as const;
/** Nouns of a related-news heading: "Berita Terkait", "Artikel Lainnya", "Topik Pilihan". */
export const RELATED_NOUNS = ['berita', 'artikel', 'teks', 'topik', 'tulisan', 'info'] as const;
/** What a related-news heading says of its headlines. */
export const RELATED_QUALIFIERS = [
  'terkait',
  'lainnya',
  'populer',
  'terpopuler',
  'terbaru',
  'pilihan',
  'lain',
] as const;
/** Verbs that lead to another article: "Baca juga:", "Simak selengkapnya", "Klik:". */
export const LINK_VERBS = ['baca', 'lihat', 'simak', 'tonton', 'klik', 'ikuti'] as const;
/** What follows a link verb: "juga", "pula", "selengkapnya". */
export const LINK_ADVERBS = ['juga', 'pula', 'selengkapnya', 'lainnya'] as const;
/** Headings of a list of other articles on their own. */
export const LINK_HEADINGS = [
  'terpopuler',
  'populer',
  'terkini',
  'rekomendasi',
  'pilihan editor',
  'related',
  'read also',
  'read more',
] as const;

/** Words a CMS writes before the date it published on: "Diposting 12 Jan 2024", "Updated …". */
export const PUBLISHED_WORDS = [
  'diposting',
  'dipublikasikan',
  'diterbitkan',
  'ditulis',
  'posted',
  'submitted',
  'published',
  'updated',
  'diperbarui',
  'tanggal',
  'tgl',
] as const;
/** The roles a byline names beside a date line: "Oleh Ahmad Fauzi", "Editor: Rina S.". */
export const BYLINE_ROLES = [
  'oleh',
  'penulis',
  'editor',
  'reporter',
  'redaktur',
  'pewarta',
  'by',
  'sumber',
] as const;
/** Words only a site's metadata says: a line holding one beside a date is a byline, not a sentence. */
export const SITE_FIELD_CUES = [
  'admin*',
  'redaksi',
  'humas',
  'operator',
  'posted',
  'diposting',
  'oleh',
  'by',
  'komentar',
  'comment',
  'comments',
  'dibaca',
  'view',
  'views',
  'kategori',
  'category',
  'berita',
  'news',
] as const;
/** The small words between a site's fields: "287 kali dibaca", "on 3/7/2023", "pukul 10.00 WIB". */
export const SITE_FIELD_FILLERS = [
  'on',
  'pada',
  'in',
  'di',
  'dan',
  'kali',
  'dilihat',
  'menit',
  'baca',
  'min',
  'read',
  'pukul',
  'jam',
  ...TIME_ZONES,
] as const;
