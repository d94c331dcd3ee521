import { randomBytes, timingSafeEqual } from 'node:crypto';
import { parse, serialize } from 'cookie';
import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'amendo_session';
/** Double-submit CSRF token: readable by the page, echoed in the header below on mutations. */
export const CSRF_COOKIE = 'amendo_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export interface Credentials {
  readonly token: string;
  /** Browsers use the cookie (CSRF applies); API clients send `Authorization: Bearer`. */
  readonly via: 'cookie' | 'bearer';
}

export function cookiesOf(req: Request): Record<string, string | undefined> {
  return req.headers.cookie ? parse(req.headers.cookie) : {};
}

export function credentialsOf(req: Request): Credentials | undefined {
  const header = req.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    return match?.[1] ? { token: match[1], via: 'bearer' } : undefined;
  }
  const token = cookiesOf(req)[SESSION_COOKIE];
  return token ? { token, via: 'cookie' } : undefined;
}

/** Whether a cookie-authenticated request echoes its CSRF cookie in the header. */
export function csrfValid(req: Request): boolean {
  const cookie = cookiesOf(req)[CSRF_COOKIE];
  const header = req.headers[CSRF_HEADER];
  if (!cookie || typeof header !== 'string' || cookie.length !== header.length) return false;
  return timingSafeEqual(Buffer.from(cookie), Buffer.from(header));
}

function appendCookie(res: Response, cookie: string): void {
  const existing = res.getHeader('Set-Cookie');
  const list = Array.isArray(existing) ? existing : existing ? [String(existing)] : [];
  res.setHeader('Set-Cookie', [...list, cookie]);
}

export function setSessionCookies(
  res: Response,
  token: string,
  expiresAt: Date,
  secure: boolean,
): void {
  const common = { path: '/', sameSite: 'lax' as const, secure, expires: expiresAt };
  appendCookie(res, serialize(SESSION_COOKIE, token, { ...common, httpOnly: true }));
  appendCookie(
    res,
    serialize(CSRF_COOKIE, randomBytes(18).toString('base64url'), { ...common, httpOnly: false }),
  );
}

export function clearSessionCookies(res: Response, secure: boolean): void {
  const gone = { path: '/', sameSite: 'lax' as const, secure, expires: new Date(0) };
  appendCookie(res, serialize(SESSION_COOKIE, '', { ...gone, httpOnly: true }));
  appendCookie(res, serialize(CSRF_COOKIE, '', gone));
}
