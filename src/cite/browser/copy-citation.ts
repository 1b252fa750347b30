/**
 * The report page's copy buttons. The page is whole without this script: every
 * citation is printed and every format downloadable. The buttons are hidden in
 * the markup and shown here only where the browser can write to the clipboard.
 */
import { COPY_AR, fill } from "../../views/labels.ts";

const status = document.querySelector<HTMLElement>(".cite .copy-status");

for (const button of document.querySelectorAll<HTMLButtonElement>("button.copy[data-copy]")) {
  const source = document.getElementById(button.dataset.copy ?? "");
  if (!source || !navigator.clipboard) continue;
  const label = source.closest(".cite-format")?.querySelector("h3, summary")?.textContent?.trim() ?? "";
  button.setAttribute("aria-label", fill(COPY_AR.button, { format: label }));
  button.hidden = false;
  button.addEventListener("click", () => {
    navigator.clipboard.writeText(source.textContent ?? "").then(
      () => say(fill(COPY_AR.copied, { format: label })),
      () => say(COPY_AR.failed),
    );
  });
}

function say(text: string): void {
  if (status) status.textContent = text;
}
