/** A Text node's nodeType (the DOM's Node.TEXT_NODE): lib/ reads no browser global, so the number is named here once. */
export const TEXT_NODE = 3;
