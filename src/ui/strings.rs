//! Every UI string, in Chinese (the default interface language). Kept in one place so that a
//! second language can be added as a table later.

pub const APP_NAME: &str = "解读";
pub const PREV: &str = "◀ 上一节";
pub const NEXT: &str = "下一节 ▶";
pub const PREV_HINT: &str = "上一节（PageUp 或 ←）";
pub const NEXT_HINT: &str = "下一节（PageDown 或 →）";
pub const SEARCH: &str = "搜索";
pub const SEARCH_HINT: &str = "搜索全文（Ctrl+F）";
pub const CLEAR_SEARCH: &str = "清除";
pub const CLEAR_SEARCH_HINT: &str = "清除搜索（Esc）";
pub const TEXT_SMALLER: &str = "A−";
pub const TEXT_BIGGER: &str = "A+";
pub const TEXT_SMALLER_HINT: &str = "缩小字号（Ctrl+-）";
pub const TEXT_BIGGER_HINT: &str = "放大字号（Ctrl+=）";
pub const TEXT_RESET_HINT: &str = "恢复默认字号（Ctrl+0）";
pub const THEME_LIGHT: &str = "浅色";
pub const THEME_DARK: &str = "深色";
pub const THEME_HINT: &str = "切换浅色/深色主题";
pub const CONTENTS: &str = "目录";
pub const NO_HITS: &str = "没有找到";
pub const EDITOR_ADDED: &str = "（编者加）";
pub const EDITOR_ADDED_HINT: &str = "原文没有这个标题，由编者添加";
pub const EDITOR_NOTE: &str = "编者注：";
pub const LOAD_FAILED: &str = "无法载入报告";
pub const FIGURE_HINT_VALUE: &str = "数值";
pub const FIGURE_HINT_PERIOD: &str = "时期";
pub const FIGURE_HINT_KIND: &str = "类型";
pub const FIGURE_HINT_TRUNCATED: &str = "原文在此中断";
pub const FIGURE_HINT_CHART: &str = "点击在图表中查看";
pub const FIGURE_HINT_NO_CHART: &str = "这个数字不在任何图表中，点击查看详情";
pub const CHARTS: &str = "图表与数据";
pub const CHARTS_HINT: &str = "显示或隐藏图表面板";
pub const NO_CHART: &str = "这份报告没有图表";
pub const TARGETS_NOT_RESULTS: &str = "预期目标（计划），不是实际完成值";
pub const SORT: &str = "排序：";
pub const SORT_REPORT: &str = "按报告顺序";
pub const SORT_VALUE: &str = "按数值大小";
pub const IN_THIS_SECTION: &str = " · 本节";
pub const CHART_SOURCE_HINT: &str = "悬停在柱子上查看原文句子，点击跳到正文中的这句话。";
pub const CLICK_TO_READ: &str = "点击跳到正文中的这句话";
pub const FIGURE_DETAILS: &str = "数字详情";
pub const FIGURE_SOURCE: &str = "原文";
pub const CLOSE: &str = "关闭";
pub const TAB_CHARTS: &str = "图表";
pub const LOG_SCALE: &str = "对数刻度";
pub const LOG_SCALE_HINT: &str = "数值相差超过两个数量级：用对数刻度看清小的数值";
pub const RESET_VIEW: &str = "重置视图";
pub const RESET_VIEW_HINT: &str = "撤销缩放和平移（也可双击图表）；Ctrl+滚轮缩放，拖动平移";
pub const TAB_DATA: &str = "数据";
pub const FILTER: &str = "筛选";
pub const FILTER_HINT: &str = "按指标、数值或原文筛选";
pub const ANY_KIND: &str = "全部类型";
pub const ANY_CHAPTER: &str = "全部章节";
pub const COPY_CSV: &str = "复制为 CSV";
pub const COPY_CSV_HINT: &str = "把表中显示的行（含表头）以 CSV 格式复制到剪贴板";
pub const CHART_THESE: &str = "用勾选的行作图";
pub const CHART_NEEDS_ROWS: &str = "先勾选要作图的行";
pub const CHART_NEEDS_NUMBERS: &str = "勾选的行里有没有数值的指标";
pub const CHART_NEEDS_ONE_UNIT: &str = "勾选的行单位不同：一个图表只能有一种单位";
pub const COL_LABEL: &str = "指标";
pub const CHAPTER: &str = "章节";
pub const TICK_HINT: &str = "勾选同一单位的几行，再点“用勾选的行作图”";
pub const COL_VALUE: &str = "数值";
pub const COL_UNIT: &str = "单位";
pub const COL_KIND: &str = "类型";
pub const COL_PERIOD: &str = "时期";
pub const COL_SECTION: &str = "小节";
pub const ROW_HINT: &str = "点击跳到正文中的这句话";
pub const FILE_MENU: &str = "文件";
pub const OPEN_REPORT: &str = "打开报告…";
pub const OPEN_REPORT_HINT: &str =
    "打开另一份同格式的报告（JSON 文件，Ctrl+O；也可以把文件拖到窗口里）";
pub const RECENT_FILES: &str = "最近打开";
pub const NO_RECENT_FILES: &str = "（没有）";
pub const BUILT_IN_REPORT: &str = "内置报告：解读上街区政府工作报告";
pub const OPEN_DIALOG_TITLE: &str = "打开报告";
pub const REPORT_FILTER: &str = "Jiedu 报告（JSON）";
pub const NO_OPEN_DIALOG: &str =
    "无法显示打开文件的对话框。可以把报告文件拖到窗口里，或在命令行中运行 jiedu <文件>。";
pub const OPEN_FAILED: &str = "无法打开报告";
pub const OPEN_FAILED_KEPT: &str = "当前打开的报告保持不变。";
pub const OK: &str = "好";
pub const DROP_TO_OPEN: &str = "松开鼠标，打开这份报告";
pub const EXPORT: &str = "导出 PNG…";
pub const EXPORT_HINT: &str = "把图表存为 PNG 图片（Ctrl+S）";
pub const COPY_IMAGE: &str = "复制图片";
pub const COPY_IMAGE_HINT: &str = "把图表作为图片复制到剪贴板（Ctrl+Shift+C）";
pub const EXPORT_ALL: &str = "全部导出…";
pub const EXPORT_ALL_HINT: &str = "把每个图表各存为一张 PNG，放进选定的文件夹";
pub const EXPORT_SCALE_HINT: &str =
    "导出图片的清晰度：1× 与屏幕相同，2×、3× 更清晰（适合幻灯片和印刷）";
pub const SAVE_DIALOG_TITLE: &str = "导出图表为 PNG";
pub const FOLDER_DIALOG_TITLE: &str = "选择导出文件夹";
pub const PNG_FILTER: &str = "PNG 图片";
pub const OPEN_FOLDER: &str = "打开文件夹";
pub const EXPORT_FAILED: &str = "导出失败";
pub const NOTHING_LOST: &str = "原有文件未被改动。";
pub const NO_DIALOG: &str = "无法打开保存对话框，已存到默认文件夹。";

/// Notice after "copy as CSV".
#[must_use]
pub fn copied_rows(n: usize) -> String {
    format!("已复制 {n} 行（CSV，UTF-8，含表头）")
}

/// Title of the n-th chart made from the data view.
#[must_use]
pub fn custom_chart_title(n: usize) -> String {
    format!("自选图表 {n}")
}

/// "n rows" under the table.
#[must_use]
pub fn row_count(shown: usize, total: usize) -> String {
    format!("显示 {shown} / {total} 个指标")
}

/// "N hits" (with "showing the first M" when the list is capped).
#[must_use]
pub fn hit_count(total: usize, shown: usize) -> String {
    if total > shown {
        format!("找到 {total} 处，显示前 {shown} 处")
    } else {
        format!("找到 {total} 处")
    }
}

/// "Section n of m".
#[must_use]
pub fn position(n: usize, of: usize) -> String {
    format!("第 {n} / {of} 节")
}

/// "Text size 120%".
#[must_use]
pub fn text_size(scale: f32) -> String {
    format!("字号 {:.0}%", scale * 100.0)
}

/// Source line under an exported chart: the report's title, date and occasion.
#[must_use]
pub fn figure_source(meta: &crate::report::Meta) -> String {
    let details: Vec<&str> = [meta.date.as_str(), meta.occasion.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    if details.is_empty() {
        format!("来源：{} · 解读 Jiedu", meta.title)
    } else {
        format!(
            "来源：{}（{}） · 解读 Jiedu",
            meta.title,
            details.join("，")
        )
    }
}

/// Notice after an image was written.
#[must_use]
pub fn saved_to(path: &std::path::Path, size: [usize; 2]) -> String {
    format!(
        "已保存 {}×{} 像素的图片：{}",
        size[0],
        size[1],
        path.display()
    )
}

/// Notice after an image was put on the clipboard.
#[must_use]
pub fn copied_image(size: [usize; 2]) -> String {
    format!("已复制 {}×{} 像素的图片到剪贴板", size[0], size[1])
}

/// Progress of "export all".
#[must_use]
pub fn exporting(done: usize, total: usize) -> String {
    format!("正在导出图表 {done} / {total}…")
}

/// Notice after "export all".
#[must_use]
pub fn exported_all(written: usize, total: usize, folder: &std::path::Path) -> String {
    format!("已导出 {written} / {total} 张图到 {}", folder.display())
}
