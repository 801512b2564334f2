import type { FastifyInstance } from "fastify";
import { registerAccountRoutes } from "./account.js";
import { registerOrgApi } from "./api-orgs.js";
import { registerAuthRoutes } from "./auth.js";
import { registerChannelRoutes } from "./channels.js";
import { registerCheckRoutes } from "./check.js";
import { registerDeliveryRoutes } from "./deliveries.js";
import { registerWorkRoutes } from "./engagements.js";
import { registerHomeRoutes } from "./home.js";
import { registerPeopleRoutes } from "./people.js";
import { registerStaffOrgRoutes } from "./staff-orgs.js";
import { registerSystemRoutes } from "./system.js";

/** Every route area, one line each. */
export function registerAllRoutes(app: FastifyInstance): void {
  registerSystemRoutes(app);
  registerHomeRoutes(app);
  registerAuthRoutes(app);
  registerAccountRoutes(app);
  registerStaffOrgRoutes(app);
  registerOrgApi(app);
  registerChannelRoutes(app);
  registerDeliveryRoutes(app);
  registerWorkRoutes(app);
  registerPeopleRoutes(app);
  registerCheckRoutes(app);
}
