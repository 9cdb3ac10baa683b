// When the workspace is saved (save_policy.hpp): half a second after a
// change, one save at a time, a failed save tried again after ten seconds or
// half a second after a new change, nothing written while the user decides,
// and what the status line says at each point.
#include "logic/save_policy.hpp"

#include <doctest/doctest.h>

#include <map>

using namespace setright;
using namespace setright::app;

namespace {

class MemoryStore : public KeyValueStore {
public:
    std::optional<std::string> read(const std::string& key) override {
        auto found = values.find(key);
        return found == values.end() ? std::nullopt : std::optional<std::string>(found->second);
    }
    WriteStatus write(const std::string& key, const std::string& value) override {
        values[key] = value;
        return WriteStatus::Ok;
    }
    void remove(const std::string& key) override { values.erase(key); }
    std::map<std::string, std::string> values;
};

struct Fixture {
    MemoryStore memory;
    Persistence p;
    Fixture() { p.store = std::make_unique<WorkspaceStore>(memory); }
};

} // namespace

TEST_CASE("save policy: a change is saved half a second after it is first seen, and the status line follows") {
    Fixture f;
    Persistence& p = f.p;
    CHECK(std::string(save_status(p, 0)) == "saved");
    CHECK(seconds_until_save(p, 0, 100.0) == -1);

    CHECK_FALSE(save_due(p, 1, 100.0)); // seen now
    CHECK(std::string(save_status(p, 1)) == "saving");
    CHECK(seconds_until_save(p, 1, 100.2) == doctest::Approx(0.3));
    CHECK_FALSE(save_due(p, 2, 100.4)); // more typing does not push the save back
    CHECK(save_due(p, 2, 100.5));

    p.save_in_flight = true; // one save at a time
    CHECK_FALSE(save_due(p, 2, 100.6));
    CHECK(seconds_until_save(p, 2, 100.6) == -1);
    record_save(p, SaveStatus::Saved, 2, 100.7);
    p.save_in_flight = false;
    CHECK(std::string(save_status(p, 2)) == "saving"); // stored, not yet durable
    p.durable_changes = 2;
    CHECK(std::string(save_status(p, 2)) == "saved");
    CHECK_FALSE(save_due(p, 2, 200.0));
}

TEST_CASE("save policy: a failed save is tried again after ten seconds, or half a second after a new change") {
    Fixture f;
    Persistence& p = f.p;
    save_due(p, 1, 0.0);
    REQUIRE(save_due(p, 1, 0.5));
    record_save(p, SaveStatus::QuotaExceeded, 1, 0.6);
    CHECK(p.problem == StorageProblem::QuotaExceeded);
    CHECK(std::string(save_status(p, 1)) == "not_saved");
    CHECK_FALSE(save_due(p, 1, 5.0));
    CHECK(seconds_until_save(p, 1, 5.0) == doctest::Approx(5.6));
    CHECK(save_due(p, 1, 10.6));
    // A deal deleted to make room: tried half a second after the failure, not ten.
    CHECK(save_due(p, 2, 1.1));
    record_save(p, SaveStatus::Saved, 2, 1.2);
    CHECK(p.problem == StorageProblem::None);
}

TEST_CASE("save policy: nothing is written while the user decides what happens to the stored copy") {
    for (StorageProblem waiting : {StorageProblem::Unusable, StorageProblem::ChangedElsewhere}) {
        Fixture f;
        f.p.problem = waiting;
        CHECK(saving_paused(f.p));
        CHECK_FALSE(save_due(f.p, 1, 0.0));
        CHECK_FALSE(save_due(f.p, 1, 60.0));
        CHECK(seconds_until_save(f.p, 1, 60.0) == -1);
    }
    Fixture recovered; // started from a backup: saving goes on, the banner stays
    recovered.p.problem = StorageProblem::Recovered;
    save_due(recovered.p, 1, 0.0);
    CHECK(save_due(recovered.p, 1, 0.5));
    record_save(recovered.p, SaveStatus::Saved, 1, 0.6);
    CHECK(recovered.p.problem == StorageProblem::Recovered);
}

TEST_CASE("save policy: a refusal keeps what the check said, another tab's save pauses saving") {
    Fixture f;
    record_save(f.p, SaveStatus::Refused, 1, 0.0, "saved copy: /deals/0: bad");
    CHECK(f.p.problem == StorageProblem::Refused);
    CHECK(f.p.problem_detail == "saved copy: /deals/0: bad");
    record_save(f.p, SaveStatus::ChangedElsewhere, 1, 1.0);
    CHECK(saving_paused(f.p));
    Persistence no_store; // before persistence_start, or where storage never opened
    CHECK_FALSE(save_due(no_store, 1, 0.0));
}
