#version 300 es
// heatmap.frag.glsl — replies by weekday (rows, Monday on top) and hour
// (columns): each cell's count, scaled 0..1 by the busiest cell, read from a
// 24×7 texture and coloured on a dark-blue → teal → yellow ramp; empty cells
// stay the background, and a thin gap separates cells.
precision mediump float;
uniform sampler2D u_counts; // R8: 0 = no replies, else 1/255 + share of the maximum
uniform vec2 u_cells;       // 24, 7
uniform vec2 u_size;        // the rectangle in pixels, for a one-pixel gap
in vec2 v_uv;
out vec4 colour;

vec3 ramp(float t) {
    vec3 low = vec3(0.13, 0.22, 0.45), mid = vec3(0.10, 0.62, 0.60), high = vec3(0.99, 0.86, 0.25);
    return t < 0.5 ? mix(low, mid, t * 2.0) : mix(mid, high, t * 2.0 - 1.0);
}

void main() {
    vec2 cell_position = v_uv * u_cells;
    vec2 inside = fract(cell_position) * u_size / u_cells; // pixels from the cell's top left
    float value = texelFetch(u_counts, ivec2(floor(cell_position)), 0).r;
    vec3 background = vec3(0.10, 0.10, 0.12);
    vec3 fill = value > 0.0 ? ramp(clamp((value * 255.0 - 1.0) / 254.0, 0.0, 1.0)) : background;
    bool gap = inside.x < 1.0 || inside.y < 1.0;
    colour = vec4(gap ? background * 0.6 : fill, 1.0);
}
