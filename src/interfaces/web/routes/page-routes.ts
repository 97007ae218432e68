// Reading pages: home, archive with search, categories, methodology, corrections.
import type { Hono } from 'hono';
import { z } from 'zod';
import type { Site } from '../site.ts';
import { archivePage, categoryPage } from '../views/archive-page.ts';
import { correctionsPage } from '../views/corrections-page.ts';
import { homePage } from '../views/home-page.ts';
import { methodologyPage } from '../views/methodology-page.ts';
import { parseInput } from './validate.ts';

export const PAGE_SIZE = 20;

const PageNumber = z.coerce.number().int().min(1).max(1000).default(1);
const ArchiveQuery = z.object({ q: z.string().trim().max(200).optional(), page: PageNumber });
const CategoryParams = z.object({ name: z.string().trim().min(1).max(60) });

export function registerPageRoutes(app: Hono, site: Site) {
  const { store } = site;

  app.get('/', async (c) => {
    const [recent, mostRead, categories, view] = await Promise.all([
      store.listReports({ limit: 8 }),
      store.listMostRead({ limit: 6 }),
      store.listCategories(),
      site.view({ banner: true }),
    ]);
    return c.html(homePage(view, { recent, mostRead, categories, ready: site.isReady() }));
  });

  app.get('/archive', async (c) => {
    const { q, page } = parseInput(ArchiveQuery, c.req.query());
    const offset = (page - 1) * PAGE_SIZE;
    const found = q ? await store.searchReports(q, { limit: PAGE_SIZE + 1, offset }) : await store.listReports({ limit: PAGE_SIZE + 1, offset });
    const categories = page === 1 && !q ? await store.listCategories() : [];
    return c.html(archivePage(await site.view(), { reports: found.slice(0, PAGE_SIZE), query: q || undefined, page, hasNext: found.length > PAGE_SIZE, categories }));
  });

  app.get('/category/:name', async (c) => {
    const { name } = parseInput(CategoryParams, c.req.param());
    const { page } = parseInput(z.object({ page: PageNumber }), c.req.query());
    const found = await store.listReports({ limit: PAGE_SIZE + 1, offset: (page - 1) * PAGE_SIZE, category: name });
    if (found.length === 0) return c.notFound();
    return c.html(categoryPage(await site.view(), name, found.slice(0, PAGE_SIZE), page, found.length > PAGE_SIZE));
  });

  app.get('/methodology', async (c) => c.html(methodologyPage(await site.view())));

  app.get('/corrections', async (c) => c.html(correctionsPage(await site.view(), await store.listCorrections({ limit: 200 }))));
}
