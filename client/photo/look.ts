/**
 * The photo part's few styles, set on its own elements through the CSSOM — which the page's CSP
 * allows, unlike style attributes or a <style> element — so they stay out of the stylesheet every
 * first load downloads. The frame is left-to-right in every language: a box's place is a place
 * on the picture.
 */
type Style = Partial<Record<keyof CSSStyleDeclaration & string, string>>;

export const FRAME: Style = { position: 'relative', display: 'inline-block', lineHeight: '0', maxWidth: '100%' };
export const PREVIEW: Style = { maxWidth: '100%', maxHeight: '70vh' };
/** Solid black with a yellow edge; the background is set here so the stylesheet's button:hover cannot change it. */
export const COVER: Style = {
  position: 'absolute',
  margin: '0',
  padding: '0',
  background: '#000',
  border: '2px solid #fd0',
  boxShadow: 'none',
  touchAction: 'none',
};
/** The corner to drag to resize: 24 px, the smallest target WCAG 2.2 allows. */
export const GRIP: Style = { position: 'absolute', right: '-2px', bottom: '-2px', width: '24px', height: '24px', background: '#fd0' };
export const SIDE_BY_SIDE: Style = { marginInlineEnd: '0.5rem' };
export const SPACE_ABOVE: Style = { marginTop: '1rem' };

export function styled<T extends HTMLElement>(element: T, style: Style): T {
  Object.assign(element.style, style);
  return element;
}
