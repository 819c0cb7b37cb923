// What every OOXML part writer shares: the XML declaration and colours as Word and PowerPoint write them.

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** "#0b5d7a" → "0B5D7A", as Word and PowerPoint write colours. */
export const hex = (colour: string): string => colour.replace('#', '').toUpperCase();
