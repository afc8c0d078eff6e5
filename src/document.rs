//! The build's HTML documents, written whole: `index.html` (the prerendered report, the
//! stylesheet and the scripts that take it over), `sources.html` and `uncertainty.html`, from
//! the files Trunk put in the staged `dist/` (their hashed names and integrity hashes). Trunk's
//! own `index.html` only tells it what to build; nothing edits HTML after this.
//!
//! The Content-Security-Policy is defined here too, once: the meta of every page, the header
//! of `deploy/` and the test servers (through the manifest), and the hash of the one inline
//! script.

use crate::model::horizon::LAST_YEAR;
use base64::Engine;
use sha2::{Digest, Sha256, Sha384};
use std::path::Path;

/// The report's name as the pages' titles end.
const SITE: &str = "the trillion-dollar AI infrastructure race";

/// The one inline script (static/pending.js): it must run before the first paint, which a
/// file would delay by a request. Its `//` comment lines stay in the source, not in the page.
pub fn pending_script() -> String {
    include_str!("../static/pending.js")
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_string()
}

/// A CSP source for an inline script: `'sha256-…'`.
pub fn hash_source(text: &str) -> String {
    format!("'sha256-{}'", b64(&Sha256::digest(text.as_bytes())))
}

/// Everything a `<meta http-equiv="Content-Security-Policy">` can carry. Scripts: the page's
/// own files, its one inline script by hash and wasm compilation (no eval); workers: the
/// page's own (the uncertainty's); styles: its own stylesheet, no style attributes; images: its own and data:
/// (the PNG downloads); fetches: its own. Nothing from any other host.
pub fn csp_meta() -> String {
    [
        "default-src 'none'".to_string(),
        format!(
            "script-src 'self' {} 'wasm-unsafe-eval'",
            hash_source(&pending_script())
        ),
        "worker-src 'self'".into(),
        "style-src 'self'".into(),
        "img-src 'self' data:".into(),
        "connect-src 'self'".into(),
        "base-uri 'none'".into(),
        "form-action 'none'".into(),
    ]
    .join("; ")
}

/// The header a server sends: the meta policy, plus `frame-ancestors *` (which a meta cannot
/// carry), because any site may embed a chart.
pub fn csp_header() -> String {
    format!("{}; frame-ancestors *", csp_meta())
}

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// A file's subresource-integrity hash.
pub fn integrity(bytes: &[u8]) -> String {
    format!("sha384-{}", b64(&Sha384::digest(bytes)))
}

/// Trunk's files in the staged `dist/`, by their hashed names.
#[derive(Debug, Clone)]
pub struct Assets {
    /// wasm-bindgen's JS glue, `ai-infra-report-<hash>.js`.
    pub glue: String,
    pub wasm: String,
    pub css: String,
    pub icon: String,
    glue_integrity: String,
    css_integrity: String,
}

impl Assets {
    /// Finds the files in `dir` (after the build hook has minified them: the hashes are of
    /// what is served).
    pub fn find(dir: &Path) -> Result<Assets, String> {
        let names: Vec<String> = std::fs::read_dir(dir)
            .map_err(|e| format!("{}: {e}", dir.display()))?
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .collect();
        let one = |prefix: &str, suffix: &str| {
            let mut found = names
                .iter()
                .filter(|n| n.starts_with(prefix) && n.ends_with(suffix));
            match (found.next(), found.next()) {
                (Some(n), None) => Ok(n.clone()),
                _ => Err(format!(
                    "not exactly one {prefix}…{suffix} in {}",
                    dir.display()
                )),
            }
        };
        let glue = one("ai-infra-report-", ".js")?;
        let wasm = glue.replace(".js", "_bg.wasm");
        let css = one("style-", ".css")?;
        let icon = one("favicon-", ".svg")?;
        let read = |f: &str| std::fs::read(dir.join(f)).map_err(|e| format!("{f}: {e}"));
        Ok(Assets {
            glue_integrity: integrity(&read(&glue)?),
            css_integrity: integrity(&read(&css)?),
            wasm,
            glue,
            css,
            icon,
        })
    }

    /// The module that starts the wasm, once the prerendered page has painted its first
    /// content (the wasm must not compete with the first paint; a second at most, for a tab
    /// that never paints). A file, not inline: the policy allows no inline module.
    pub fn boot_script(&self) -> String {
        format!(
            "import init, * as bindings from './{glue}';
await new Promise((r) => {{
  const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0;
  if (painted()) return r();
  setTimeout(r, 1000);
  try {{
    const o = new PerformanceObserver(() => {{ if (painted()) {{ o.disconnect(); setTimeout(r); }} }});
    o.observe({{ type: 'paint', buffered: true }});
  }} catch {{ r(); }}
}});
const wasm = await init({{ module_or_path: './{wasm}' }});
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent('TrunkApplicationStarted', {{ detail: {{ wasm }} }}));
",
            glue = self.glue,
            wasm = self.wasm
        )
    }

    /// The boot script's file name: named for its content, like Trunk's own files.
    pub fn boot_file(&self) -> String {
        let hash = Sha256::digest(self.boot_script().as_bytes());
        let hex: String = hash[..8].iter().map(|b| format!("{b:02x}")).collect();
        format!("boot-{hex}.js")
    }

    /// What every page's `<head>` starts with: the policy first (it covers only what follows
    /// it), then the viewport, the title and description, the page's own `meta` lines, the
    /// icon and the stylesheet.
    fn head(&self, title: &str, description: &str, meta: &str) -> String {
        format!(
            "<!DOCTYPE html>
<html lang=\"en\">
<head>
  <meta charset=\"utf-8\" />
  <meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\" />
  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />
  <meta name=\"color-scheme\" content=\"light dark\" />
  <title>{title}</title>
  <meta name=\"description\" content=\"{description}\" />
{meta}",
            csp = csp_meta()
        ) + &format!(
            "  <link rel=\"icon\" href=\"./{}\"/>
  <link rel=\"stylesheet\" href=\"./{}\" integrity=\"{}\"/>
",
            self.icon, self.css, self.css_integrity
        )
    }

    /// The report: its head with the link preview, the boot module and the glue's preload
    /// (with its integrity, which is checked; no preload of the wasm, which must not compete
    /// with the first paint), the inline script, then the prerendered report (`body`) and
    /// what a crash shows (app/browser/panic.rs fills it in; not built by the wasm, whose tree
    /// a panic leaves untrustworthy).
    pub fn index_html(&self, body: &str) -> String {
        let title = "The trillion-dollar AI infrastructure race — an explorable report";
        let description = "Hyperscaler CapEx, mega-rounds and the cloud market in 2026, with \
                           projections you can drag. Rust + WebAssembly.";
        // The link preview (preview.png is drawn at build time, src/prerender.rs; scrapers
        // that want an absolute og:image need the deploy's address in front, BASE_URL).
        let alt = format!(
            "Quarterly cloud revenue of AWS, Azure and Google Cloud, projected to {LAST_YEAR}"
        );
        let preview: String = [
            ("property", "og:type", "article"),
            ("property", "og:title", title),
            (
                "property",
                "og:description",
                "Hyperscaler CapEx, mega-rounds and the cloud market in 2026, with projections you can drag.",
            ),
            ("property", "og:image", "preview.png"),
            ("property", "og:image:width", "1200"),
            ("property", "og:image:height", "630"),
            ("property", "og:image:alt", &alt),
            ("name", "twitter:card", "summary_large_image"),
        ]
        .iter()
        .map(|(attr, name, content)| format!("  <meta {attr}=\"{name}\" content=\"{content}\" />\n"))
        .collect();
        format!(
            "{head}  <script type=\"module\" src=\"./{boot}\"></script>
  <link rel=\"modulepreload\" href=\"./{glue}\" crossorigin=\"anonymous\" integrity=\"{glue_sri}\">
  <script>{pending}</script>
</head>
<body>
  <noscript>The sliders need JavaScript: the numbers below are the article's defaults.</noscript>
{body}
  <div id=\"panic-panel\" class=\"panic-panel\" role=\"alert\" tabindex=\"-1\" hidden>
    <h2>Something went wrong in the report</h2>
    <p>The calculation stopped. Try again with the article's assumptions, or reload this view.</p>
    <p><a class=\"button\" href=\"?\">Reset assumptions</a><a class=\"button\" href=\"\">Reload</a></p>
    <pre></pre>
  </div>
</body>
</html>
",
            head = self.head(title, description, &preview),
            boot = self.boot_file(),
            glue = self.glue,
            glue_sri = self.glue_integrity,
            pending = pending_script(),
        )
    }

    /// A page beside the report (no scripts, no link preview): its own title and
    /// description, the report's stylesheet and, if given, one of its own after it.
    pub fn page_html(
        &self,
        title: &str,
        description: &str,
        css: Option<&str>,
        body: &str,
    ) -> String {
        let own = css.map_or(String::new(), |f| {
            format!("  <link rel=\"stylesheet\" href=\"./{f}\">\n")
        });
        format!(
            "{}{own}</head>\n<body>\n{body}\n</body>\n</html>\n",
            self.head(&format!("{title} — {SITE}"), description, "")
        )
    }
}
