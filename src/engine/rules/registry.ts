import type { Rule } from './rule';
import { vagueAttributionRule } from './vagueAttribution';
import { incompleteAttributionRule } from './incompleteAttribution';
import { draftHygieneRule } from './draftHygiene';

export const ALL_RULES: Rule[] = [vagueAttributionRule, incompleteAttributionRule, draftHygieneRule];
