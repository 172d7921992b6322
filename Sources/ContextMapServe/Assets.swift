import ContextMapPack

/// The style sheets and the one script the served pages link: served from /assets, so that
/// the Content-Security-Policy can forbid every inline script and style.
enum Assets {
    static let files: [String: (type: String, text: String)] = [
        "serve.css": ("text/css; charset=utf-8", serveCSS),
        "pack.css": ("text/css; charset=utf-8", PackPage.styleSheet),
        "conference.css": ("text/css; charset=utf-8", conferenceCSS),
        "conference.js": ("text/javascript; charset=utf-8", conferenceJS),
        "icon.svg": ("image/svg+xml", icon),
    ]

    /// Three linked circles: a young person and two contexts.
    static let icon = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><g fill="#0b5394" stroke="#0b5394" stroke-width="2">\
        <line x1="16" y1="10" x2="8" y2="24"/><line x1="16" y1="10" x2="24" y2="24"/>\
        <circle cx="16" cy="9" r="6"/><circle cx="8" cy="24" r="5"/><circle cx="24" cy="24" r="5"/></g></svg>

        """

    static let serveCSS = """
        :root { color-scheme: light; --ink: #1b1b1b; --muted: #555; --line: #c8c8c8; --accent: #0b5394; --warn: #9c2f00; }
        body { font-family: "Helvetica Neue", Arial, sans-serif; color: var(--ink); line-height: 1.45; margin: 0; }
        main { max-width: 70rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
        nav.site { display: flex; flex-wrap: wrap; align-items: center; gap: 1rem; background: var(--accent); color: #fff;
                   padding: .5rem 1.5rem; }
        nav.site .brand { font-weight: bold; font-size: 1.15rem; }
        nav.site ul { display: flex; gap: 1rem; list-style: none; margin: 0; padding: 0; flex: 1; }
        nav.site a { color: #fff; }
        nav.site form { display: flex; gap: .6rem; align-items: center; margin: 0; }
        nav.site button { font: inherit; }
        h1 { font-size: 1.8rem; }
        h2 { font-size: 1.35rem; border-bottom: 2px solid var(--accent); padding-bottom: .2rem; margin-top: 2rem; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
        caption { text-align: left; color: var(--muted); font-size: .9rem; padding-bottom: .3rem; }
        th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
        thead th { border-bottom: 2px solid var(--ink); font-size: .9rem; }
        .small, figcaption { color: var(--muted); font-size: .9rem; }
        .problem { color: var(--warn); font-weight: bold; }
        form.sign-in { display: grid; gap: .4rem; max-width: 22rem; }
        form.sign-in input, form.sign-in button { font: inherit; padding: .4rem; }
        figure.map { margin: 0; text-align: center; }
        figure.map svg { max-width: 100%; height: auto; }
        nav.pack-actions ul { display: flex; flex-wrap: wrap; gap: 1.5rem; list-style: none; padding: 0; margin: .8rem 0 0; }
        nav.pack-actions a { font-weight: bold; }
        body:has(> nav.pack-actions) > nav.site { margin: -1.5rem -1.5rem 0; }
        body.conference > nav.site { margin: 0 -2.5rem; }
        @media print { nav.site, nav.pack-actions { display: none; } main { max-width: none; padding: 0; } }

        """

    /// The conference screen: large type to read across a room, one agenda section to a
    /// screen, the current one outlined.
    static let conferenceCSS = """
        body.conference { max-width: none; font-size: 1.55rem; padding: 0 2.5rem 2rem; }
        body.conference header p, body.conference footer { font-size: 1.1rem; }
        body.conference h1 { font-size: 2.4rem; }
        body.conference h2 { font-size: 2.1rem; }
        body.conference section { min-height: 88vh; padding-top: .5rem; }
        body.conference section:focus { outline: 4px solid var(--accent); outline-offset: 6px; }
        body.conference figure.map svg { width: 100%; max-height: 78vh; }
        body.conference nav ol { columns: 4; font-size: 1.1rem; }
        .keys { position: fixed; right: 1rem; bottom: .8rem; background: #fff; border: 1px solid var(--line);
                padding: .3rem .6rem; font-size: 1rem; color: var(--muted); }

        """

    /// Keyboard navigation through the agenda: → / ↓ / Page Down / space for the next
    /// section, ← / ↑ / Page Up for the one before, 1–8 for a section by its agenda number,
    /// Home and End.
    static let conferenceJS = """
        "use strict";
        (function () {
          var sections = Array.prototype.slice.call(document.querySelectorAll("body.conference > section"));
          if (sections.length === 0) { return; }
          var current = 0;
          sections.forEach(function (section) { section.setAttribute("tabindex", "-1"); });
          function show(index) {
            current = Math.max(0, Math.min(sections.length - 1, index));
            sections[current].focus({ preventScroll: true });
            sections[current].scrollIntoView({ block: "start" });
            if (history.replaceState) { history.replaceState(null, "", "#" + sections[current].id); }
          }
          var start = sections.findIndex(function (section) { return "#" + section.id === location.hash; });
          document.addEventListener("keydown", function (event) {
            if (event.altKey || event.ctrlKey || event.metaKey) { return; }
            var target = event.target;
            if (target && (target.tagName === "INPUT" || target.tagName === "BUTTON" || target.tagName === "TEXTAREA")) { return; }
            var key = event.key;
            if (key === "ArrowRight" || key === "ArrowDown" || key === "PageDown" || key === " ") { show(current + 1); }
            else if (key === "ArrowLeft" || key === "ArrowUp" || key === "PageUp") { show(current - 1); }
            else if (key === "Home") { show(0); }
            else if (key === "End") { show(sections.length - 1); }
            else if (/^[1-9]$/.test(key)) {
              // Numbers follow the agenda as the headings number it, whatever the screen's order.
              var index = sections.findIndex(function (section) {
                var number = section.querySelector("h2 .number");
                return number !== null && number.textContent === key + ".";
              });
              if (index < 0) { return; }
              show(index);
            }
            else { return; }
            event.preventDefault();
          });
          var hint = document.createElement("p");
          hint.className = "keys";
          hint.textContent = "\\u2190 \\u2192 move between sections \\u00b7 1\\u2013" + sections.length + " go to a section by its number";
          document.body.appendChild(hint);
          show(start >= 0 ? start : 0);
        })();

        """
}
