// Requirements from a sheet (sheet_requirements.hpp): columns guessed from
// headers in four languages, cells read as people fill them in, every
// unreadable cell reported by its reference, a vendor's "yes" a claim only.
#include "core/format/sheet_requirements.hpp"

#include "core/words/words.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace setright;

namespace {

SheetGrid grid_of(const std::string& text) {
    SheetTextResult read = read_sheet_text(text);
    REQUIRE(read.grid);
    return *read.grid;
}

Deal deal_with_vendor() {
    Deal deal;
    deal.id = "d-1";
    deal.vendors = {{"v-1", "Acme", {}}};
    Person owner;
    owner.id = "p-1";
    owner.name = "Kari Nordmann";
    deal.people.push_back(owner);
    Requirement existing;
    existing.id = "r-2";
    existing.text = "Already there";
    deal.requirements.push_back(existing);
    return deal;
}

std::vector<std::string> problem_lines(const SheetImport& import) {
    std::vector<std::string> lines;
    for (const SheetProblem& p : import.problems) lines.push_back(Words().say(p.says));
    return lines;
}

} // namespace

TEST_CASE("sheet requirements: headers in each language name the same fields") {
    using F = SheetField;
    const std::vector<F> expected = {F::Text, F::Category, F::Priority, F::Weight, F::Owner, F::Due, F::Notes, F::Claim};
    CHECK(guess_mapping(grid_of("Requirement,Category,Priority,Weight,Owner,Due date,Notes,Vendor answer\n")).columns == expected);
    CHECK(guess_mapping(grid_of("요구 사항\t분류\t우선순위\t가중치\t담당자\t기한\t비고\t공급업체 응답\n")).columns == expected);
    CHECK(guess_mapping(grid_of("Krav;Kategori;Prioritet;Vekt;Ansvarlig;Frist;Merknad;Leverandørens svar\n")).columns == expected);
    CHECK(guess_mapping(grid_of("ТРЕБОВАНИЕ;Категория;Приоритет:;Вес;Ответственный;Срок;Примечания;Ответ поставщика\n")).columns ==
          expected);
    // A title and a blank row above the header, as RFP sheets have: row 3 names the columns.
    const SheetMapping titled =
            guess_mapping(grid_of("Security questionnaire 2026,,\n,,\nRequirement,Category,Priority\nSSO,Security,Must\n"));
    CHECK(titled.header);
    CHECK(titled.header_row == 2);
    CHECK(titled.columns == std::vector<F>{F::Text, F::Category, F::Priority});
    CHECK(requirements_from_sheet(grid_of("Title,,\nRequirement,Category,Priority\nSSO,Security,Must\n"),
                                  guess_mapping(grid_of("Title,,\nRequirement,Category,Priority\n")), deal_with_vendor())
                  .requirements.size() == 1);
    const SheetMapping unknown = guess_mapping(grid_of("Sheet 1,Column B\n"));
    CHECK_FALSE(unknown.header);
    CHECK(unknown.columns == std::vector<F>{F::Text});
}

TEST_CASE("sheet requirements: cells read as filled in, with fresh ids and the owner linked to the deal's person") {
    const SheetGrid grid = grid_of("Krav;Kategori;Prioritet;Vekt;Ansvarlig;Frist;Svar;Notater\n"
                                   "Innlogging med BankID;Sikkerhet;Må;1,5;Kari Nordmann;17.12.2026;Ja;Også på mobil\n"
                                   ";;;;;;;\n"
                                   "Eksport til Excel;;Fint å ha;;Ola;2026-12-20;Delvis;\n"
                                   "Mørk modus;;BØR;;;;;\n");
    const SheetImport import = requirements_from_sheet(grid, guess_mapping(grid), deal_with_vendor());
    CHECK(problem_lines(import).empty());
    REQUIRE(import.requirements.size() == 3);
    const Requirement& bankid = import.requirements[0];
    CHECK(bankid.id == "r-3"); // r-2 is taken
    CHECK(bankid.text == "Innlogging med BankID");
    CHECK(bankid.category == "Sikkerhet");
    CHECK(bankid.priority == Priority::Must);
    CHECK(bankid.weight == 1.5);
    CHECK(bankid.owner == "p-1");
    CHECK(format_moment(*bankid.due) == "2026-12-17");
    CHECK(bankid.notes == "Også på mobil");
    CHECK(import.requirements[1].notes.empty());
    REQUIRE(bankid.claims.size() == 1);
    CHECK(bankid.claims[0].vendor == "v-1");
    CHECK(bankid.claims[0].status == ClaimStatus::Claimed);
    CHECK(import.requirements[1].owner == "Ola");
    CHECK(import.requirements[1].priority == Priority::Nice);
    CHECK(import.requirements[1].claims[0].status == ClaimStatus::Partial);
    CHECK(import.requirements[2].priority == Priority::Should);
    CHECK(import.requirements[2].id == "r-5");
}

TEST_CASE("sheet requirements: a vendor's \"verified\" in a sheet is only a claim") {
    const SheetGrid grid = grid_of("Requirement,Vendor answer\nSSO,Verified\n");
    const SheetImport import = requirements_from_sheet(grid, guess_mapping(grid), deal_with_vendor());
    REQUIRE(import.requirements.size() == 1);
    CHECK(import.requirements[0].claims[0].status == ClaimStatus::Claimed);
}

TEST_CASE("sheet requirements: every cell that cannot be read is named, and nothing is to be applied") {
    const SheetGrid grid = grid_of("Requirement,Priority,Weight,Due,Vendor answer\n"
                                   "SSO,Urgent,two,next week,Maybe\n"
                                   ",Must,,,\n"
                                   "Audit log,Must,1,,Yes\n");
    const SheetImport import = requirements_from_sheet(grid, guess_mapping(grid), deal_with_vendor());
    CHECK(problem_lines(import) == std::vector<std::string>{
                                           "B2: “Urgent” is not a priority: write Must, Should or Nice to have",
                                           "C2: “two” is not a weight: write a number above 0, such as 1 or 2.5",
                                           "D2: “next week” is not a date: write it as 2026-12-17",
                                           "E2: “Maybe” is not an answer Setright reads: write Yes, No or Partly",
                                           "A3: a requirement needs its text (other cells of the row are filled)",
                                   });
    CHECK(import.problems[0].cell == "B2");
}

TEST_CASE("sheet requirements: no text column, or answers with no vendor to give them to") {
    SheetMapping only_priority;
    only_priority.columns = {SheetField::Priority};
    CHECK(problem_lines(requirements_from_sheet(grid_of("Priority\nMust\n"), only_priority, Deal())) ==
          std::vector<std::string>{"No column holds the requirements' text: name one Requirement, or map one to text"});
    const SheetGrid grid = grid_of("Requirement,Answer\nSSO,Yes\n");
    Deal two_vendors;
    two_vendors.vendors = {{"v-1", "Acme", {}}, {"v-2", "Bolt", {}}};
    CHECK(problem_lines(requirements_from_sheet(grid, guess_mapping(grid), two_vendors)) ==
          std::vector<std::string>{"B1: the sheet holds a vendor's answers, but the deal has no vendor chosen to give them to"});
    CHECK(requirements_from_sheet(grid, guess_mapping(grid), two_vendors, "v-2").requirements[0].claims[0].vendor == "v-2");
}
