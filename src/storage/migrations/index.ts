import type { Migration } from "kysely";
import * as m0001 from "./0001_foundation.js";
import * as m0002 from "./0002_leads.js";
import * as m0003 from "./0003_engagements.js";
import * as m0004 from "./0004_outbox.js";
import * as m0005 from "./0005_clocks.js";
import * as m0006 from "./0006_mentions.js";
import * as m0007 from "./0007_auto_accept_since.js";

/**
 * Every migration, in order. Listed statically (not read from disk) so the
 * bundled CLI carries them. Later migrations add a line; never edit a shipped one.
 */
export const migrations: Record<string, Migration> = {
  "0001_foundation": m0001,
  "0002_leads": m0002,
  "0003_engagements": m0003,
  "0004_outbox": m0004,
  "0005_clocks": m0005,
  "0006_mentions": m0006,
  "0007_auto_accept_since": m0007,
};
