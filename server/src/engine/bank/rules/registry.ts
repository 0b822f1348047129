import { bankBalance } from './bank-balance';
import { bankBreadth } from './bank-breadth';
import { bankCoverage } from './bank-coverage';
import { bankDuplicate } from './bank-duplicate';
import { bankOverloaded } from './bank-overloaded';
import { RULES } from '../../rules/registry';
import type { BankRule } from './bank-rule';
import { bankRecency } from './bank-recency';
import { roleUncovered } from './role-uncovered';

/**
 * Every bank rule, in the order of story-bank spec §5. Settings, docs and tables derive from it.
 * `rehearsal-due` (the rehearsal schedule) is added here by the practice module.
 */
export const BANK_RULES: readonly BankRule[] = [bankBalance, bankCoverage, roleUncovered, bankDuplicate, bankOverloaded, bankRecency, bankBreadth];

export function findBankRule(id: string): BankRule | undefined {
  return BANK_RULES.find((rule) => rule.id === id);
}

/** Every rule id a setting may name: story rules and bank rules share `rules` in settings. */
export const SETTING_RULE_IDS: readonly string[] = [...RULES, ...BANK_RULES].map((rule) => rule.id);
