#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace mikro::core {

/// A closed set of words stored or sent as text (a status, a kind, a role), mapped to an
/// `enum class` by one explicit table, so that renaming an enumerator never changes stored data
/// and an unknown word is told apart from a known one.
///
///     constexpr core::Vocabulary<Status, 2> Statuses { { { Status::Open, "open" },
///                                                        { Status::Shut, "shut" } } };
template <typename Enum, std::size_t N>
class Vocabulary
{
public:
    struct Word
    {
        Enum value;
        std::string_view text;
    };

    constexpr explicit Vocabulary(const Word (&words)[N]) // NOLINT(*-avoid-c-arrays)
    {
        for (std::size_t i = 0; i < N; ++i)
            m_words[i] = words[i];
    }

    /// The word for `value`; every enumerator must be in the table.
    [[nodiscard]] QString text(Enum value) const
    {
        for (const Word &w : m_words)
            if (w.value == value)
                return QString::fromLatin1(w.text.data(), qsizetype(w.text.size()));
        return {};
    }
    [[nodiscard]] std::optional<Enum> parse(QStringView text) const
    {
        for (const Word &w : m_words)
            if (text == QLatin1StringView(w.text.data(), qsizetype(w.text.size())))
                return w.value;
        return std::nullopt;
    }
    [[nodiscard]] QStringList texts() const
    {
        QStringList all;
        for (const Word &w : m_words)
            all << QString::fromLatin1(w.text.data(), qsizetype(w.text.size()));
        return all;
    }
    [[nodiscard]] constexpr const std::array<Word, N> &words() const { return m_words; }

private:
    std::array<Word, N> m_words {};
};

} // namespace mikro::core
