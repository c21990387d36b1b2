import tseslint from 'typescript-eslint';

// Page text is written by strangers: nothing here may turn a string into markup or code.
// Each form a property or method can be reached by (el.innerHTML, el['innerHTML'],
// el[`innerHTML`], Reflect.set(el, 'innerHTML', ...)) is matched; tests/reliability/markup-lint.test.ts
// holds the snippets each selector must catch.
const MARKUP_PROPERTY = '/^(?:innerHTML|outerHTML|srcdoc)$/';
const MARKUP_METHOD = '/^(?:insertAdjacentHTML|setHTMLUnsafe|createContextualFragment)$/';
const noMarkupFromStrings = [
  { selector: `MemberExpression[property.name=${MARKUP_PROPERTY}]`, message: 'Build nodes; never read or assign markup (innerHTML, outerHTML, srcdoc).' },
  { selector: `MemberExpression[computed=true][property.value=${MARKUP_PROPERTY}]`, message: 'Build nodes; never read or assign markup (innerHTML, outerHTML, srcdoc).' },
  { selector: `MemberExpression[computed=true][property.quasis.0.value.raw=${MARKUP_PROPERTY}]`, message: 'Build nodes; never read or assign markup (innerHTML, outerHTML, srcdoc).' },
  { selector: `CallExpression[callee.object.name='Reflect'][arguments.1.value=${MARKUP_PROPERTY}]`, message: 'Build nodes; never assign markup through Reflect.' },
  { selector: `CallExpression[callee.property.name=${MARKUP_METHOD}]`, message: 'No insertAdjacentHTML, setHTMLUnsafe or createContextualFragment.' },
  {
    selector: "CallExpression[callee.property.name=/^(?:write|writeln)$/]:matches([callee.object.name=/^(?:document|doc|ownerDocument)$/], [callee.object.property.name=/^(?:document|ownerDocument)$/])",
    message: 'No document.write.',
  },
  { selector: "CallExpression[callee.property.name='execCommand'][arguments.0.value=/^inserthtml$/i]", message: "No execCommand('insertHTML')." },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML.' },
  { selector: "NewExpression[callee.name='Function'], NewExpression[callee.property.name='Function']", message: 'No new Function.' },
  { selector: "CallExpression[callee.name='Function'], CallExpression[callee.property.name='Function']", message: 'No Function().' },
  {
    // no-implied-eval does not see these without declared browser globals.
    selector: "CallExpression:matches([callee.name=/^(?:setTimeout|setInterval)$/], [callee.property.name=/^(?:setTimeout|setInterval)$/])[arguments.0.type=/^(?:Literal|TemplateLiteral|BinaryExpression)$/]",
    message: 'Pass setTimeout and setInterval a function, never a string of code.',
  },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'bench-results/**', 'test-results/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-restricted-syntax': ['error', ...noMarkupFromStrings],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
);
