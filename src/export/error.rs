//! Why an export failed, in words a user can act on. Every failure of the export path ends up
//! here, so the UI and the command line report the same messages.

use std::path::PathBuf;

/// An export that did not produce its file or image.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// No GPU adapter or software renderer could be started for offscreen rendering.
    #[error("无法启动离屏渲染（no renderer）：{0}")]
    Renderer(String),
    /// Rendering or reading the image back from the GPU failed.
    #[error("渲染图表失败：{0}")]
    Render(String),
    /// The image could not be encoded as PNG.
    #[error("无法编码 PNG：{0}")]
    Encode(String),
    /// Writing the file failed (folder missing or read-only, disk full…).
    #[error("无法写入 {path}：{source}")]
    Write {
        /// The file that was to be written.
        path: PathBuf,
        /// What the OS said.
        source: std::io::Error,
    },
    /// The chart asked for does not exist.
    #[error("没有这个图表：{0}")]
    NoSuchChart(String),
    /// The chart is not fully on screen, or has not been drawn yet.
    #[error("图表尚未显示，无法截图")]
    NotShown,
}
