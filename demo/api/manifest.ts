/**
 * Reads the parts of a custom elements manifest (`custom-elements.json`, schema 1.0) that the API
 * pages show, one `TagDoc` per custom element. Pure functions, no DOM: tests and scripts can call
 * them too.
 */

/** A type as the analyzer writes it. */
export interface ManifestType {
  text: string;
}

/** A class member (field or method). */
export interface ManifestMember {
  kind: 'field' | 'method' | string;
  name: string;
  description?: string;
  type?: ManifestType;
  default?: string;
  privacy?: 'public' | 'protected' | 'private';
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  reflects?: boolean;
  parameters?: Array<{ name: string; type?: ManifestType; optional?: boolean }>;
  return?: { type?: ManifestType };
}

/** An attribute of a custom element. */
export interface ManifestAttribute {
  name: string;
  description?: string;
  type?: ManifestType;
  default?: string;
  fieldName?: string;
}

/** A named item with a description: event, slot, CSS part or CSS custom property. */
export interface ManifestNamed {
  name: string;
  description?: string;
  type?: ManifestType;
  default?: string;
}

/** A declaration of a module; custom elements have a `tagName`. */
export interface ManifestDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  members?: ManifestMember[];
  attributes?: ManifestAttribute[];
  events?: ManifestNamed[];
  slots?: ManifestNamed[];
  cssParts?: ManifestNamed[];
  cssProperties?: ManifestNamed[];
}

/** The manifest. */
export interface Manifest {
  schemaVersion?: string;
  modules: Array<{ path: string; declarations?: ManifestDeclaration[] }>;
}

/** A public property of a tag. */
export interface PropertyDoc {
  name: string;
  attribute?: string;
  type?: string;
  default?: string;
  description: string;
  readonly: boolean;
  reflects: boolean;
}

/** A public method of a tag. */
export interface MethodDoc {
  name: string;
  signature: string;
  description: string;
}

/** An attribute of a tag. */
export interface AttributeDoc {
  name: string;
  property?: string;
  type?: string;
  default?: string;
  description: string;
}

/** An event, slot, CSS part or CSS custom property of a tag. */
export interface NamedDoc {
  name: string;
  type?: string;
  default?: string;
  description: string;
}

/** Everything the API pages show about one tag. */
export interface TagDoc {
  tag: string;
  className: string;
  /** Module that declares the class, e.g. `src/components/mic-toggle/mic-toggle.ts`. */
  module: string;
  /** One line: the summary, else the first sentence of the description. */
  summary: string;
  description: string;
  properties: PropertyDoc[];
  methods: MethodDoc[];
  attributes: AttributeDoc[];
  events: NamedDoc[];
  slots: NamedDoc[];
  parts: NamedDoc[];
  cssProperties: NamedDoc[];
}

/** The first sentence of the first paragraph, on one line. */
export function firstSentence(description: string): string {
  const paragraph = (description.trim().split(/\n\s*\n/)[0] ?? '').replace(/\s+/g, ' ');
  // A full stop followed by a space or the end; "e.g." and "i.e." do not end a sentence.
  const match = /^.*?(?<!\b(?:e\.g|i\.e))[.!?](?=\s|$)/.exec(paragraph);
  return match ? match[0] : paragraph;
}

/** Keeps the first item of each name: the analyzer lists an overridden member once per class. */
function uniqueByName<T extends { name: string }>(items: readonly T[] | undefined): T[] {
  const seen = new Set<string>();
  return (items ?? []).filter((item) => !seen.has(item.name) && Boolean(seen.add(item.name)));
}

const isPublic = (member: ManifestMember) =>
  !member.static && (member.privacy ?? 'public') === 'public';

function named(items: readonly ManifestNamed[] | undefined): NamedDoc[] {
  return uniqueByName(items).map((item) => ({
    name: item.name,
    type: item.type?.text,
    default: item.default,
    description: item.description ?? '',
  }));
}

function signatureOf(method: ManifestMember): string {
  const params = (method.parameters ?? [])
    .map((p) => `${p.name}${p.optional ? '?' : ''}${p.type ? `: ${p.type.text}` : ''}`)
    .join(', ');
  return `${method.name}(${params})${method.return?.type ? `: ${method.return.type.text}` : ''}`;
}

/** The doc of one custom element declaration. */
export function tagDocOf(
  declaration: ManifestDeclaration & { tagName: string },
  module = '',
): TagDoc {
  const members = uniqueByName(declaration.members).filter(isPublic);
  const description = declaration.description ?? '';
  return {
    tag: declaration.tagName,
    className: declaration.name,
    module,
    summary: declaration.summary?.trim() || firstSentence(description),
    description,
    properties: members
      .filter((m) => m.kind === 'field')
      .map((m) => ({
        name: m.name,
        attribute: m.attribute,
        type: m.type?.text,
        default: m.default,
        description: m.description ?? '',
        readonly: Boolean(m.readonly),
        reflects: Boolean(m.reflects),
      })),
    methods: members
      .filter((m) => m.kind === 'method')
      .map((m) => ({ name: m.name, signature: signatureOf(m), description: m.description ?? '' })),
    attributes: uniqueByName(declaration.attributes).map((a) => ({
      name: a.name,
      property: a.fieldName,
      type: a.type?.text,
      default: a.default,
      description: a.description ?? '',
    })),
    events: named(declaration.events),
    slots: named(declaration.slots),
    parts: named(declaration.cssParts),
    cssProperties: named(declaration.cssProperties),
  };
}

/** Every custom element of the manifest, sorted by tag name. */
export function tagDocs(manifest: Manifest): TagDoc[] {
  const docs: TagDoc[] = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName)
        docs.push(tagDocOf(declaration as ManifestDeclaration & { tagName: string }, module.path));
    }
  }
  return docs.sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
}

/** Does the doc match a filter text (tag, class name or summary, case-insensitive)? */
export function matchesFilter(doc: TagDoc, filter: string): boolean {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  const haystack = `${doc.tag} ${doc.className} ${doc.summary}`.toLowerCase();
  return words.every((word) => haystack.includes(word));
}
