// The one stylesheet, served from memory. Pages stay readable without it.
enum Stylesheet {
    static let css = """
    :root { --text: #1b1b1b; --muted: #4a4a4a; --accent: #004b87; --error: #a4000f; --bg: #ffffff; --line: #c8c8c8; }
    * { box-sizing: border-box; }
    body { margin: 0; font-family: system-ui, "Segoe UI", Roboto, Arial, sans-serif; color: var(--text); background: var(--bg); line-height: 1.5; font-size: 1.05rem; }
    a { color: var(--accent); }
    a:focus, button:focus, input:focus, select:focus, textarea:focus, main:focus { outline: 3px solid #ffbf47; outline-offset: 2px; }
    .skip-link { position: absolute; left: -9999px; }
    .skip-link:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 10; }
    .site-header { border-bottom: 4px solid var(--accent); padding: .75rem 1.5rem; display: flex; flex-wrap: wrap; gap: .5rem 2rem; align-items: center; }
    .brand { font-weight: 700; font-size: 1.3rem; margin: 0; }
    .brand a { text-decoration: none; }
    .tagline { font-weight: 400; font-size: 1rem; color: var(--muted); }
    .authority { margin: 0; font-weight: 600; }
    nav ul { list-style: none; display: flex; gap: 1.25rem; margin: 0; padding: 0; }
    nav a[aria-current="page"] { font-weight: 700; text-decoration-thickness: 3px; }
    .account { margin-left: auto; display: flex; gap: 1rem; align-items: center; }
    .account p { margin: 0; }
    main { max-width: 70rem; padding: 1.5rem; }
    .site-footer { border-top: 1px solid var(--line); padding: 1rem 1.5rem; color: var(--muted); font-size: .95rem; }
    .site-footer ul { list-style: none; padding: 0; display: flex; gap: 1.5rem; }
    table { border-collapse: collapse; width: 100%; }
    th, td { text-align: left; padding: .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
    td { overflow-wrap: break-word; }
    td:first-child, .nowrap { white-space: nowrap; }
    caption { text-align: left; font-weight: 600; padding: .5rem 0; }
    form.stacked { max-width: 28rem; display: grid; gap: .75rem; }
    label { font-weight: 600; display: block; }
    input, select, textarea { font: inherit; padding: .45rem; width: 100%; border: 1px solid #767676; border-radius: 3px; }
    button { font: inherit; padding: .5rem 1rem; background: var(--accent); color: #fff; border: 0; border-radius: 3px; cursor: pointer; }
    .account button { background: #fff; color: var(--accent); border: 1px solid var(--accent); }
    .error-summary { border: 3px solid var(--error); padding: .75rem 1rem; margin-bottom: 1rem; }
    .error-summary h2 { color: var(--error); margin-top: 0; font-size: 1.15rem; }
    .field-error { color: var(--error); font-weight: 600; margin: .25rem 0 0; }
    .hint { color: var(--muted); font-size: .95rem; margin: .25rem 0 0; }
    dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .35rem 1.5rem; }
    dl.facts dt { font-weight: 600; }
    dl.facts dd { margin: 0; }
    .trap { position: absolute; left: -10000px; width: 1px; height: 1px; overflow: hidden; }
    form.wide { max-width: 48rem; display: grid; gap: .75rem; }
    .statement { border-left: 4px solid var(--line); padding: .25rem 0 .25rem 1rem; margin: 1rem 0; white-space: pre-wrap; }
    .receipt { font-size: 1.5rem; font-weight: 700; letter-spacing: .05em; }
    progress { width: 8rem; }
    """
}
