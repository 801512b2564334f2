/**
 * What one delivery attempt came to. Adapters never throw for a receiver's
 * behaviour; the relay turns this into sent / retry later / dead-letter.
 */
export type DeliveryResult =
  | { ok: true; status?: number; /** e.g. the Linear issue created */ info?: Record<string, string> }
  | {
      ok: false;
      status?: number;
      error: string;
      /** No retry can help (4xx other than 408/409/429, a bad key, a refused address). */
      permanent: boolean;
      /** The receiver asked us to wait (Retry-After on 429/503). */
      retryAfterMs?: number;
      /** 410: the endpoint is gone for good; its channel is disabled. */
      gone?: boolean;
    };

/** A failure to deliver that the caller should record rather than crash on. */
export const failed = (error: string, permanent: boolean, status?: number): DeliveryResult => ({ ok: false, error, permanent, status });
