import type { ControlElementsProp, FullField } from 'react-querybuilder';
import { FieldSelector } from './field-selector';
import { AddConditionButton, AddGroupButton, CombinatorSelector, NotToggle, RemoveConditionButton, RemoveGroupButton } from './group-controls';
import { GroupBody } from './group-body';
import { OperatorSelector } from './operator-selector';
import { ValueEditor } from './value-editor';

/** The builder's controls, all Mantine; one constant so the builder never re-creates them. */
export const BUILDER_CONTROLS: ControlElementsProp<FullField, string> = {
  fieldSelector: FieldSelector,
  operatorSelector: OperatorSelector,
  valueEditor: ValueEditor,
  combinatorSelector: CombinatorSelector,
  notToggle: NotToggle,
  addRuleAction: AddConditionButton,
  addGroupAction: AddGroupButton,
  removeRuleAction: RemoveConditionButton,
  removeGroupAction: RemoveGroupButton,
  ruleGroupBodyElements: GroupBody as ControlElementsProp<FullField, string>['ruleGroupBodyElements'],
};
