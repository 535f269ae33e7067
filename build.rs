//! Build script: on Windows targets, compiles the icon and version information into the .exe
//! (`assets/icon.ico`), so Explorer and the taskbar show the app's icon.

fn main() {
    println!("cargo::rerun-if-changed=assets/icon.ico");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let mut res = winresource::WindowsResource::new();
    res.set_icon("assets/icon.ico")
        .set("ProductName", "解读 Jiedu")
        .set(
            "FileDescription",
            "解读 Jiedu — government work report reader",
        );
    if let Err(e) = res.compile() {
        // Without the icon the .exe still works; say why it has none.
        println!("cargo::warning=no icon in the .exe: {e}");
    }
}
