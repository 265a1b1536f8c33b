/**
 * Copies a field's text: through the Clipboard API, else (missing, refused, insecure context) by
 * selecting the field and asking the browser to copy the selection. Resolves whether it worked;
 * either way the text is left selected, so the reader can copy it by hand.
 */
export async function copyField(field: HTMLInputElement | HTMLTextAreaElement): Promise<boolean> {
  field.focus();
  field.select();
  try {
    await navigator.clipboard.writeText(field.value);
    return true;
  } catch {
    // No Clipboard API, or it refused: the older way below.
  }
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
