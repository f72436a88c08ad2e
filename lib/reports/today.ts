// The one answer to "what day is it" for reports: the user's own calendar day, wherever the
// question is asked (the popup's form, the background's check, an import). The background
// runs in the same browser, so in the same time zone as the user; UTC would put Sydney's
// evening in yesterday and refuse a report dated today as "in the future".

/** `now` as "YYYY-MM-DD" on the local calendar. */
export function localDay(now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}
