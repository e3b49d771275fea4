// Identifier helpers and the fallback naming for operations absent from names.mjs.
import { OPERATION_NAMES, RESOURCE_CLASS_NAMES, TAG_ACCESSORS } from './names.mjs';

export function words(text) {
  return String(text)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

export function camelCase(text) {
  const parts = words(text);
  return parts.map((w, i) => (i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1))).join('');
}

export function pascalCase(text) {
  return words(text).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}

export function kebabCase(text) {
  return words(text).map((w) => w.toLowerCase()).join('-');
}

const VERBS = { get: 'get', post: 'create', put: 'update', patch: 'update', delete: 'delete' };

/**
 * Accessor and method for an operation: the reviewed table first, otherwise the area's accessor
 * (from its first tag) and `<verb><Thing>` from the operation id, e.g.
 * `WidgetsController_issueToken` → `widgets.issueToken`.
 */
export function operationName(operationId, httpMethod, tags) {
  const reviewed = OPERATION_NAMES[operationId];
  if (reviewed) return { accessor: reviewed[0], method: reviewed[1] };
  const tag = (tags ?? [])[0] ?? 'misc';
  const accessor = TAG_ACCESSORS[tag] ?? camelCase(tag.split('.')[0]);
  const action = operationId.replace(/\[\d+\]$/, '').split(/[_.]/).pop() ?? operationId;
  const method = /^(list|get|create|update|delete|find)$/i.test(action)
    ? camelCase(`${VERBS[httpMethod] ?? action} ${tag.split('.').pop()}`)
    : camelCase(action);
  return { accessor, method };
}

/** Class name of a resource accessor: `userManagement` → `UserManagement`. */
export function resourceClassName(accessor) {
  return RESOURCE_CLASS_NAMES[accessor] ?? pascalCase(accessor);
}
