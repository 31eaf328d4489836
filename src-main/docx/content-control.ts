// A block content control (w:sdt) around paragraphs, with a title Word shows on its frame and
// a tag for the app to read back. The docx package draws content controls only for its table
// of contents, so this one is built from its XML elements.
//
// It is marked as a building-block control (an empty w:docPartObj, which the schema allows):
// LibreOffice 7.4 keeps such a control's paragraphs as they are when it saves, where it turns
// a plain rich-text control into one around the first paragraph only and moves that
// paragraph's line breaks out of place. Word shows and edits it as any content control.
import { BuilderElement, FileChild, StringValueElement, type Paragraph } from 'docx';

export class ContentControl extends FileChild {
  constructor(options: { title: string; tag?: string | undefined; children: Paragraph[] }) {
    super('w:sdt');
    // In the schema's order: alias, tag, then the control's kind.
    const properties = [new StringValueElement('w:alias', options.title)];
    if (options.tag !== undefined) properties.push(new StringValueElement('w:tag', options.tag));
    properties.push(new BuilderElement({ name: 'w:docPartObj' }));
    this.root.push(new BuilderElement({ name: 'w:sdtPr', children: properties }));
    this.root.push(new BuilderElement({ name: 'w:sdtContent', children: options.children }));
  }
}
