// The import forms a rule about imports looks at: `import`/`export … from`, `import()`,
// `import x = require()` and `require()` with a literal. `visit(node, source, typeOnly)`.
export function importVisitors(visit) {
  const check = (node, source, typeOnly) => {
    if (source && typeof source.value === 'string') visit(node, source, typeOnly);
  };
  return {
    ImportDeclaration: (node) => check(node, node.source, node.importKind === 'type'),
    ExportNamedDeclaration: (node) => check(node, node.source, node.exportKind === 'type'),
    ExportAllDeclaration: (node) => check(node, node.source, node.exportKind === 'type'),
    ImportExpression: (node) => check(node, node.source, false),
    TSImportEqualsDeclaration: (node) => check(node, node.moduleReference?.expression, node.importKind === 'type'),
    CallExpression: (node) => {
      if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') check(node, node.arguments[0], false);
    },
  };
}
