// main.cpp — the `setright` command: validate, score, report, merge, study, template.
#include <cstdio>

int main(int argc, char** argv) {
    (void)argv;
    if (argc < 2) {
        std::fprintf(stderr, "usage: setright COMMAND ...\n");
        return 2;
    }
    std::fprintf(stderr, "setright: unknown command\n");
    return 2;
}
