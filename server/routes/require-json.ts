import type { RequestHandler } from 'express';
import { HttpError } from '../http-error.js';

/** 415 with `message` unless the request says it is JSON; before the body parser, so nothing else is read. */
export function requireJson(message: string): RequestHandler {
  return function requireJsonType(req, _res, next) {
    if (req.is('application/json')) next();
    else next(new HttpError(415, 'unsupported_content_type', message));
  };
}
