// Keyboard shortcuts of the portal (listed in docs/user-guide.md): Alt+<key> clicks or focuses the
// visible element that carries data-shortcut="<key>". One listener for every page; the browser's own
// accesskey differs by browser and system (Alt, Alt+Shift, Ctrl+Option), this does not.
document.addEventListener("keydown", (event) => {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.key.length !== 1) {
        return;
    }

    const key = event.key.toLowerCase();
    const target = [...document.querySelectorAll(`[data-shortcut="${key}"]`)]
        .find((element) => element.offsetParent !== null && !element.disabled);
    if (!target) {
        return;
    }

    event.preventDefault();
    if (target.matches("input, select, textarea")) {
        target.focus();
    } else {
        target.click();
    }
});
