// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server/model/Ceremony.h"

namespace wedreg::server::service {

// Delivers one outbox message (SMS gateway, e-mail with the .ics, ...). Throws on failure; the
// dispatcher then leaves the message pending for the next round.
class NotificationSender {
public:
    virtual ~NotificationSender() = default;
    virtual void send(const model::OutboxMessage& message) = 0;
};

// Development sender: logs the message id and kind — never the recipient, names or ID numbers.
class LogSender final : public NotificationSender {
public:
    void send(const model::OutboxMessage& message) override;
};

}  // namespace wedreg::server::service
