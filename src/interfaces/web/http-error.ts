// Errors at the HTTP edge: a status, a stable error id clients can test for, and a message safe to show.
export class HttpError extends Error {
  readonly status: 400 | 401 | 403 | 404 | 405 | 409 | 410 | 413 | 415 | 421 | 422 | 429 | 500 | 502 | 503;
  readonly code: string;
  readonly headers: Record<string, string>;
  constructor(status: HttpError['status'], code: string, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
}

export const TITLES: Record<number, string> = {
  400: 'That request could not be understood',
  401: 'Sign-in needed',
  403: 'Not allowed',
  404: 'Page not found',
  405: 'Method not allowed',
  410: 'This report was withdrawn',
  413: 'That request is too large',
  415: 'Unsupported content type',
  421: 'Wrong address for this site',
  422: 'Please check your question',
  429: 'Too many new reports',
  500: 'Something went wrong on our side',
  502: 'A service we rely on failed',
  503: 'Not available right now',
};
