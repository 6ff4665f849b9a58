// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Errors.h"

#include <atomic>

namespace wedreg::server::service {

// A bound on bookings in flight. In a rush, the request beyond it gets an immediate 503 with
// Retry-After (Unavailable{"busy"}) instead of queueing behind the database and timing out, and
// HTTP threads stay free for availability reads.
class AdmissionGate {
public:
    explicit AdmissionGate(int limit)
        : m_limit(limit)
    {
    }

    class Ticket {
    public:
        explicit Ticket(AdmissionGate& gate)
            : m_gate(gate)
        {
            if (m_gate.m_inFlight.fetch_add(1, std::memory_order_acq_rel) >= m_gate.m_limit) {
                m_gate.m_inFlight.fetch_sub(1, std::memory_order_acq_rel);
                m_gate.m_refused.fetch_add(1, std::memory_order_relaxed);
                throw core::Unavailable("busy");
            }
        }
        ~Ticket() { m_gate.m_inFlight.fetch_sub(1, std::memory_order_acq_rel); }
        Ticket(const Ticket&) = delete;
        Ticket& operator=(const Ticket&) = delete;

    private:
        AdmissionGate& m_gate;
    };

    int inFlight() const { return m_inFlight.load(std::memory_order_relaxed); }
    long refused() const { return m_refused.load(std::memory_order_relaxed); }

private:
    const int m_limit;
    std::atomic<int> m_inFlight{0};
    std::atomic<long> m_refused{0};
};

}  // namespace wedreg::server::service
