// cmd_template.cpp — `setright template list` and `setright template show NAME`.
//
// The templates are compiled into the binary, so this works with no files
// around: `setright template show sms-vendor-case > deal.json` starts a deal.
#include "cli_errors.hpp"
#include "command.hpp"
#include "core/format/template_catalog.hpp"
#include "core/reports/safe_text.hpp"

#include <algorithm>
#include <iostream>

namespace setright {

namespace {

int list_templates() {
    std::vector<TemplateEntry> catalog = template_catalog();
    std::size_t width = 4;
    for (const TemplateEntry& e : catalog) width = std::max(width, e.name.size());
    for (const TemplateEntry& e : catalog) {
        std::string languages;
        for (const TemplateFile& f : e.files) languages += (languages.empty() ? "" : ",") + f.language;
        std::string name = e.name;
        name.resize(width, ' ');
        std::cout << terminal_text(name + "  " + languages + "  " + e.summary + "\n"); // as every line for a person
    }
    return exit_ok;
}

int show_template(const Args& args) {
    const std::string& name = args.operands[1];
    std::string language = args.value("lang", "en");
    const auto& known = template_languages();
    if (std::find(known.begin(), known.end(), language) == known.end())
        throw UsageError("unknown language '" + language + "' (expected en, ko, nb or ru)", args.command);
    for (const TemplateEntry& e : template_catalog()) {
        if (e.name != name) continue;
        for (const TemplateFile& f : e.files) {
            if (f.language != language) continue;
            std::cout << f.bytes;
            if (!f.bytes.empty() && f.bytes.back() != '\n') std::cout << "\n";
            return exit_ok;
        }
        throw UsageError("template '" + name + "' has no '" + language + "' version", args.command);
    }
    throw UsageError("unknown template '" + name + "' (see 'setright template list')", args.command);
}

int run_template(const Args& args) {
    if (args.operands.empty()) throw UsageError("missing subcommand (list or show)", args.command);
    const std::string& sub = args.operands[0];
    if (sub == "list") {
        require_operands(args, 1, 1, "subcommand");
        if (args.has("lang")) throw UsageError("option '--lang' is only for 'template show'", args.command);
        return list_templates();
    }
    if (sub == "show") {
        require_operands(args, 2, 2, "template NAME (see 'setright template list')");
        return show_template(args);
    }
    throw UsageError("unknown subcommand '" + sub + "' (expected list or show)", args.command);
}

} // namespace

const Command& template_command() {
    static const Command command{
            "template",
            "list the built-in deal templates, or print one",
            "Usage: setright template list\n"
            "       setright template show NAME [--lang en|ko|nb|ru]\n"
            "\n"
            "The built-in templates are example deals (the cases Setright is built on)\n"
            "in English, Korean, Norwegian and Russian.\n"
            "\n"
            "  list         one line per template: name, languages, summary\n"
            "  show NAME    print the template, a Setright workspace file, to standard\n"
            "               output; save it and edit it, or open it in the app\n"
            "\n"
            "Options:\n"
            "  --lang LANG  the language to show: en (default), ko, nb or ru\n"
            "  -h, --help   show this help\n",
            {{"lang", 0, true, "LANG"}},
            run_template,
    };
    return command;
}

} // namespace setright
