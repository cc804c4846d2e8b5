/** Lower case, without accents, for search: "Zoë" becomes "zoe". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

const folded = new WeakMap<object, { name: string; folded: string }>();

/**
 * `person.name` folded for search (`foldForSearch`), cached per person object of the meeting, so
 * filtering a list of thousands on every keystroke folds each name once; refreshed when the name
 * changes. Shared by `rtk-participants` and `rtk-participants-viewer-list`.
 */
export function foldedNameOf(person: { readonly name?: string }): string {
  const name = person.name ?? '';
  let entry = folded.get(person);
  if (entry?.name !== name) folded.set(person, (entry = { name, folded: foldForSearch(name) }));
  return entry.folded;
}
