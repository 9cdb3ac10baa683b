#version 300 es
// heatmap.vert.glsl — the heatmap's rectangle, from four vertices and no
// buffers: gl_VertexID picks the corner, u_rect gives it in clip space.
uniform vec4 u_rect; // x0, y0 (top left), x1, y1 (bottom right), clip space
out vec2 v_uv;       // 0..1 across, 0 at the top

void main() {
    vec2 corner = vec2(float(gl_VertexID & 1), float(gl_VertexID >> 1));
    v_uv = corner;
    gl_Position = vec4(mix(u_rect.xy, u_rect.zw, corner), 0.0, 1.0);
}
