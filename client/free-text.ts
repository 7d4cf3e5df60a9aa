/**
 * Free text must not leave the device unsealed: browsers' online spellcheckers (Chrome's
 * enhanced spell check, Edge's Microsoft Editor) and writing add-ons send field text to their
 * servers ("spell-jacking", docs/form.md). Off on every field a witness types into; `dir=auto`
 * lets text in either direction read naturally whatever the page's language. Its own module, so
 * the reply page and the reply part can use it without bundling the question list.
 */
export const FREE_TEXT = {
  spellcheck: 'false',
  autocorrect: 'off',
  autocapitalize: 'none',
  writingsuggestions: 'false',
  'data-gramm': 'false',
  'data-gramm_editor': 'false',
  'data-enable-grammarly': 'false',
  dir: 'auto',
} as const;
