// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>

namespace wedreg::server::store {
class OutboxRepository;
}

namespace wedreg::server::service {

class Clock;
class NotificationSender;

// Sends pending outbox messages through the configured sender and marks each one sent. A message
// that fails stays pending and is retried; after kMaxAttempts it is marked failed. The outbox is
// not specific to ceremonies: appointment reminders can be appended to it the same way.
class OutboxDispatcher {
public:
    static constexpr int kMaxAttempts = 5;

    OutboxDispatcher(store::OutboxRepository& outbox, NotificationSender& sender, const Clock& clock);

    // One round: up to `limit` messages, oldest first. Returns how many were sent.
    std::size_t dispatchOnce(int limit = 100);

private:
    store::OutboxRepository& m_outbox;
    NotificationSender& m_sender;
    const Clock& m_clock;
};

}  // namespace wedreg::server::service
