// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <atomic>
#include <memory>

namespace Logkeeper {

// The one way work in flight is told to stop: the engine's compressions, the viewer's
// decompression and search, the browser's size probe. Copies share one flag, so whoever holds a
// copy can cancel, and the work checks it between blocks. Thread-safe.
class CancelToken
{
public:
    CancelToken() : m_flag(std::make_shared<std::atomic_bool>(false)) {}

    void cancel() const { m_flag->store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_flag->load(std::memory_order_relaxed); }
    // For a loop that checks a plain flag (a compression library's progress callback); valid
    // while any copy of the token lives.
    const std::atomic_bool *flag() const { return m_flag.get(); }

    friend bool operator==(const CancelToken &a, const CancelToken &b)
    {
        return a.m_flag == b.m_flag;
    }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

} // namespace Logkeeper
