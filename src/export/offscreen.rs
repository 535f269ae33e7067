//! Renders a piece of UI into an image without a window: its own egui context (with the
//! bundled fonts) and an egui_wgpu renderer drawing into a texture that is read back. Higher
//! export scales and the command-line export use it; in the app it shares the window's GPU
//! device, on the command line it starts one of its own.

use std::sync::mpsc;

use eframe::egui_wgpu::{self, wgpu};
use egui::{ColorImage, Rect, Vec2};

use super::ExportError;

/// How long to wait for the GPU (a software renderer can be slow, a lost device never answers).
const GPU_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(20);
/// Layout passes before painting: the first lays out, the plot fits its bounds in the second.
const PASSES: usize = 3;
/// A gamma-space target: the bytes read back are the sRGB colours egui meant.
const FORMAT: wgpu::TextureFormat = wgpu::TextureFormat::Rgba8Unorm;

/// What was drawn offscreen: the image, and the shapes it was painted from.
pub struct Rendered {
    /// The pixels of the kept rect.
    pub image: ColorImage,
    /// Every shape of the frame (in points; those outside `keep` included).
    pub shapes: Vec<egui::epaint::ClippedShape>,
    /// The rect kept, in points.
    pub keep: Rect,
    /// Pixels per point of the image.
    pub pixels_per_point: f32,
}

/// An offscreen egui: a context plus a renderer on a GPU device.
pub struct Offscreen {
    device: wgpu::Device,
    queue: wgpu::Queue,
    renderer: egui_wgpu::Renderer,
    ctx: egui::Context,
}

impl Offscreen {
    /// On the device the window already uses.
    #[must_use]
    pub fn on_device(device: wgpu::Device, queue: wgpu::Queue) -> Self {
        let renderer =
            egui_wgpu::Renderer::new(&device, FORMAT, egui_wgpu::RendererOptions::default());
        let ctx = egui::Context::default();
        ctx.set_fonts(crate::platform::fonts::print_definitions());
        crate::ui::style::init_text_styles(&ctx);
        Self {
            device,
            queue,
            renderer,
            ctx,
        }
    }

    /// On a device of its own, without a window (command line, or a window on the glow
    /// renderer).
    ///
    /// # Errors
    /// When no adapter can be found (no GPU and no software renderer).
    pub fn headless() -> Result<Self, ExportError> {
        // Vulkan/Metal/DX12 first (a software Vulkan where there is no GPU); GL only if none
        // of those starts, since probing GL drags in window-system libraries.
        Self::headless_on(wgpu::Backends::PRIMARY)
            .or_else(|_| Self::headless_on(wgpu::Backends::GL))
    }

    fn headless_on(backends: wgpu::Backends) -> Result<Self, ExportError> {
        let mut setup = egui_wgpu::WgpuSetupCreateNew::without_display_handle();
        setup.instance_descriptor.backends = backends;
        let setup = egui_wgpu::WgpuSetup::CreateNew(setup);
        let instance = pollster::block_on(setup.new_instance());
        let config = egui_wgpu::WgpuConfiguration {
            wgpu_setup: setup,
            ..Default::default()
        };
        let state = pollster::block_on(egui_wgpu::RenderState::create(
            &config,
            &instance,
            None,
            egui_wgpu::RendererOptions::default(),
        ))
        .map_err(|e| ExportError::Renderer(e.to_string()))?;
        Ok(Self::on_device(state.device, state.queue))
    }

    /// The offscreen context, to style before rendering (theme).
    #[must_use]
    pub fn ctx(&self) -> &egui::Context {
        &self.ctx
    }

    /// Lays out `draw` on a canvas of `size` points and paints it at `pixels_per_point`.
    /// `draw` returns the rect to keep (in points); the image is cropped to it, and the shapes
    /// painted come back with it (the SVG is written from them).
    ///
    /// # Errors
    /// When the GPU fails or `draw` returns no rect.
    pub fn render(
        &mut self,
        size: Vec2,
        pixels_per_point: f32,
        draw: impl FnMut(&mut egui::Ui) -> Option<Rect>,
    ) -> Result<Rendered, ExportError> {
        let (output, keep) = self.lay_out(size, pixels_per_point, draw)?;
        let ppp = self.ctx.pixels_per_point();
        let shapes = output.shapes.clone();
        let full = self.paint(output.shapes, size, ppp)?;
        Ok(Rendered {
            image: super::crop(&full, keep, ppp),
            shapes,
            keep,
            pixels_per_point: ppp,
        })
    }

    /// The rect `draw` keeps on a canvas of `size` points, laid out without painting (to try
    /// a layout before drawing it).
    ///
    /// # Errors
    /// When `draw` returns no rect.
    pub fn measure(
        &mut self,
        size: Vec2,
        pixels_per_point: f32,
        draw: impl FnMut(&mut egui::Ui) -> Option<Rect>,
    ) -> Result<Rect, ExportError> {
        Ok(self.lay_out(size, pixels_per_point, draw)?.1)
    }

    fn lay_out(
        &mut self,
        size: Vec2,
        pixels_per_point: f32,
        mut draw: impl FnMut(&mut egui::Ui) -> Option<Rect>,
    ) -> Result<(egui::FullOutput, Rect), ExportError> {
        let mut keep = None;
        let mut output = None;
        for _ in 0..PASSES {
            let mut input = egui::RawInput {
                screen_rect: Some(Rect::from_min_size(egui::Pos2::ZERO, size)),
                max_texture_side: Some(self.device.limits().max_texture_dimension_2d as usize),
                ..Default::default()
            };
            input
                .viewports
                .entry(egui::ViewportId::ROOT)
                .or_default()
                .native_pixels_per_point = Some(pixels_per_point);
            let mut out = self.ctx.run_ui(input, |ui| keep = draw(ui));
            let mut delta = std::mem::take(&mut out.textures_delta);
            self.upload_textures(&delta);
            delta.clear();
            output = Some(out);
        }
        let output = output.ok_or_else(|| ExportError::Render("没有绘制".to_owned()))?;
        let keep = keep.ok_or(ExportError::NotShown)?;
        Ok((output, keep))
    }

    fn upload_textures(&mut self, delta: &egui::TexturesDelta) {
        for (id, images) in &delta.set {
            for image in images {
                self.renderer
                    .update_texture(&self.device, &self.queue, *id, image);
            }
        }
        for id in &delta.free {
            self.renderer.free_texture(id);
        }
    }

    fn paint(
        &mut self,
        shapes: Vec<egui::epaint::ClippedShape>,
        size: Vec2,
        ppp: f32,
    ) -> Result<ColorImage, ExportError> {
        let width = ((size.x * ppp).round() as u32).max(1);
        let height = ((size.y * ppp).round() as u32).max(1);
        let limit = self.device.limits().max_texture_dimension_2d;
        if width > limit || height > limit {
            return Err(ExportError::Render(format!(
                "图片过大（{width}×{height}，上限 {limit}）"
            )));
        }
        let screen = egui_wgpu::ScreenDescriptor {
            size_in_pixels: [width, height],
            pixels_per_point: ppp,
        };
        let jobs = self.ctx.tessellate(shapes, ppp);
        let texture = self.device.create_texture(&wgpu::TextureDescriptor {
            label: Some("jiedu-export"),
            size: wgpu::Extent3d {
                width,
                height,
                depth_or_array_layers: 1,
            },
            mip_level_count: 1,
            sample_count: 1,
            dimension: wgpu::TextureDimension::D2,
            format: FORMAT,
            usage: wgpu::TextureUsages::RENDER_ATTACHMENT | wgpu::TextureUsages::COPY_SRC,
            view_formats: &[],
        });
        let view = texture.create_view(&wgpu::TextureViewDescriptor::default());
        let mut encoder = self
            .device
            .create_command_encoder(&wgpu::CommandEncoderDescriptor::default());
        let user =
            self.renderer
                .update_buffers(&self.device, &self.queue, &mut encoder, &jobs, &screen);
        let background = self.ctx.global_style().visuals.panel_fill;
        {
            let [r, g, b, a] = background.to_normalized_gamma_f32();
            let mut pass = encoder
                .begin_render_pass(&wgpu::RenderPassDescriptor {
                    label: Some("jiedu-export"),
                    color_attachments: &[Some(wgpu::RenderPassColorAttachment {
                        view: &view,
                        resolve_target: None,
                        ops: wgpu::Operations {
                            load: wgpu::LoadOp::Clear(wgpu::Color {
                                r: f64::from(r),
                                g: f64::from(g),
                                b: f64::from(b),
                                a: f64::from(a),
                            }),
                            store: wgpu::StoreOp::Store,
                        },
                        depth_slice: None,
                    })],
                    ..Default::default()
                })
                .forget_lifetime();
            self.renderer.render(&mut pass, &jobs, &screen);
        }
        self.queue
            .submit(user.into_iter().chain(std::iter::once(encoder.finish())));
        self.read_back(&texture)
    }

    fn read_back(&self, texture: &wgpu::Texture) -> Result<ColorImage, ExportError> {
        let (width, height) = (texture.width(), texture.height());
        let row = width * 4;
        // Rows of a texture-to-buffer copy must be aligned to 256 bytes.
        let padded =
            row.div_ceil(wgpu::COPY_BYTES_PER_ROW_ALIGNMENT) * wgpu::COPY_BYTES_PER_ROW_ALIGNMENT;
        let buffer = self.device.create_buffer(&wgpu::BufferDescriptor {
            label: Some("jiedu-export-read"),
            size: u64::from(padded) * u64::from(height),
            usage: wgpu::BufferUsages::MAP_READ | wgpu::BufferUsages::COPY_DST,
            mapped_at_creation: false,
        });
        let mut encoder = self
            .device
            .create_command_encoder(&wgpu::CommandEncoderDescriptor::default());
        encoder.copy_texture_to_buffer(
            texture.as_image_copy(),
            wgpu::TexelCopyBufferInfo {
                buffer: &buffer,
                layout: wgpu::TexelCopyBufferLayout {
                    offset: 0,
                    bytes_per_row: Some(padded),
                    rows_per_image: None,
                },
            },
            texture.size(),
        );
        let index = self.queue.submit(std::iter::once(encoder.finish()));
        let slice = buffer.slice(..);
        let (tx, rx) = mpsc::channel();
        slice.map_async(wgpu::MapMode::Read, move |r| drop(tx.send(r)));
        self.device
            .poll(wgpu::PollType::Wait {
                submission_index: Some(index),
                timeout: Some(GPU_TIMEOUT),
            })
            .map_err(|e| ExportError::Render(e.to_string()))?;
        rx.recv()
            .map_err(|e| ExportError::Render(e.to_string()))?
            .map_err(|e| ExportError::Render(e.to_string()))?;
        let mapped = slice
            .get_mapped_range()
            .map_err(|e| ExportError::Render(e.to_string()))?;
        let mut rgba = Vec::with_capacity((row * height) as usize);
        for line in mapped.chunks_exact(padded as usize) {
            rgba.extend_from_slice(&line[..row as usize]);
        }
        Ok(ColorImage::from_rgba_premultiplied(
            [width as usize, height as usize],
            &rgba,
        ))
    }
}
