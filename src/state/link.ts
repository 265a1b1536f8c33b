// The link to a view: the share dialog's and every citation's. Apart from currentView.ts, which
// the first view loads, so that this stays out of it.
import { hashOptions } from './currentView';
import { writeHash, type ViewState } from './url';

/** The link that restores a view: the page's address with the view's hash. */
export function linkToView(
  view: ViewState,
  pageUrl = `${window.location.origin}${window.location.pathname}`,
): string {
  return pageUrl + writeHash(view, hashOptions());
}
