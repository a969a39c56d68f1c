// @ts-check
// /new, step 1: a briefing read from a text file, picked or dropped, into the text box.

/** @param {string} id */
const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
/** @param {string} id */
const input = (id) => /** @type {HTMLInputElement} */ (document.getElementById(id));

/** The largest briefing the API takes, in bytes of UTF-8. */
export const MAX_BYTES = 100 * 1024;

/**
 * @param {File} file
 * @param {(err: unknown) => void} showError shows the error (null clears it) above the text box
 */
async function loadFile(file, showError) {
  const status = $('file-status');
  showError(null);
  if (!/\.(txt|md|markdown)$/i.test(file.name) && !/^text\//.test(file.type)) {
    showError(new Error(`${file.name} is not a .txt or .md file.`));
    return;
  }
  if (file.size > MAX_BYTES) {
    showError(new Error(`${file.name} is ${Math.ceil(file.size / 1024)} KB; a briefing is at most 100 KB of text.`));
    return;
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.includes(0)) {
    showError(new Error(`${file.name} does not look like text. Save it as plain text (.txt) and try again.`));
    return;
  }
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    showError(new Error(`${file.name} is not UTF-8 text. Save it as UTF-8 and try again.`));
    return;
  }
  input('text').value = text.replace(/^\uFEFF/, '');
  status.textContent = `Loaded ${file.name} (${Math.max(1, Math.round(file.size / 1024))} KB).`;
}

/** @param {(err: unknown) => void} showError */
export function setUpUpload(showError) {
  const fileInput = input('file');
  fileInput.addEventListener('change', () => {
    const f = fileInput.files?.[0];
    if (f) loadFile(f, showError);
  });
  const drop = $('drop');
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('tp-dragging');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('tp-dragging'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('tp-dragging');
    const f = e.dataTransfer?.files?.[0];
    if (f) loadFile(f, showError);
  });
}
