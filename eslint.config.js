import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["build/**", "public/build/**", ".data/**", "node_modules/**", "test-results/**", "playwright-report/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
  {
    // The site's Link renders Remix's markup without resolving the path three times per
    // render (docs/decisions/014, third follow-up).
    files: ["app/**/*.tsx"],
    ignores: ["app/components/link.tsx"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "@remix-run/react", importNames: ["Link"], message: "Import Link from ~/components/link." }] }],
    },
  },
);
