#include "ui/common/StatusBadgeDelegate.h"

#include "models/ItemRoles.h"

#include <QPainter>

namespace mikro::ui {

namespace {

constexpr int PaddingX = 8;
constexpr int PaddingY = 2;

} // namespace

look::Tone StatusBadgeDelegate::toneOf(const QString &storedWord)
{
    static const QHash<QString, look::Tone> tones {
        { QStringLiteral("pending"), look::Tone::Warn },
        { QStringLiteral("stale"), look::Tone::Warn },
        { QStringLiteral("needs_review"), look::Tone::Warn },
        { QStringLiteral("not_passed"), look::Tone::Warn },
        { QStringLiteral("paid"), look::Tone::Good },
        { QStringLiteral("matched"), look::Tone::Good },
        { QStringLiteral("needs_decision"), look::Tone::Warn },
        { QStringLiteral("passed"), look::Tone::Good },
        { QStringLiteral("completed"), look::Tone::Good },
        { QStringLiteral("confirmed"), look::Tone::Good },
        { QStringLiteral("active"), look::Tone::Good },
        { QStringLiteral("rejected"), look::Tone::Bad },
        { QStringLiteral("overdue"), look::Tone::Bad },
        { QStringLiteral("failed"), look::Tone::Bad },
        { QStringLiteral("succeeded"), look::Tone::Good },
        { QStringLiteral("waiting"), look::Tone::Warn },
        { QStringLiteral("conflict"), look::Tone::Warn },
        { QStringLiteral("refused"), look::Tone::Bad },
    };
    return tones.value(storedWord, look::Tone::Neutral);
}

void StatusBadgeDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString word = index.data(Qt::DisplayRole).toString();
    if (word.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The row's background and selection first, then the badge over it.
    paintBackground(painter, option, index);

    // On a selected row the tone would lose its contrast: the badge takes the selection's text.
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QColor colour = selected
        ? option.palette.color(QPalette::HighlightedText)
        : look::toneText(toneOf(index.data(models::StatusRole).toString()), option.palette);
    const QFontMetrics metrics(option.font);
    const QSize text = metrics.size(Qt::TextSingleLine, word);
    QRect badge(0, 0, text.width() + 2 * PaddingX, text.height() + 2 * PaddingY);
    badge.moveCenter(option.rect.center());
    badge.moveLeft(option.rect.left() + 4);
    badge = badge.intersected(option.rect.adjusted(1, 1, -1, -1));

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(colour, 1));
    painter->setBrush(Qt::NoBrush);
    const qreal radius = badge.height() / 2.0;
    painter->drawRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter->setFont(option.font);
    painter->drawText(badge, Qt::AlignCenter,
        metrics.elidedText(word, Qt::ElideRight, badge.width() - 2 * PaddingX));
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    const QString word = index.data(Qt::DisplayRole).toString();
    size.setWidth(qMax(size.width(), metrics.horizontalAdvance(word) + 2 * PaddingX + 8));
    size.setHeight(qMax(size.height(), metrics.height() + 2 * PaddingY + 2));
    return size;
}

} // namespace mikro::ui
