// The website as a Hono app: security headers, size limits and CSRF checks, then thin routes (validate,
// call the store or the queue, render through a presenter), and one error handler for every failure.
import { Hono } from 'hono';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import { etag } from 'hono/etag';
import { routePath } from 'hono/route';
import { HTTPException } from 'hono/http-exception';
import { loadAssets } from './assets.ts';
import { HttpError } from './http-error.ts';
import { StoreUnavailableError } from '../../adapters/store/store-errors.ts';
import { clientKeyFor } from './middleware/client-key.ts';
import { compression } from './middleware/compression.ts';
import { hostCheck } from './middleware/host-check.ts';
import { createRateLimiter } from './middleware/rate-limiter.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { registerAdminRoutes } from './routes/admin-routes.ts';
import { registerApiRoutes } from './routes/api-routes.ts';
import { registerAskRoutes } from './routes/ask-routes.ts';
import { registerCardRoutes } from './routes/card-routes.ts';
import { registerFeedRoutes } from './routes/feed-routes.ts';
import { registerPageRoutes } from './routes/page-routes.ts';
import { registerReportRoutes } from './routes/report-routes.ts';
import { registerStaticRoutes } from './routes/static-routes.ts';
import { registerSupportRoutes } from './routes/support-routes.ts';
import { type AppDeps, createSite, type Site } from './site.ts';
import { errorPage } from './views/error-page.ts';

export type { AppDeps } from './site.ts';

const FORM_LIMIT = 32 * 1024;
const WEBHOOK_LIMIT = 512 * 1024;

export function createApp(deps: AppDeps): Hono {
  const { files, urls } = loadAssets();
  const limiter = createRateLimiter({ perHour: deps.config.reportsPerHour, clock: deps.clock });
  const site = createSite(deps, { limiter, files, urls, clientKey: clientKeyFor(deps.config.trustProxy) });
  const app = new Hono();
  const baseOrigin = new URL(deps.config.baseUrl).origin;

  if (deps.metrics) {
    const metrics = deps.metrics;
    app.use(async (c, next) => {
      await next();
      const route = routePath(c, -1);
      metrics.increment('crosscheck_http_requests_total', { method: c.req.method, route: route === '*' || route === '/*' ? 'unmatched' : route, status: String(c.res.status) });
    });
  }
  // Before anything else: a request for another host name (DNS rebinding) is refused.
  app.use(hostCheck(deps.config.allowedHosts, deps.config.baseUrl));
  app.use(securityHeaders({ https: baseOrigin.startsWith('https:'), formTargets: deps.config.stripe ? ['https://checkout.stripe.com'] : [] }));
  // Brotli or gzip for text; report pages, their sources and cards carry an ETag (of the uncompressed page) and answer 304.
  app.use(compression());
  app.use('/reports/*', etag({ weak: true }));
  const tooLarge = () => {
    throw new HttpError(413, 'too-large', 'The request body is too large.');
  };
  app.use('/support/webhook', bodyLimit({ maxSize: WEBHOOK_LIMIT, onError: tooLarge }));
  app.use('*', async (c, next) => (c.req.path === '/support/webhook' ? next() : bodyLimit({ maxSize: FORM_LIMIT, onError: tooLarge })(c, next)));
  // Forms may only be posted from this site's own names (the Origin, or Sec-Fetch-Site, must say so).
  const allowed = new Set(deps.config.allowedHosts);
  const sameSite = csrf({ origin: (origin) => origin === baseOrigin || (URL.canParse(origin) && allowed.has(new URL(origin).hostname)) });
  for (const path of ['/ask', '/support/checkout', '/admin/*']) app.use(path, sameSite);

  registerStaticRoutes(app, site, urls.logo);
  registerPageRoutes(app, site);
  registerAskRoutes(app, site);
  registerCardRoutes(app, site);
  registerReportRoutes(app, site);
  registerApiRoutes(app, site);
  registerFeedRoutes(app, site);
  registerSupportRoutes(app, site);
  registerAdminRoutes(app, site);

  app.notFound((c) => respondWithError(c, site, new HttpError(404, 'not-found', 'There is nothing at this address. The report may have been deleted, or the link mistyped.')));
  app.onError((error, c) => {
    if (!(error instanceof HttpError) && !(error instanceof HTTPException)) deps.onError?.(error, c.req.path);
    return respondWithError(c, site, error);
  });
  return app;
}

function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof HTTPException) {
    if (error.status === 403) return new HttpError(403, 'cross-site-form', 'This form can only be sent from this site.');
    if (error.status === 413) return new HttpError(413, 'too-large', 'The request body is too large.');
    return new HttpError(400, 'bad-request', 'That request could not be understood.');
  }
  // A busy or unreachable store (SQLite locked by another process, PostgreSQL down) passes: ask again shortly.
  if (error instanceof StoreUnavailableError) return new HttpError(503, 'store-unavailable', 'The site’s database is busy or unreachable right now. Please try again in a few seconds.', { 'retry-after': String(error.retryAfterSeconds) });
  return new HttpError(500, 'internal', 'Something went wrong on our side. Please try again; if it keeps happening, tell the site’s editors.');
}

async function respondWithError(c: Context, site: Site, error: unknown): Promise<Response> {
  const failure = toHttpError(error);
  for (const [name, value] of Object.entries(failure.headers)) c.header(name, value);
  const wantsJson = c.req.path.startsWith('/api/') || c.req.path === '/support/webhook' || /^application\/json\b/i.test(c.req.header('content-type') ?? '');
  if (wantsJson) return c.json({ error: { id: failure.code, message: failure.message } }, failure.status);
  return c.html(errorPage(await site.view(), failure.status, failure.message, c.req.path), failure.status);
}
