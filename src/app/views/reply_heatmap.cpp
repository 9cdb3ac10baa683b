// reply_heatmap.cpp — see reply_heatmap.hpp.
#include "reply_heatmap.hpp"

#include "core/format/embedded_file.hpp"

#include <GLES3/gl3.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>

namespace setright {
const std::vector<EmbeddedFile>& embedded_shaders();
}

namespace setright::app {
namespace {

// What one callback needs, copied into the draw list with the command.
struct HeatmapCommand {
    ImVec2 min, max;
    WeekdayHourCounts counts;
};

struct HeatmapGl {
    bool tried = false;
    GLuint program = 0, texture = 0, vertex_array = 0;
    GLint rect = -1, cells = -1, size = -1, sampler = -1;
    WeekdayHourCounts uploaded{};
    bool has_upload = false;
};
HeatmapGl g_gl;

std::string shader_source(const char* name) {
    for (const EmbeddedFile& file : embedded_shaders())
        if (file.path == std::string("shaders/") + name) return std::string(file.bytes);
    return {};
}

GLuint compile(GLenum kind, const char* name) {
    const std::string source = shader_source(name);
    const char* text = source.c_str();
    const GLuint shader = glCreateShader(kind);
    glShaderSource(shader, 1, &text, nullptr);
    glCompileShader(shader);
    GLint ok = GL_FALSE;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (!ok) {
        char log[1024] = {};
        glGetShaderInfoLog(shader, sizeof log, nullptr, log);
        std::fprintf(stderr, "Setright: shaders/%s does not compile: %s\n", name, log);
    }
    return shader;
}

bool build_once() {
    if (g_gl.tried) return g_gl.program != 0;
    g_gl.tried = true;
    const GLuint vertex = compile(GL_VERTEX_SHADER, "heatmap.vert.glsl");
    const GLuint fragment = compile(GL_FRAGMENT_SHADER, "heatmap.frag.glsl");
    const GLuint program = glCreateProgram();
    glAttachShader(program, vertex);
    glAttachShader(program, fragment);
    glLinkProgram(program);
    glDeleteShader(vertex);
    glDeleteShader(fragment);
    GLint ok = GL_FALSE;
    glGetProgramiv(program, GL_LINK_STATUS, &ok);
    if (!ok) {
        char log[1024] = {};
        glGetProgramInfoLog(program, sizeof log, nullptr, log);
        std::fprintf(stderr, "Setright: the heatmap shader does not link: %s\n", log);
        glDeleteProgram(program);
        return false;
    }
    g_gl.program = program;
    g_gl.rect = glGetUniformLocation(program, "u_rect");
    g_gl.cells = glGetUniformLocation(program, "u_cells");
    g_gl.size = glGetUniformLocation(program, "u_size");
    g_gl.sampler = glGetUniformLocation(program, "u_counts");
    glGenVertexArrays(1, &g_gl.vertex_array);
    glGenTextures(1, &g_gl.texture);
    glBindTexture(GL_TEXTURE_2D, g_gl.texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    return true;
}

// 0 stays "no replies"; any reply is at least 1 so one reply never looks like none.
void upload(const WeekdayHourCounts& counts) {
    if (g_gl.has_upload && g_gl.uploaded == counts) return;
    int most = 1;
    for (const auto& day : counts) most = std::max(most, *std::max_element(day.begin(), day.end()));
    unsigned char texels[7 * 24];
    for (int d = 0; d < 7; ++d)
        for (int h = 0; h < 24; ++h) {
            const int n = counts[size_t(d)][size_t(h)];
            texels[d * 24 + h] = n == 0 ? 0 : static_cast<unsigned char>(1 + (254 * n) / most);
        }
    glBindTexture(GL_TEXTURE_2D, g_gl.texture);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, 24, 7, 0, GL_RED, GL_UNSIGNED_BYTE, texels);
    g_gl.uploaded = counts;
    g_gl.has_upload = true;
}

void render(const ImDrawList*, const ImDrawCmd* command) {
    const auto* heatmap = static_cast<const HeatmapCommand*>(command->UserCallbackData);
    const ImDrawData* frame = ImGui::GetDrawData();
    if (!heatmap || !frame || !build_once()) return;
    upload(heatmap->counts);

    // Clip space from ImGui's coordinates; the scissor from the command's clip rectangle.
    auto clip_x = [&](float x) { return (x - frame->DisplayPos.x) / frame->DisplaySize.x * 2.0f - 1.0f; };
    auto clip_y = [&](float y) { return 1.0f - (y - frame->DisplayPos.y) / frame->DisplaySize.y * 2.0f; };
    const ImVec2 scale = frame->FramebufferScale;
    const float framebuffer_height = frame->DisplaySize.y * scale.y;
    const ImVec4 clip = command->ClipRect;
    glEnable(GL_SCISSOR_TEST);
    glScissor(GLint((clip.x - frame->DisplayPos.x) * scale.x), GLint(framebuffer_height - (clip.w - frame->DisplayPos.y) * scale.y),
              GLsizei((clip.z - clip.x) * scale.x), GLsizei((clip.w - clip.y) * scale.y));
    glDisable(GL_BLEND);
    glUseProgram(g_gl.program);
    glUniform4f(g_gl.rect, clip_x(heatmap->min.x), clip_y(heatmap->min.y), clip_x(heatmap->max.x), clip_y(heatmap->max.y));
    glUniform2f(g_gl.cells, 24.0f, 7.0f);
    glUniform2f(g_gl.size, (heatmap->max.x - heatmap->min.x) * scale.x, (heatmap->max.y - heatmap->min.y) * scale.y);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, g_gl.texture);
    glUniform1i(g_gl.sampler, 0);
    glBindVertexArray(g_gl.vertex_array);
    glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
}

} // namespace

void draw_reply_heatmap(const ImVec2& min, const ImVec2& max, const WeekdayHourCounts& counts) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    HeatmapCommand command{min, max, counts};
    draw->AddCallback(render, &command, sizeof command); // copied into the draw list
    draw->AddCallback(ImDrawCallback_ResetRenderState, nullptr);
}

} // namespace setright::app
