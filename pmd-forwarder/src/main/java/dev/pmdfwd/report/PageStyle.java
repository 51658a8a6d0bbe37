package dev.pmdfwd.report;

/**
 * The pages' frame: the head with its inline stylesheet (system fonts only) and a Content-Security-Policy
 * that forbids any fetch, so that a page opens the same anywhere.
 */
final class PageStyle {
    private PageStyle() {
    }

    /** Everything up to the opening of {@code <main>}. */
    static String documentStart(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Html.escape(title) + "</title>\n"
                + "<style>\n" + CSS + "</style>\n</head>\n<body>\n<main>\n";
    }

    static final String DOCUMENT_END = "</main>\n</body>\n</html>\n";

    static final String CSS = """
            :root { --fg: #1d2329; --muted: #5b6670; --line: #d9dee3; --bg: #f4f6f8; --card: #fff;
                    --ok: #17692c; --ok-bg: #e3f3e7; --bad: #a3001b; --bad-bg: #fdeaed;
                    --warn: #7a4d00; --warn-bg: #fff3d4; }
            * { box-sizing: border-box; }
            body { margin: 0; background: var(--bg); color: var(--fg);
                   font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            main { max-width: 1200px; margin: 0 auto; padding: 24px; }
            h1 { font-size: 24px; margin: 0 0 2px; }
            h2 { font-size: 18px; margin: 32px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
            h3 { font-size: 15px; margin: 0 0 10px; }
            .sub { color: var(--muted); margin: 0 0 18px; overflow-wrap: anywhere; }
            ul.context { list-style: none; padding: 0; margin: 4px 0 18px; color: var(--muted); overflow-wrap: anywhere; }
            .card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 16px;
                    min-width: 0; }
            .card + .card { margin-top: 16px; }
            .runs { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(380px, 100%), 1fr)); gap: 16px; }
            .runs .card + .card { margin-top: 0; }
            .verdict { padding: 8px 12px; border-radius: 6px; font-weight: 600; margin: 0 0 12px; }
            .verdict.ok { background: var(--ok-bg); color: var(--ok); }
            .verdict.bad { background: var(--bad-bg); color: var(--bad); border: 2px solid var(--bad); font-size: 16px; }
            .verdict ul { margin: 6px 0 0; padding-left: 20px; font-weight: 400; font-size: 14px; }
            .banner { margin: 0 0 18px; }
            dl.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 4px 16px; margin: 0; }
            dl.facts dt { color: var(--muted); }
            dl.facts dd { margin: 0; overflow-wrap: anywhere; }
            .args .arg { display: inline-block; max-width: 100%; margin-right: 0.6em; }
            code { font: 12.5px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
                   background: #eef1f4; padding: 1px 4px; border-radius: 3px; }
            .warnings { background: var(--warn-bg); color: var(--warn); border-radius: 6px; padding: 8px 12px 8px 28px;
                        margin: 12px 0 0; }
            .attention { color: var(--warn); font-weight: 600; }
            .table-wrap { overflow-x: auto; }
            table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
            th, td { padding: 5px 9px; border-bottom: 1px solid var(--line); text-align: left; white-space: nowrap;
                     vertical-align: bottom; }
            th { font-weight: 600; color: var(--muted); font-size: 12.5px; background: #f8f9fb; white-space: normal; }
            th.group { text-align: center; border-bottom: 1px solid #b8c0c8; padding-bottom: 2px; }
            th.num, td.num { text-align: right; }
            td.zero { color: #97a1aa; }
            td.loss { color: var(--bad); font-weight: 600; background: var(--bad-bg); }
            .config th.differs, .config td.differs { background: #fff3cc; color: var(--warn); }
            .config td.differs { font-weight: 600; }
            .counters h3 { margin-top: 4px; }
            .counters .table-wrap + h3, .counters .table-wrap + .table-wrap { margin-top: 16px; }
            svg.plot { display: block; max-width: 100%; height: auto; margin: 0 auto; }
            svg.plot .frame { fill: #fff; stroke: #b8c0c8; }
            svg.plot .grid-major { stroke: #e1e5e9; }
            svg.plot .grid-minor { stroke: #f1f3f5; }
            svg.plot text { font-size: 12px; fill: #4a545e; }
            svg.plot .axis-title { font-size: 13px; fill: var(--fg); }
            svg.plot .curve { fill: none; stroke-linejoin: round; stroke-linecap: round; }
            .legend { list-style: none; padding: 0; margin: 10px 0 0; display: flex; flex-wrap: wrap; gap: 4px 20px; }
            .swatch { flex: none; }
            .stats { margin-top: 12px; }
            .series { display: inline-flex; align-items: center; gap: 6px; }
            .note { color: var(--muted); font-style: italic; padding: 28px 16px; text-align: center;
                    border: 1px dashed var(--line); border-radius: 6px; margin: 0; }
            .empty { color: var(--muted); font-style: italic; }
            footer { color: var(--muted); font-size: 12.5px; margin-top: 32px; }
            """;
}
