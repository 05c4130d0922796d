// Entry of a markdown worker (see markdown-pool.ts).
import { serveTasks } from "../workers/serve-tasks";
import { renderInThisThread } from "./processor";

serveTasks(renderInThisThread);
