#!/usr/bin/python3
"""Jiedu read from outside, as Orca reads it on Linux: the AT-SPI tree of the running app,
through pyatspi (a client nobody here wrote), with keys typed by xdotool.

Run by scripts/a11y-check.sh, which starts Xvfb, the accessibility bus and the app. Each check
prints PASS or FAIL with what it saw; the exit status is the number of failures.
"""

import re
import subprocess
import sys
import time

import pyatspi

WINDOW = sys.argv[1] if len(sys.argv) > 1 else ""
FAILURES = []


def check(ok, what, seen=""):
    print(("PASS " if ok else "FAIL ") + what + (f"  [{seen}]" if seen else ""), flush=True)
    if not ok:
        FAILURES.append(what)


def app():
    desktop = pyatspi.Registry.getDesktop(0)
    for _ in range(100):
        for i in range(desktop.childCount):
            child = desktop.getChildAtIndex(i)
            if child is not None and child.name == "jiedu":
                return child
        time.sleep(0.2)
    sys.exit("the app never showed up on the accessibility bus")


def nodes(root):
    """Every node below root, depth first, as (node, role name, name, states)."""
    out = []

    def walk(node):
        try:
            out.append((node, node.getRoleName(), node.name or "", node.getState()))
            for i in range(node.childCount):
                walk(node.getChildAtIndex(i))
        except Exception:  # a node that went away while walking
            pass

    walk(root)
    return out


def focused(root):
    """The deepest focused node: (role, name), or (None, None)."""
    found = (None, None)
    for _, role, name, states in nodes(root):
        if states.contains(pyatspi.STATE_FOCUSED):
            found = (role, name)
    return found


def key(*keys, wait=0.35):
    for k in keys:
        subprocess.run(["xdotool", "key", "--window", WINDOW, k], check=True)
        time.sleep(wait)
    settle()


def settle(limit=4.0):
    """Waits until the focus stays put for half a second (a slow machine draws late)."""
    root = app()
    last, since, start = focused(root), time.time(), time.time()
    while time.time() - start < limit:
        time.sleep(0.1)
        now = focused(root)
        if now != last:
            last, since = now, time.time()
        elif time.time() - since >= 0.5:
            return


BAR = re.compile(r"：.+，.*(年|回顾|目标)")


def is_bar(role, name):
    return role == "push button" and name is not None and bool(BAR.search(name))


def main():
    root = app()
    subprocess.run(["xdotool", "windowfocus", "--sync", WINDOW], check=False)
    time.sleep(1.0)

    # 1. Nothing a keyboard can reach is unnamed.
    unnamed = [
        role
        for _, role, name, states in nodes(root)
        if states.contains(pyatspi.STATE_FOCUSABLE) and not name.strip()
    ]
    check(not unnamed, "no unnamed focusable node", ", ".join(unnamed))
    frame = [n for n in nodes(root) if n[1] == "frame"]
    check(bool(frame) and bool(frame[0][2]), "the window is named", frame[0][2] if frame else "")

    # 2. The first bar within 15 key presses of the start, by regions (F6).
    presses = 0
    while presses < 15 and not is_bar(*focused(root)):
        key("F6")
        presses += 1
    bar = focused(root)
    check(is_bar(*bar), "a bar within 15 key presses", f"{presses} × F6 → {bar}")

    # 3. Copying the chart keeps the focus on the bar.
    key("ctrl+shift+c", wait=1.2)
    after = focused(root)
    check(is_bar(*bar) and after == bar, "Ctrl+Shift+C keeps the focus on the bar", f"{after}")

    # 4. Enter on a bar takes the focus to its sentence in the text.
    key("Down")
    bar = focused(root)
    key("Return", wait=0.8)
    role, name = focused(root)
    value = bar[1].split("：", 1)[1].split("，", 1)[0] if bar[1] else "?"
    check(role == "link" and value in (name or ""), "Enter on a bar focuses its figure in the text",
          f"{bar[1]} → {role} {name}")

    # 4b. Bars and figures have an action a screen reader can invoke (not only grabFocus).
    def actions(node):
        try:
            return node.queryAction().nActions
        except NotImplementedError:
            return 0

    bars = [n for n in nodes(root) if is_bar(n[1], n[2])]
    links = [n for n in nodes(root) if n[1] == "link"]
    check(bool(bars) and all(actions(n[0]) > 0 for n in bars)
          and bool(links) and all(actions(n[0]) > 0 for n in links),
          "bars and figure links have an action", f"{len(bars)} bars, {len(links)} links")

    # 5. Help moves the focus into the dialog; Esc gives it back.
    before = focused(root)
    key("F1", wait=0.8)
    inside = focused(root)
    dialog = [n for n in nodes(root) if n[1] == "dialog"]
    check(bool(dialog) and inside != before and inside[0] is not None,
          "F1 opens the shortcuts as a dialog with the focus in it", f"{inside}")
    key("Escape", wait=0.8)
    check(before[0] not in (None, "frame") and focused(root) == before, "Esc gives the focus back",
          f"{focused(root)} (was {before})")

    # 6. The 文件 menu: its items are menu items with the focus on the first; Esc gives it back.
    for _ in range(6):
        if focused(root)[1] in ("文件", "File"):
            break
        key("F6")
    file_button = focused(root)
    key("Return", wait=0.8)
    inside = focused(root)
    items = [n for n in nodes(root) if n[1] == "menu item"]
    check(bool(items) and inside[0] == "menu item", "文件 opens a menu with the focus on an item",
          f"{len(items)} menu items, focus {inside}")
    key("Escape", wait=0.8)
    check(file_button[1] in ("文件", "File") and focused(root) == file_button,
          "Esc closes the menu and focuses 文件 again", f"{focused(root)}")

    # 7. The data table is a table: rows with cells, every row reachable by keyboard. The tab
    # is switched the way a screen reader does, with the button's AT-SPI action.
    tab = [n for n in nodes(root) if n[1] == "toggle button" and n[2] in ("数据", "Data")]
    if tab:
        tab[0][0].queryAction().doAction(0)
        time.sleep(0.8)
    for _ in range(6):
        if focused(root)[0] == "table row":
            break
        key("F6")
    all_nodes = nodes(root)
    tables = [n for n in all_nodes if n[1] == "table"]
    rows = [n for n in all_nodes if n[1] == "table row"]
    cells = [n for n in all_nodes if n[1] == "table cell"]
    check(bool(tables) and bool(rows) and bool(cells), "the data table has table, row and cell roles",
          f"{len(tables)} tables, {len(rows)} rows, {len(cells)} cells")
    unnamed = [r for _, r, n, st in all_nodes if st.contains(pyatspi.STATE_FOCUSABLE) and not n.strip()]
    check(not unnamed, "no unnamed focusable node with the table shown", ", ".join(unnamed))
    english = [n for _, r, n, _ in all_nodes if n == "Resize panel"]
    check(not english, "the dividers are named in the interface language", f"{len(english)} in English")
    first = focused(root)
    shown = {n[2] for n in rows}
    key(*(["Down"] * 60), wait=0.12)
    time.sleep(0.5)
    last = focused(root)
    check(first[0] == "table row" and last[0] == "table row" and last[1] not in shown,
          "↓ reaches rows that were not in view", f"{first[1][:30]}… → {last[1][:30]}…")

    print(f"{len(FAILURES)} failed", flush=True)
    return len(FAILURES)


if __name__ == "__main__":
    sys.exit(main())
