// A language server for the fault-isolation test: the real server (tsc build of server/src/lsp),
// started exactly as dist/server.js starts it, but with the rule named by STORY_COACH_FAULTY_RULE
// (default: hedging) replaced by one that throws on every check. Never shipped.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { RULES, type Rule } from '../../../server/src/engine';
import { startServer } from '../../../server/src/lsp/server';

const faulty = process.env.STORY_COACH_FAULTY_RULE ?? 'hedging';
const rules: Rule[] = RULES.map((rule) =>
  rule.id === faulty
    ? {
        ...rule,
        check: () => {
          throw new Error(`injected failure in ${rule.id}`);
        },
      }
    : rule,
);

startServer(createConnection(ProposedFeatures.all), rules);
