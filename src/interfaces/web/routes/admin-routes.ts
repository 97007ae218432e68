// Moderation behind ADMIN_TOKEN: the admin page (supporter tally, audit log) and the moderation action,
// as a form for browsers or JSON for scripts. Every action is written to the audit log.
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { HttpError } from '../http-error.ts';
import { adminAuth } from '../middleware/admin-auth.ts';
import { readNotice, signNotice } from '../presenters/admin-notice.ts';
import type { Site } from '../site.ts';
import { adminPage } from '../views/admin-page.ts';
import { parseInput } from './validate.ts';

const ModerateInput = z.object({
  report: z.string().trim().min(1).max(200),
  action: z.enum(['unpublish', 'republish', 'correct', 'delete']),
  note: z.string().trim().max(2000).optional(),
  confirm: z.union([z.literal('yes'), z.literal(true)]).optional(),
});

const DONE: Record<z.infer<typeof ModerateInput>['action'], string> = {
  unpublish: 'Unpublished', republish: 'Republished', correct: 'Correction added to', delete: 'Deleted',
};

async function moderationInput(c: Context): Promise<{ input: z.infer<typeof ModerateInput>; json: boolean }> {
  const json = /^application\/json\b/i.test(c.req.header('content-type') ?? '');
  const raw = json ? await c.req.json().catch(() => ({})) : await c.req.parseBody();
  const input = parseInput(ModerateInput, raw, 422);
  if (input.action === 'correct' && (input.note ?? '').length < 5) throw new HttpError(422, 'note-required', 'A correction needs a note of at least 5 characters saying what was wrong.');
  if (input.action === 'delete' && !input.confirm) throw new HttpError(422, 'confirm-required', 'Deleting cannot be undone: tick “Confirm deletion” (or send "confirm": true).');
  return { input, json };
}

export function registerAdminRoutes(app: Hono, site: Site) {
  const { store } = site;
  app.use('/admin', adminAuth(site.config.adminToken));
  app.use('/admin/*', adminAuth(site.config.adminToken));

  app.get('/admin', async (c) => {
    const [tally, payments, recent, audit] = await Promise.all([store.supportTally(), store.listSupport({ limit: 20 }), store.listReports({ limit: 30 }), store.listAudit({ limit: 50 })]);
    // Only a notice this server signed is shown: never text from a link someone else made.
    const message = readNotice(site.config.adminToken ?? '', c.req.query('done'));
    c.header('cache-control', 'no-store');
    return c.html(adminPage(await site.view(), { tally, payments, recent, audit, message }));
  });

  app.post('/admin/moderate', async (c) => {
    const { input, json } = await moderationInput(c);
    const report = await store.getReport(input.report);
    if (!report) throw new HttpError(404, 'not-found', `There is no report ${input.report}.`);
    await store.moderate({ action: input.action, reportId: report.id, actor: 'admin', at: site.clock().toISOString(), ...(input.note ? { note: input.note } : {}) });
    const message = `${DONE[input.action]} “${report.title}”.`;
    if (json) return c.json({ ok: true, action: input.action, reportId: report.id, message });
    return c.redirect(`/admin?${new URLSearchParams({ done: signNotice(site.config.adminToken ?? '', message) }).toString()}`, 303);
  });
}
