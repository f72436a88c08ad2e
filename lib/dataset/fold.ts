// Text as a search compares it: accents dropped, lower case ("Peñalosa" finds "penalosa").
// One rule for the popup's company search and its search by place. Pure.

export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}
