//! Imports a text file and prints its chapters and figures, to read what the importer found:
//! `cargo run -p jiedu-import --example import_dump -- file.txt`.

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: import_dump <file.txt>");
        std::process::exit(2);
    };
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    match jiedu_import::import_bytes(&bytes, None) {
        Ok(imported) => {
            let r = &imported.report;
            println!("{:?}", imported.summary());
            println!("{:?}", r.meta);
            for c in &r.chapters {
                println!("# {} ({} sections)", c.title, c.sections.len());
                for s in &c.sections {
                    println!("  ## {}", s.title);
                }
            }
            for i in &r.indicators {
                println!(
                    "{} | {} | {} | {:?} {:?} {:?} | {}",
                    i.label,
                    i.value_text,
                    i.unit.as_deref().unwrap_or("-"),
                    i.kind,
                    i.period,
                    i.qualifier,
                    i.quote
                );
            }
            for c in &r.charts {
                println!("chart {} {} {}", c.id, c.title, c.indicators.len());
            }
            let problems = jiedu_report::validate(r);
            println!("problems: {}", problems.len());
            for p in problems.iter().take(10) {
                println!("  {p}");
            }
        }
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    }
}
