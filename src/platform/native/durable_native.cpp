// durable_native.cpp — save sections on the desktop. One process writes its
// own files, each fsynced before it replaces the old one (storage_native.cpp):
// a section can run at once, and what it wrote is already durable.
#include "platform/platform.hpp"

namespace setright::platform {

void run_save_section(const std::string&, std::function<std::optional<DurableCopy>(int64_t)> section, std::function<void(bool)> done) {
    const bool wrote = section(0).has_value();
    done(wrote);
}

void keep_durably(const std::string&, const DurableCopy&, std::function<void(bool)> done) { done(true); }

void read_durable_copy(const std::string&, std::function<void(std::optional<DurableCopy>)> done) { done(std::nullopt); }

std::optional<DurableCopy> durable_copy_at_start(const std::string&) { return std::nullopt; }

} // namespace setright::platform
