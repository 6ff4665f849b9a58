// SPDX-License-Identifier: Apache-2.0
#pragma once

// Typed domain errors. Core never speaks HTTP and never writes user-facing prose: each error carries
// a stable kebab-case code, and the HTTP boundary maps (type, code) to a status and a zh-CN/en text.
// what() is for logs only and must never contain a full resident ID number.

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace wedreg::core {

// Base of every error the domain throws on purpose; anything else reaching the boundary is a bug.
class DomainError : public std::runtime_error
{
public:
    DomainError(std::string code, const std::string& logMessage)
        : std::runtime_error(logMessage)
        , m_code(std::move(code))
    {
    }

    // The stable machine-readable code (reason, rule, conflict kind...).
    const std::string& code() const noexcept { return m_code; }

private:
    std::string m_code;
};

// A field of the request is malformed, e.g. InvalidField{"id_number", "checksum"}.
class InvalidField : public DomainError
{
public:
    InvalidField(std::string field, std::string reason)
        : DomainError(reason, "invalid field '" + field + "': " + reason)
        , m_field(std::move(field))
    {
    }

    const std::string& field() const noexcept { return m_field; }
    const std::string& reason() const noexcept { return code(); }

private:
    std::string m_field;
};

// Well-formed input that the law does not allow, e.g. Ineligible{"man-under-22"}. Carries every
// failed rule (stable order) so a clerk sees all problems at once, not one per attempt.
class Ineligible : public DomainError
{
public:
    explicit Ineligible(std::string rule)
        : Ineligible(std::vector<std::string>{std::move(rule)})
    {
    }

    explicit Ineligible(std::vector<std::string> rules)
        : DomainError(rules.empty() ? std::string{} : rules.front(), "ineligible: " + join(rules))
        , m_rules(std::move(rules))
    {
    }

    // The first failed rule; rules() has all of them.
    const std::string& rule() const noexcept { return code(); }
    const std::vector<std::string>& rules() const noexcept { return m_rules; }

private:
    static std::string join(const std::vector<std::string>& rules)
    {
        std::string out;
        for (const auto& rule : rules) {
            out += out.empty() ? rule : ", " + rule;
        }
        return out;
    }

    std::vector<std::string> m_rules;
};

// The thing asked for does not exist. `entity` is a kind ("appointment", "hall"), never a person's ID.
class NotFound : public DomainError
{
public:
    explicit NotFound(std::string entity)
        : DomainError(entity, "not found: " + entity)
        , m_entity(std::move(entity))
    {
    }

    const std::string& entity() const noexcept { return m_entity; }

private:
    std::string m_entity;
};

// The request clashes with current state, e.g. Conflict{"slot-full"}, Conflict{"already-booked"}.
class Conflict : public DomainError
{
public:
    explicit Conflict(std::string code)
        : DomainError(code, "conflict: " + code)
    {
    }
};

// Something is temporarily or by policy not available, e.g. Unavailable{"not-open"}.
class Unavailable : public DomainError
{
public:
    explicit Unavailable(std::string code)
        : DomainError(code, "unavailable: " + code)
    {
    }
};

// The working calendar has no data for this year. We refuse rather than guess: a wrong rest day
// moves a statutory deadline.
class CalendarUnknown : public DomainError
{
public:
    explicit CalendarUnknown(int year)
        : DomainError("calendar-unknown", "no holiday calendar loaded for year " + std::to_string(year))
        , m_year(year)
    {
    }

    int year() const noexcept { return m_year; }

private:
    int m_year;
};

// A data file shipped with or configured into the product is broken (operator error, not user error),
// e.g. MalformedData{"holidays-2025.json", "rest_days[2].from", "not-a-date"}.
class MalformedData : public DomainError
{
public:
    MalformedData(std::string source, std::string field, std::string problem, const std::string& detail = {})
        : DomainError(problem,
                      source + (field.empty() ? std::string{} : ": field '" + field + "'") + ": " + problem
                          + (detail.empty() ? std::string{} : " (" + detail + ")"))
        , m_source(std::move(source))
        , m_field(std::move(field))
    {
    }

    const std::string& source() const noexcept { return m_source; }
    const std::string& field() const noexcept { return m_field; }
    const std::string& problem() const noexcept { return code(); }

private:
    std::string m_source;
    std::string m_field;
};

} // namespace wedreg::core
