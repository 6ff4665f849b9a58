// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <string_view>

namespace wedreg::server::service {
class BookingLotteryService;
class BookingService;
class CertificateService;
class CertificateStatusService;
class RegistrationService;
class StatsService;
class CeremonyService;
class CounterService;
class HallService;
class SlotService;
class HealthService;
class StaffAuthService;
}  // namespace wedreg::server::service

namespace wedreg::server::http {

class Metrics;

// What the HTTP layer may call: the use cases, never a repository.
struct ApiServices {
    service::HealthService& health;
    service::HallService& halls;
    service::StaffAuthService& auth;
    service::SlotService& schedule;  // not "slots": a Qt keyword macro in the test suites
    service::BookingService& booking;
    service::CounterService& counter;
    service::CertificateService& certificates;
    service::CertificateStatusService& certificateStatus;
    service::RegistrationService& registrations;
    service::StatsService& stats;
    service::CeremonyService& ceremonies;
    service::BookingLotteryService& lottery;
    Metrics& metrics;
    std::string_view openApiDocument;
    std::string version;
};

}  // namespace wedreg::server::http
