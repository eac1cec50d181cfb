import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { I18nProvider } from '../../extension/components/I18n.tsx';
import { AlreadyClipped } from '../../extension/components/AlreadyClipped.tsx';
import { OutboxList } from '../../extension/components/OutboxList.tsx';
import { ReviewForm, type ReviewFormProps } from '../../extension/components/ReviewForm.tsx';
import { draftFromRecord, recordFromDraft, type Draft } from '../../extension/utils/draft.ts';
import type { Language } from '../../extension/utils/i18n.ts';
import type { OutboxEntry } from '../../extension/utils/outbox.ts';
import { emptyLocusRecord } from '../../shared/schema/index.ts';
import { clipInput } from './helpers.ts';

const HOSTILE = '<img src=x onerror=alert(1)>';
let root: HTMLElement;

beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.appendChild(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const q = <E = HTMLElement,>(testId: string) =>
  root.querySelector(`[data-testid="${testId}"]`) as unknown as E | null;
const qa = (testId: string) => [...root.querySelectorAll(`[data-testid="${testId}"]`)] as HTMLElement[];

function draft(title = 'Peserta PKA ke Banyuwangi'): Draft {
  const sentence = 'Sebanyak 40 peserta Diklatpim IV Bapelkes Semarang berkunjung ke Kabupaten Banyuwangi.';
  return draftFromRecord({
    clientId: 'client-0000abcd',
    url: 'https://example.id/a',
    text: sentence,
    title,
    record: {
      ...emptyLocusRecord(title),
      program: 'Diklatpim IV',
      participants: 40,
      loci: [
        {
          region: 'Kabupaten Banyuwangi',
          regionCode: '35.10',
          province: 'Jawa Timur',
          agency: 'RSUD Banyuwangi',
          innovations: ['Smart Kampung', 'Banyuwangi Festival'],
        },
      ],
      evidence: {
        program: { source: 'text', start: 0, end: sentence.length, sentence },
        participants: { source: 'text', start: 0, end: sentence.length, sentence },
        'loci.0.region': { source: 'text', start: 0, end: sentence.length, sentence },
      },
    },
  });
}

function mountForm(initial: Draft, language: Language = 'id', overrides: Partial<ReviewFormProps> = {}) {
  let current = initial;
  const view = () => (
    <I18nProvider initial={language}>
      <ReviewForm
        draft={current}
        onChange={(next) => {
          current = next;
          rerender();
        }}
        cohorts={[{ id: 7, name: 'PKA Angkatan II' }]}
        cohortId={7}
        onCohortChange={() => undefined}
        updating={false}
        errors={{}}
        saving={false}
        onSave={() => undefined}
        status={null}
        {...overrides}
      />
    </I18nProvider>
  );
  const rerender = () => act(() => render(view(), root));
  rerender();
  return {
    get draft() {
      return current;
    },
  };
}

describe('ReviewForm', () => {
  it('prefills every field with the stable test ids', () => {
    mountForm(draft());
    expect(q<HTMLInputElement>('field-title')!.value).toBe('Peserta PKA ke Banyuwangi');
    expect(q<HTMLInputElement>('field-region')!.value).toBe('Kabupaten Banyuwangi');
    expect(q('field-region')!.dataset.regionCode).toBe('35.10');
    expect(q<HTMLSelectElement>('field-program')!.value).toBe('Diklatpim IV');
    expect(q<HTMLInputElement>('field-participants')!.value).toBe('40');
    expect(qa('locus')).toHaveLength(1);
    expect(q<HTMLInputElement>('locus-agency')!.value).toBe('RSUD Banyuwangi');
    expect(qa('innovation-chip').map((c) => c.firstChild?.textContent)).toEqual([
      'Smart Kampung',
      'Banyuwangi Festival',
    ]);
    for (const id of [
      'field-cohortLabel',
      'field-organiser',
      'field-startDate',
      'field-endDate',
      'field-note',
      'field-cohort',
      'save-button',
      'save-status',
    ]) {
      expect(q(id), id).not.toBeNull();
    }
  });

  it('renders a hostile title as text, never as markup', () => {
    mountForm(draft(HOSTILE));
    expect(q<HTMLInputElement>('field-title')!.value).toBe(HOSTILE);
    expect(root.querySelector('img')).toBeNull();
  });

  it('shows the sentence a prefilled field came from on focus and on hover', () => {
    mountForm(draft());
    expect(q('evidence')).toBeNull();
    act(() => {
      q('field-program')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    });
    expect(q('evidence')!.textContent).toContain('Sebanyak 40 peserta Diklatpim IV');
    expect(q('evidence')!.querySelector('mark')!.textContent).toBe('Diklatpim IV');
    act(() => {
      q('field-program')!.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    });
    expect(q('evidence')).toBeNull();
    act(() => {
      q('field-region')!.closest('.field')!.dispatchEvent(new MouseEvent('mouseenter'));
    });
    expect(q('evidence')!.dataset.field).toBe('region');
    // A field nothing was read for shows no sentence.
    act(() => {
      q('field-organiser')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    });
    act(() => {
      q('field-region')!.closest('.field')!.dispatchEvent(new MouseEvent('mouseleave'));
    });
    expect(q('evidence')).toBeNull();
  });

  it('shows each locus its own sentence after another locus is removed, never a sentence of another', () => {
    const said = (sentence: string) => ({
      source: 'text' as const,
      start: 0,
      end: sentence.length,
      sentence,
    });
    const first = 'Peserta mengunjungi RSUD Blambangan yang mengelola Sayang Ibu.';
    const second = 'Kelompok dua belajar Smart Kampung di Mal Pelayanan Publik.';
    const banyuwangi = { region: 'Kabupaten Banyuwangi', regionCode: '35.10', province: 'Jawa Timur' };
    mountForm(
      draftFromRecord({
        clientId: 'client-0000abce',
        url: 'https://example.id/b',
        text: `${first} ${second}`,
        title: 'Peserta PKP ke Banyuwangi',
        record: {
          ...emptyLocusRecord('Peserta PKP ke Banyuwangi'),
          loci: [
            { ...banyuwangi, agency: 'RSUD Blambangan', innovations: ['Sayang Ibu'] },
            { ...banyuwangi, agency: 'Mal Pelayanan Publik', innovations: ['Smart Kampung'] },
          ],
          // A record stored in the old shape: evidence keyed by the loci's positions.
          evidence: {
            'loci.0.agency': said(first),
            'loci.0.innovations.0': said(first),
            'loci.1.agency': said(second),
            'loci.1.innovations.0': said(second),
          },
        },
      }),
    );
    const agencyField = (i: number) => qa('locus-agency')[i]!.closest('.field')!;
    act(() => {
      agencyField(1).dispatchEvent(new MouseEvent('mouseenter'));
    });
    expect(q('evidence')!.textContent).toContain('Smart Kampung di Mal Pelayanan Publik');
    act(() => {
      agencyField(1).dispatchEvent(new MouseEvent('mouseleave'));
    });
    act(() => {
      qa('locus-remove')[0]!.click();
    });
    expect(qa('locus')).toHaveLength(1);
    // The remaining locus is now the first: its agency and its chip still show its own sentence.
    act(() => {
      agencyField(0).dispatchEvent(new MouseEvent('mouseenter'));
    });
    expect(q('evidence')!.textContent).toContain('Smart Kampung di Mal Pelayanan Publik');
    expect(q('evidence')!.textContent).not.toContain('RSUD Blambangan');
    act(() => {
      agencyField(0).dispatchEvent(new MouseEvent('mouseleave'));
    });
    act(() => {
      qa('innovation-chip')[0]!.dispatchEvent(new MouseEvent('mouseenter'));
    });
    expect(q('evidence')!.textContent).toContain('Smart Kampung di Mal Pelayanan Publik');
  });

  it('shows no sentence for a locus that had none, even where a removed locus had one at its place', () => {
    const sentence = 'Rombongan diterima di Dinas Kesehatan.';
    const bandung = { region: 'Kota Bandung', regionCode: '32.73', province: 'Jawa Barat' };
    mountForm(
      draftFromRecord({
        clientId: 'client-0000abcf',
        url: 'https://example.id/c',
        text: sentence,
        title: 'Studi lapangan ke Bandung',
        record: {
          ...emptyLocusRecord('Studi lapangan ke Bandung'),
          loci: [
            {
              ...bandung,
              agency: 'Dinas Kesehatan',
              innovations: [],
              evidence: { agency: { source: 'text', start: 0, end: sentence.length, sentence } },
            },
            { ...bandung, agency: 'Dinas Perhubungan', innovations: [] },
          ],
        },
      }),
    );
    act(() => {
      qa('locus-remove')[0]!.click();
    });
    act(() => {
      qa('locus-agency')[0]!.closest('.field')!.dispatchEvent(new MouseEvent('mouseenter'));
    });
    expect(q('evidence')).toBeNull();
  });

  it('adds and removes innovation chips', () => {
    const form = mountForm(draft());
    const input = q<HTMLInputElement>('innovation-input')!;
    act(() => {
      input.value = 'Rumah Kreatif';
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    });
    act(() => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    expect(form.draft.loci[0]!.innovations).toEqual([
      'Smart Kampung',
      'Banyuwangi Festival',
      'Rumah Kreatif',
    ]);
    act(() => {
      qa('innovation-remove')[0]!.click();
    });
    expect(form.draft.loci[0]!.innovations).toEqual(['Banyuwangi Festival', 'Rumah Kreatif']);
    expect(qa('innovation-chip')).toHaveLength(2);
  });

  it('offers gazetteer regions and stores the chosen code', () => {
    const form = mountForm(draft());
    const input = q<HTMLInputElement>('field-region')!;
    act(() => {
      input.value = 'bandung';
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    });
    const options = qa('region-option');
    expect(options[0]!.textContent).toContain('Kota Bandung');
    act(() => {
      options[0]!.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    });
    expect(form.draft.hostRegion).toMatchObject({ name: 'Kota Bandung', code: '32.73' });
    expect(form.draft.loci[0]!.region.code).toBe('32.73');
  });

  it('shows the publication date, lets the user correct it, and saves it into the record', () => {
    const form = mountForm({ ...draft(), publishedAt: '2019-04-01' });
    const input = q<HTMLInputElement>('field-publishedAt')!;
    expect(input.type).toBe('date');
    expect(input.value).toBe('2019-04-01');
    expect(input.closest('.field')!.textContent).toContain('Tanggal terbit');
    expect(input.closest('.field')!.textContent).toContain('1 April 2019');
    act(() => {
      input.value = '2019-04-03';
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    });
    expect(recordFromDraft(form.draft).publishedAt).toBe('2019-04-03');
    act(() => {
      input.value = '';
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    });
    expect(recordFromDraft(form.draft).publishedAt).toBeNull();
  });

  it('shows the region’s Kemendagri code beside the region, for the host region and each locus', () => {
    const form = mountForm(draft());
    expect(q('field-region-code')!.textContent).toBe('Kode wilayah Kemendagri 35.10');
    expect(q('field-region')!.getAttribute('aria-describedby')).toBe(q('field-region-code')!.id);
    expect(q('locus-region-code')!.textContent).toContain('35.10');
    const input = q<HTMLInputElement>('field-region')!;
    act(() => {
      input.value = 'bandu';
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    });
    // A name typed but not chosen has no code yet; the options show theirs.
    expect(q('field-region-code')).toBeNull();
    expect(qa('region-option')[0]!.textContent).toMatch(/32\.\d\d/);
    act(() => {
      qa('region-option')[0]!.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    });
    expect(q('field-region-code')!.textContent).toContain(form.draft.hostRegion.code!);
  });

  it('shows a sentence inside the same fixed slot that holds the hint, never in a box of its own', () => {
    mountForm(draft());
    const slot = q('evidence-slot')!;
    expect(slot.textContent).toContain('Kolom bertanda •');
    expect(root.querySelectorAll('.review-form > .hint')).toHaveLength(0);
    act(() => {
      q('field-program')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    });
    expect(q('evidence-slot')).toBe(slot);
    expect(slot.querySelector('[data-testid="evidence"]')!.textContent).toContain('Diklatpim IV');
    expect(slot.textContent).not.toContain('Kolom bertanda •');
    expect(slot.parentElement!.classList.contains('dock')).toBe(true);
  });

  it('has no evidence slot for a record nothing was read for', () => {
    const bare = draft();
    mountForm({ ...bare, evidence: {}, loci: bare.loci.map(({ evidence: _, ...locus }) => locus) });
    expect(q('evidence-slot')).toBeNull();
  });

  it('lets the cohort change while updating, and locks it only when told', () => {
    mountForm(draft(), 'id', { updating: true });
    expect(q('save-button')!.textContent).toBe('Simpan perubahan');
    expect(q<HTMLSelectElement>('field-cohort')!.disabled).toBe(false);
    mountForm(draft(), 'id', { updating: true, cohortLocked: true });
    expect(q<HTMLSelectElement>('field-cohort')!.disabled).toBe(true);
  });

  it('speaks English when the user chose it', () => {
    mountForm(draft(), 'en');
    expect(q('save-button')!.textContent).toBe('Save');
    expect(root.textContent).toContain('Host region');
  });
});

describe('OutboxList', () => {
  const entry = (state: 'pending' | 'failed', title: string): OutboxEntry => ({
    clientId: `client-${state}-1234`,
    target: { kind: 'create', cohortId: 7, cohortName: 'PKA Angkatan II' },
    clip: clipInput({ title }),
    state,
    attempts: state === 'pending' ? 2 : 1,
    nextAttemptAt: 0,
    error:
      state === 'failed' ? { status: 403, code: 'forbidden', message: 'Bukan anggota angkatan ini' } : null,
    createdAt: 0,
    revision: 1,
  });

  it('lists pending and failed clips with their state and the server message, titles as text', () => {
    const calls: string[] = [];
    act(() =>
      render(
        <I18nProvider initial="id">
          <OutboxList
            entries={[entry('pending', HOSTILE), entry('failed', 'Kunjungan ke Bandung')]}
            onRetry={(id) => calls.push(`retry:${id}`)}
            onDiscard={(id) => calls.push(`discard:${id}`)}
            onSaveAsNew={(id) => calls.push(`new:${id}`)}
            onEdit={(e) => calls.push(`edit:${e.clientId}`)}
            onSendNow={() => calls.push('send')}
          />
        </I18nProvider>,
        root,
      ),
    );
    const items = qa('outbox-item');
    expect(items.map((i) => i.dataset.state)).toEqual(['pending', 'failed']);
    expect(items[0]!.textContent).toContain(HOSTILE);
    expect(root.querySelector('img')).toBeNull();
    expect(items[1]!.textContent).toContain('Bukan anggota angkatan ini');
    act(() => {
      (items[1]!.querySelector('[data-testid="outbox-retry"]') as HTMLElement).click();
    });
    act(() => {
      (items[1]!.querySelector('[data-testid="outbox-discard"]') as HTMLElement).click();
    });
    act(() => {
      (items[0]!.querySelector('[data-testid="outbox-edit"]') as HTMLElement).click();
    });
    expect(calls).toEqual([
      'retry:client-failed-1234',
      'discard:client-failed-1234',
      'edit:client-pending-1234',
    ]);
  });

  it('says an edit’s clip was deleted meanwhile and offers to save it as a new clip', () => {
    const calls: string[] = [];
    const deleted: OutboxEntry = {
      ...entry('failed', 'Kunjungan ke Bandung'),
      target: { kind: 'update', clipId: 5, cohortId: 7, cohortName: 'PKA Angkatan II' },
      error: { status: 404, code: 'not_found', message: 'Kliping tidak ditemukan.' },
    };
    act(() =>
      render(
        <I18nProvider initial="id">
          <OutboxList
            entries={[deleted]}
            onRetry={(id) => calls.push(`retry:${id}`)}
            onDiscard={(id) => calls.push(`discard:${id}`)}
            onSaveAsNew={(id) => calls.push(`new:${id}`)}
            onEdit={() => undefined}
            onSendNow={() => undefined}
          />
        </I18nProvider>,
        root,
      ),
    );
    expect(q('outbox-error')!.textContent).toContain('sudah dihapus dari PKA Angkatan II');
    expect(q('outbox-item')!.textContent).toContain('Perubahan');
    expect(q('outbox-retry')).toBeNull();
    act(() => {
      q('outbox-save-as-new')!.click();
    });
    expect(calls).toEqual(['new:client-failed-1234']);
  });
});

describe('AlreadyClipped', () => {
  const here = { cohortId: 7, cohortName: 'PKA Angkatan II', slug: 'pka-ii-a1', clipId: 41 };
  const there = { cohortId: 9, cohortName: 'PKP Angkatan V', slug: 'pkp-v-b2', clipId: 52 };
  const readOnly = { cohortId: 11, cohortName: 'Latsar 2026', slug: 'lat-c3', clipId: 60 };

  function mount(props: Partial<Parameters<typeof AlreadyClipped>[0]> = {}) {
    const calls: string[] = [];
    act(() =>
      render(
        <I18nProvider initial="id">
          <AlreadyClipped
            hits={[here, there, readOnly]}
            chosen={here}
            canClipInto={(hit) => hit.cohortId !== 11}
            savedShown={true}
            loadFailed={false}
            onOpen={(hit) => calls.push(`open:${hit.cohortId}`)}
            onLoad={(hit) => calls.push(`load:${hit.cohortId}`)}
            onChoose={(hit) => calls.push(`choose:${hit.cohortId}`)}
            {...props}
          />
        </I18nProvider>,
        root,
      ),
    );
    return calls;
  }

  it('says plainly that saving updates the clip in the chosen cohort, and where else the page is', () => {
    const calls = mount();
    expect(q('already-here')!.textContent).toContain(
      'Sudah dikliping di PKA Angkatan II — perubahan Anda memperbarui kliping itu.',
    );
    expect(qa('already-elsewhere').map((e) => e.textContent)).toEqual([
      expect.stringContaining('Juga dikliping di PKP Angkatan V.'),
      expect.stringContaining('Juga dikliping di Latsar 2026.'),
    ]);
    // The form already shows the saved clip: nothing to load. A read-only cohort cannot be chosen.
    expect(q('already-load')).toBeNull();
    expect(qa('already-choose')).toHaveLength(1);
    act(() => qa('already-choose')[0]!.click());
    act(() => qa('already-open')[0]!.click());
    expect(calls).toEqual(['choose:9', 'open:7']);
  });

  it('offers the saved version when the form does not show it, and says when it could not be read', () => {
    const calls = mount({ savedShown: false, loadFailed: true });
    expect(q('already-here')!.textContent).toContain('Versi tersimpan belum dapat dimuat');
    act(() => q('already-load')!.click());
    expect(calls).toEqual(['load:7']);
  });

  it('shows nothing for a page no cohort holds', () => {
    mount({ hits: [], chosen: null });
    expect(q('already-clipped')).toBeNull();
  });
});
