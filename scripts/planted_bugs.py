#!/usr/bin/env python3
"""Plants, one at a time, the ten bugs of issue #20 that the suite once let through, runs the
test that guards each, and puts the code back. Every line must say "caught by". The snippets
follow the code as it is written today: when a plant no longer applies, the script stops and
names it; update the snippet with the code.

Usage: python3 scripts/planted_bugs.py [row prefix ...]   (from the repository root)"""

import pathlib
import subprocess
import sys

plants = [
 ("1 click areas half a row off", "src/charts/figure_ui.rs",
  "let a = transform.position_from_point(&PlotPoint::new(start, row(i) + BAR_WIDTH / 2.0));",
  "let a = transform.position_from_point(&PlotPoint::new(start, row(i) + BAR_WIDTH / 2.0 - 0.5));", "promises::a_click"),
 ("1b click areas half a row off (both)", "src/charts/figure_ui.rs",
  ".find(|(_, r)| r.expand(2.0).contains(pos))",
  ".find(|(_, r)| r.translate(egui::vec2(0.0, r.height() * 0.8)).expand(2.0).contains(pos))", "promises::a_click"),
 ("2 csv in report order", "src/app/table_file.rs",
  "        let rows = &self.doc.data_view.rows;\n        self.pending_copy",
  "        let rows = &{ let mut r = self.doc.data_view.rows.clone(); r.sort_by_key(|x| x.indicator); r };\n        self.pending_copy", "promises::copied_csv"),
 ("3 value rounded", "src/data_view/table_text.rs",
  "let number = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();",
  "let number = |v: Option<f64>| v.map(|v| v.round().to_string()).unwrap_or_default();", "promises::copied_csv"),
 ("4 fallback to built-in", "src/app/open.rs",
  "log::warn!(\"could not open {}: {e}\", path.display());",
  "log::warn!(\"could not open {}: {e}\", path.display()); self.open_built_in();", "promises::a_refused"),
 ("5 reset place", "src/app/open.rs",
  "log::warn!(\"could not open {}: {e}\", path.display());",
  "log::warn!(\"could not open {}: {e}\", path.display()); self.doc.nav = crate::reader::navigation::Navigation::new(&self.doc.report, None);", "promises::a_refused"),
 ("6 save_png in place", "src/export/file.rs",
  "    write_atomically(path, &encode_png(image)?)\n",
  "    std::fs::write(path, encode_png(image)?).map_err(|source| ExportError::Write { path: path.to_path_buf(), source })\n", "promises::an_export promises::the_command_line"),
 ("7 enter same hit", "src/app/toolbar_ui.rs",
  "search.selected.map_or(0, |s| (s + 1) % search.hits.len()),",
  "search.selected.map_or(0, |s| s % search.hits.len()),", "promises::enter"),
 ("8 hit i opens i+1", "src/search/hits_ui.rs",
  "commands.push(Command::OpenHit(i));", "commands.push(Command::OpenHit(i + 1));", "promises::choosing"),
 ("9 ignore label_en", "src/charts/labels.rs",
  "self.pick(&bar.label, bar.label_en.as_deref())", "self.pick(&bar.label, None)", "promises::bars_are"),
 ("10 period dropped", "src/i18n/mod.rs",
  'bar_label_n: "{label}：{value}，{period}", "{label}: {value}, {period}";',
  'bar_label_n: "{label}：{value}", "{label}: {value}";', "promises::bars_are"),
]
only = sys.argv[1:] 
for name, path, old, new, tests in plants:
    if only and not any(name.startswith(o) for o in only): continue
    p = pathlib.Path(path); orig = p.read_text()
    assert old in orig, (name, old)
    p.write_text(orig.replace(old, new, 1))
    try:
        args = ["cargo","test","--locked","--test","it","--"] + tests.split()
        r = subprocess.run(args, capture_output=True, text=True)
        out = r.stdout + r.stderr
        failed = [l for l in out.splitlines() if l.startswith("test ") and "FAILED" in l]
        comp = "error[" in out or "could not compile" in out
        print(f"{name}: {'COMPILE ERROR' if comp else ('caught by ' + ', '.join(l.split()[1] for l in failed) if failed else 'NOT CAUGHT')}", flush=True)
        if comp: print(out[-2000:])
    finally:
        p.write_text(orig)
