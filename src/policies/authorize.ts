import type { Actor } from "../core/actor.js";
import { AppError, forbidden, notFound } from "../core/errors.js";

/**
 * A policy answers two questions about one entity:
 * - `sees`: may this actor know the record exists? Starts from the tenant check.
 *   A "no" becomes 404, the same answer as a missing id, so existence never leaks.
 * - `can`: having seen it, may the actor do this action? A "no" becomes 403.
 */
export interface Policy<R, A extends string> {
  entity: string;
  sees(actor: Actor, record: R): boolean;
  can(actor: Actor, action: A, record: R): boolean;
}

/** Throws the refusal for (actor, action, record), or returns the record. */
export function authorize<R, A extends string>(policy: Policy<R, A>, actor: Actor, action: A, record: R | undefined | null): R {
  if (!record || !policy.sees(actor, record)) throw notFound(policy.entity);
  if (!policy.can(actor, action, record)) throw forbidden(`You may not ${action} this ${policy.entity}.`);
  return record;
}

/** Same decision as authorize(), as a boolean (for showing or hiding buttons). */
export function allowed<R, A extends string>(policy: Policy<R, A>, actor: Actor | null, action: A, record: R): boolean {
  try {
    if (!actor) return false;
    authorize(policy, actor, action, record);
    return true;
  } catch (err) {
    if (err instanceof AppError) return false;
    throw err;
  }
}
