// args.cpp — see args.hpp.
#include "args.hpp"

#include "cli_errors.hpp"

namespace setright {

namespace {

const OptionSpec* find_long(const std::vector<OptionSpec>& options, const std::string& name) {
    for (const OptionSpec& o : options)
        if (o.name == name) return &o;
    return nullptr;
}

const OptionSpec* find_short(const std::vector<OptionSpec>& options, char name) {
    for (const OptionSpec& o : options)
        if (o.short_name != 0 && o.short_name == name) return &o;
    return nullptr;
}

} // namespace

Args parse_args(const std::string& command, const std::vector<std::string>& words, const std::vector<OptionSpec>& options) {
    Args args;
    args.command = command;
    bool options_ended = false;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& word = words[i];
        if (options_ended || word == "-" || word.empty() || word[0] != '-') {
            args.operands.push_back(word);
            continue;
        }
        if (word == "--") {
            options_ended = true;
            continue;
        }
        if (word == "--help" || word == "-h") {
            args.help = true;
            continue;
        }

        const OptionSpec* spec = nullptr;
        std::string shown; // the option as the user wrote it, for messages
        std::string inline_value;
        bool has_inline_value = false;
        if (word.size() > 2 && word[0] == '-' && word[1] == '-') {
            std::string name = word.substr(2);
            auto eq = name.find('=');
            if (eq != std::string::npos) {
                inline_value = name.substr(eq + 1);
                has_inline_value = true;
                name.resize(eq);
            }
            spec = find_long(options, name);
            shown = "--" + name;
        } else if (word.size() == 2) {
            spec = find_short(options, word[1]);
            shown = word;
        } else {
            shown = word;
        }
        if (!spec) throw UsageError("unknown option '" + shown + "'", command);

        std::string value;
        if (spec->takes_value) {
            if (has_inline_value) {
                value = inline_value;
            } else if (i + 1 < words.size()) {
                value = words[++i];
            } else {
                throw UsageError("option '" + shown + "' needs a value (" + spec->value_name + ")", command);
            }
        } else if (has_inline_value) {
            throw UsageError("option '" + shown + "' takes no value", command);
        }
        if (args.has(spec->name)) throw UsageError("option '--" + spec->name + "' given twice", command);
        args.options[spec->name] = value;
    }
    return args;
}

void require_operands(const Args& args, std::size_t min, std::size_t max, const std::string& what) {
    if (args.operands.size() < min) throw UsageError("missing " + what, args.command);
    if (args.operands.size() > max) throw UsageError("unexpected argument '" + args.operands[max] + "'", args.command);
}

} // namespace setright
