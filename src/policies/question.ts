import type { QuestionRecord } from "../models/questions.js";
import type { Policy } from "./authorize.js";
import { briefPolicy } from "./brief.js";
import { isEngagementClient } from "./engagement.js";

export type QuestionAction = "read" | "answer";

/** Questions are seen with their brief; the client (or staff) answers them. */
export const questionPolicy: Policy<QuestionRecord, QuestionAction> = {
  entity: "question",
  sees: (actor, q) => briefPolicy.sees(actor, q.brief),
  can(actor, action, q) {
    switch (action) {
      case "read":
        return true;
      case "answer":
        return actor.role === "staff" || isEngagementClient(actor, q.brief.engagement);
    }
  },
};
