// SPDX-License-Identifier: Apache-2.0
#include "server/service/OutboxDispatcher.h"

#include "server/service/Clock.h"
#include "server/service/NotificationSender.h"
#include "server/store/OutboxRepository.h"

#include <Poco/Logger.h>

namespace wedreg::server::service {

void LogSender::send(const model::OutboxMessage& message)
{
    Poco::Logger::get("wedreg.notify")
        .information("outbox message %s (%s) delivered by the log sender", message.id, message.kind);
}

OutboxDispatcher::OutboxDispatcher(store::OutboxRepository& outbox, NotificationSender& sender, const Clock& clock)
    : m_outbox(outbox)
    , m_sender(sender)
    , m_clock(clock)
{
}

std::size_t OutboxDispatcher::dispatchOnce(int limit)
{
    std::size_t sent = 0;
    for (const auto& message : m_outbox.pending(limit)) {
        try {
            m_sender.send(message);
            m_outbox.markSent(message.id, m_clock.nowSeconds());
            ++sent;
        } catch (const std::exception& e) {
            Poco::Logger::get("wedreg.notify")
                .warning("outbox message %s (%s) not sent: %s", message.id, message.kind, std::string(e.what()));
            m_outbox.markAttempt(message.id, message.attempts + 1 >= kMaxAttempts);
        }
    }
    return sent;
}

}  // namespace wedreg::server::service
