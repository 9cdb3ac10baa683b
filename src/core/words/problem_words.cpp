// problem_words.cpp — see problem_words.hpp. assets/i18n/problems.tsv has the
// same codes (as "problem.<code>") in all four languages; a test keeps the two
// lists equal.
#include "core/words/problem_words.hpp"

namespace setright {

const std::vector<EnglishWords>& problem_english() {
    static const std::vector<EnglishWords> texts = {
            // Text -> JSON
            {"syntax", "syntax error: {1}"},
            {"too_deep", "nested more than {1} {1:level|levels} deep; a Setright file never is"},
            {"string_too_long", "a string longer than 1 MB; a Setright file never holds one"},
            {"number_out_of_range", "a number is out of range (too large for a double, like 1e400)"},
            {"duplicate_key", "duplicate key \"{1}\" in one object (which one counts would be a guess)"},
            // The document
            {"not_a_storage_slot", "not a Setright storage slot"},
            {"stored_copy_damaged", "the stored copy is damaged: its packed text does not unpack"},
            {"not_setright", "not a Setright file (expected a JSON object with \"format\": \"setright\")"},
            {"version_missing", "required field is missing (this version reads version 1)"},
            {"version_not_whole", "expected a whole number such as 1, got {1}"},
            {"version_newer",
             "made by a newer Setright (file format version {1}); this version reads version 1 only: please update Setright"},
            {"version_too_old", "must be 1, got {1}"},
            {"expected_deal_object", "expected a deal object, got {1}"},
            // Fields
            {"missing", "required field is missing"},
            {"empty", "must not be empty"},
            {"expected_string", "expected a string, got {1}"},
            {"expected_bool", "expected true or false, got {1}"},
            {"expected_list", "expected a list, got {1}"},
            {"expected_object", "expected an object, got {1}"},
            {"expected_number", "expected a number, got {1}"},
            {"negative_number", "must be a number of at least 0"},
            {"not_a_share", "must be a share between 0 and 1 (0.35 for 35%)"},
            {"expected_one_of", "expected one of {1}, got {2}"},
            {"expected_date", "expected a date such as \"2019-10-16\" or \"2019-10-16T14:30Z\", got {1}"},
            {"invalid_date", "not a valid date: {1} (expected \"2019-10-16\" or \"2019-10-16T14:30Z\")"},
            // Ids and references
            {"duplicate_id", "duplicate {1} {2} (first at {3})"},
            {"no_such_vendor", "no vendor with id {1} in this deal"},
            {"no_such_organisation", "no organisation (buyer or vendor) with id {1} in this deal"},
            {"no_such_requirement", "no requirement with id {1} in this deal"},
            {"no_such_touch", "no touch with id {1} in this deal"},
            {"no_such_option", "no decision option with id {1} in this deal"},
            // Workshop cases and answer files
            {"unknown_flag", "not a red-flag code or a sign of this case: {1}"},
            {"flag_code_taken", "{1} is a red-flag code already; a sign needs a code of its own"},
            {"step_out_of_order", "dated before the step before it ({1}); steps go in time order"},
            {"not_answers", "not a Setright answer file (expected a JSON object with \"format\": \"setright-answers\")"},
            {"answers_for_other_case", "answers to the case in deal {1}, not to this one ({2})"},
            {"no_such_step", "no step with id {1} in this case"},
            {"no_case_for_answers", "answers to the case in deal {1}, which is not here: open or import that case first"},
            // The list as a whole
            {"more_problems", "... and {1} more {1:problem|problems}"},
            {"out_of_memory", "not enough memory to read this file"},
            {"read_failed", "could not read this file: {1}"},
    };
    return texts;
}

} // namespace setright
