import { findBrief } from "../models/briefs.js";
import { findChannel } from "../models/channels.js";
import { findMessage } from "../models/outbox.js";
import { findMention } from "../models/mentions.js";
import { findDeliverable } from "../models/deliverables.js";
import { findEngagement } from "../models/engagements.js";
import { findLead } from "../models/leads.js";
import { findOrg } from "../models/orgs.js";
import { findQuestion } from "../models/questions.js";
import { findUserById } from "../models/users.js";
import { briefPolicy } from "../policies/brief.js";
import { channelPolicy, deliveryPolicy } from "../policies/channel.js";
import { deliverablePolicy } from "../policies/deliverable.js";
import { engagementPolicy } from "../policies/engagement.js";
import { leadPolicy } from "../policies/lead.js";
import { mentionPolicy } from "../policies/mention.js";
import { orgPolicy } from "../policies/org.js";
import { questionPolicy } from "../policies/question.js";
import { userPolicy } from "../policies/user.js";
import type { ResourceParam } from "./route.js";

/** `:id` of an organisation. */
export const orgResource: ResourceParam = { param: "id", table: "orgs", load: findOrg, policy: orgPolicy };
/** `:id` of a person. */
export const userResource: ResourceParam = { param: "id", table: "users", load: findUserById, policy: userPolicy };
/** `:id` of an engagement (with its people). */
export const engagementResource: ResourceParam = { param: "id", table: "engagements", load: findEngagement, policy: engagementPolicy };
/** `:id` of a brief (with its engagement). */
export const briefResource: ResourceParam = { param: "id", table: "briefs", load: findBrief, policy: briefPolicy };
/** `:id` of a question (with its brief). */
export const questionResource: ResourceParam = { param: "id", table: "questions", load: findQuestion, policy: questionPolicy };
/** `:id` of a deliverable (with its brief). */
export const deliverableResource: ResourceParam = { param: "id", table: "deliverables", load: findDeliverable, policy: deliverablePolicy };
/** `:id` of a lead from /contact (staff only). */
export const leadResource: ResourceParam = { param: "id", table: "leads", load: findLead, policy: leadPolicy };
/** `:id` of a delivery channel (Slack, Linear, e-mail, webhook). */
export const channelResource: ResourceParam = { param: "id", table: "channels", load: findChannel, policy: channelPolicy };
/** `:id` of an outbox message (staff only). */
export const deliveryResource: ResourceParam = { param: "id", table: "outbox", load: findMessage, policy: deliveryPolicy };
/** `:id` of a mention (an inbox item of the person mentioned only). */
export const mentionResource: ResourceParam = { param: "id", table: "mentions", load: findMention, policy: mentionPolicy };
