// SPDX-License-Identifier: Apache-2.0
#include "server/http/ErrorMapping.h"

#include "core/Errors.h"
#include "server/service/AuthErrors.h"
#include "server/service/RateLimiter.h"

#include <Poco/Data/DataException.h>
#include <Poco/Net/NetException.h>

namespace wedreg::server::http {

using Status = Poco::Net::HTTPResponse::HTTPStatus;

Problem problemFor(std::exception_ptr error, bool& serverFault)
{
    serverFault = false;
    try {
        std::rethrow_exception(error);
    } catch (const HttpError& e) {
        return {e.status, e.slug, e.code, {}, {}};
    } catch (const core::InvalidField& e) {
        return {Status::HTTP_UNPROCESSABLE_ENTITY, "invalid-field", e.reason(), e.field(), {}};
    } catch (const core::Ineligible& e) {
        return {Status::HTTP_UNPROCESSABLE_ENTITY, "ineligible", e.rule(), {}, e.rules()};
    } catch (const core::NotFound& e) {
        return {Status::HTTP_NOT_FOUND, "not-found", e.entity(), {}, {}};
    } catch (const core::Conflict& e) {
        return {Status::HTTP_CONFLICT, e.code(), {}, {}, {}};
    } catch (const core::Unavailable& e) {
        // "not-open" is a booking that came too early: the client's timing, not our outage.
        if (e.code() == "not-open")
            return {Status::HTTP_CONFLICT, e.code(), {}, {}, {}};
        return {Status::HTTP_SERVICE_UNAVAILABLE, "service-unavailable", e.code(), {}, {}};
    } catch (const core::CalendarUnknown&) {
        return {Status::HTTP_UNPROCESSABLE_ENTITY, "calendar-unknown", {}, {}, {}};
    } catch (const service::Unauthenticated& e) {
        return {Status::HTTP_UNAUTHORIZED, "unauthenticated", e.code(), {}, {}};
    } catch (const service::Forbidden& e) {
        return {Status::HTTP_FORBIDDEN, "forbidden", e.code(), {}, {}};
    } catch (const service::RateLimited& e) {
        return {Status::HTTP_TOO_MANY_REQUESTS, "rate-limited", e.code(), {}, {}, e.retryAfterSeconds()};
    } catch (const Poco::Data::DataException&) {
        serverFault = true;
        return {Status::HTTP_SERVICE_UNAVAILABLE, "service-unavailable", "database", {}, {}};
    } catch (...) {
        serverFault = true;
        return {Status::HTTP_INTERNAL_SERVER_ERROR, "internal-error", {}, {}, {}};
    }
}

}  // namespace wedreg::server::http
