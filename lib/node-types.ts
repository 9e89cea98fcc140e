// The DOM's node type numbers, by name. Node.js has no global `Node` to read them from, and a
// module constant costs nothing in the walks that test every node.
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;
export const DOCUMENT_NODE = 9;
export const DOCUMENT_FRAGMENT_NODE = 11;

// NodeFilter's flags for a tree walker's `whatToShow`, by name, for the same reason.
export const SHOW_ELEMENT = 0x1;
export const SHOW_TEXT = 0x4;
export const SHOW_CDATA_SECTION = 0x8;
