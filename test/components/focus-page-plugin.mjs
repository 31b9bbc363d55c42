/**
 * `executeServerCommand('legible-focus-page')` brings the test's page to the front. Firefox gives
 * focus to one page at a time, and the suite runs two files at once: a keyboard test calls this
 * first, so that `:focus-visible` and key presses reach its own page.
 */
export const focusPagePlugin = () => ({
  name: 'legible-focus-page',
  async executeCommand({ command, session }) {
    if (command !== 'legible-focus-page') return undefined;
    await session.browser.getPage?.(session.id)?.bringToFront();
    return true;
  },
});
