#pragma once

#include "error.h"

#include <optional>
#include <utility>
#include <variant>

namespace Fb {

// The one error style in core: a value or an Error. Modelled on std::expected (C++23), which our
// C++20 baseline lacks.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }

    Result(Error error)
        : m_data(std::move(error))
    {
    }

    Result(ErrorCode code, QString path = {}, QString detail = {})
        : m_data(Error{code, std::move(path), std::move(detail)})
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }

    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }

    T &value() & { return std::get<T>(m_data); }

    T &&value() && { return std::get<T>(std::move(m_data)); }

    const T &operator*() const & { return value(); }

    const T *operator->() const { return &value(); }

    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

    ErrorCode code() const { return ok() ? ErrorCode::None : error().code; }

    T value_or(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_data;
};

// Result<void>: success, or an Error.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;

    Result(Error error)
        : m_error(std::move(error))
    {
    }

    Result(ErrorCode code, QString path = {}, QString detail = {})
        : m_error(Error{code, std::move(path), std::move(detail)})
    {
    }

    bool ok() const { return !m_error.has_value(); }

    explicit operator bool() const { return ok(); }

    const Error &error() const { return *m_error; }

    ErrorCode code() const { return ok() ? ErrorCode::None : m_error->code; }

    // value when this succeeded, else this error: "write, then answer".
    template<typename T>
    Result<T> with(T value) const
    {
        if (!ok()) {
            return *m_error;
        }
        return value;
    }

private:
    std::optional<Error> m_error;
};

} // namespace Fb
