// `npm run train:coach`: learns the coach's weights and writes src/core/analysis/coach-model.json.
import { writeFileSync } from "node:fs";
import { MODEL_FILE, serializeModel, trainCoach } from "./train.ts";

writeFileSync(MODEL_FILE, serializeModel(trainCoach((line) => console.log(line))));
console.log(`Wrote ${MODEL_FILE}`);
