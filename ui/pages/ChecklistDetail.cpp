#include "ui/pages/ChecklistDetail.h"

#include "models/StatusWords.h"
#include "models/checklists/MyChecklistsModel.h"
#include "services/core/Money.h"
#include "services/domain/policy/Role.h"
#include "ui/common/Look.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace mikro::ui {

namespace {

constexpr int NumberRole = Qt::UserRole + 1;
constexpr int LinkRole = Qt::UserRole + 2;
constexpr int CommentIdRole = Qt::UserRole + 3;
constexpr int OwnRole = Qt::UserRole + 4;

/// The author's role as the header names roles ("Validator"); an unknown word as stored.
QString roleName(const QString &stored)
{
    const auto role = domain::roleFromText(stored);
    return role ? models::roleWord(*role) : stored;
}

QString when(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

ChecklistDetail::ChecklistDetail(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_facts(new QLabel)
    , m_description(new QLabel)
    , m_items(new QListWidget)
    , m_openLink(new QPushButton)
    , m_info(new QLabel)
    , m_commentsHeading(new QLabel)
    , m_comments(new QListWidget)
    , m_newComment(new QPlainTextEdit)
    , m_commentCount(new QLabel)
    , m_post(new QPushButton)
    , m_delete(new QPushButton)
{
    setObjectName(QStringLiteral("checklistDetail"));
    m_items->setObjectName(QStringLiteral("checklistItems"));
    m_comments->setObjectName(QStringLiteral("checklistComments"));
    m_newComment->setObjectName(QStringLiteral("newComment"));
    m_post->setObjectName(QStringLiteral("postComment"));
    m_delete->setObjectName(QStringLiteral("deleteComment"));
    m_openLink->setObjectName(QStringLiteral("openItemLink"));
    m_info->setObjectName(QStringLiteral("checklistInfo"));
    QFont heading = m_title->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.2);
    m_title->setFont(heading);
    for (QLabel *label : { m_title, m_facts, m_description, m_info })
        label->setWordWrap(true);
    m_items->setWordWrap(true);
    m_comments->setWordWrap(true);
    m_newComment->setMaximumHeight(72);

    auto *itemActions = new QHBoxLayout;
    itemActions->addWidget(m_openLink);
    itemActions->addStretch();
    auto *commentActions = new QHBoxLayout;
    commentActions->addWidget(m_commentCount);
    commentActions->addStretch();
    commentActions->addWidget(m_delete);
    commentActions->addWidget(m_post);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_description);
    layout->addWidget(m_items, 3);
    layout->addLayout(itemActions);
    layout->addWidget(m_info);
    layout->addWidget(m_commentsHeading);
    layout->addWidget(m_comments, 2);
    layout->addWidget(m_newComment);
    layout->addLayout(commentActions);

    connect(m_items, &QListWidget::itemChanged, this, &ChecklistDetail::onItemChanged);
    connect(m_items, &QListWidget::currentRowChanged, this, &ChecklistDetail::updateButtons);
    connect(m_comments, &QListWidget::currentRowChanged, this, &ChecklistDetail::updateButtons);
    connect(m_newComment, &QPlainTextEdit::textChanged, this, &ChecklistDetail::updateButtons);
    connect(m_openLink, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_items->currentItem())
            emit linkRequested(QUrl(item->data(LinkRole).toString()));
    });
    const auto post = [this] {
        if (!m_post->isEnabled())
            return;
        emit commentPosted(m_newComment->toPlainText().trimmed());
    };
    connect(m_post, &QPushButton::clicked, this, post);
    auto *postKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_newComment);
    postKey->setContext(Qt::WidgetShortcut);
    connect(postKey, &QShortcut::activated, this, post);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_comments->currentItem())
            confirmDelete(item->data(CommentIdRole).toLongLong());
    });
    retranslateUi();
    showChecklist(nullptr, {}, {});
}

void ChecklistDetail::showChecklist(
    const domain::InstanceView *checklist, const QString &currency, const QString &me)
{
    m_me = me;
    m_currency = currency;
    const bool shown = checklist != nullptr;
    for (QWidget *w :
        std::initializer_list<QWidget *> { m_title, m_facts, m_description, m_items, m_openLink,
            m_commentsHeading, m_comments, m_newComment, m_commentCount, m_post, m_delete })
        w->setVisible(shown);
    m_info->setVisible(false);
    if (!checklist)
        return;
    const domain::InstanceView &v = *checklist;
    const QLocale locale;
    m_started = v.id != 0;
    m_title->setText(m_mode == Mode::Review ? tr("%1 — %2").arg(v.checklist.name, v.userName)
                                            : v.checklist.name);
    QStringList facts { tr("Reward %1 on confirmation")
                            .arg(core::formatMoney(v.checklist.completionRate, currency, locale)) };
    if (v.checklist.dueDate.isValid())
        facts << tr("Due %1").arg(locale.toString(v.checklist.dueDate, QLocale::ShortFormat));
    if (!v.checklist.author.isEmpty())
        facts << tr("Created by %1").arg(v.checklist.author);
    m_facts->setText(facts.join(QStringLiteral(" · ")));
    m_description->setText(v.checklist.description);
    m_description->setVisible(!v.checklist.description.isEmpty());
    fillItems(v);
    const bool allDone = m_started && !v.items.isEmpty() && models::itemsDone(v) == v.items.size();
    if (m_mode == Mode::Review) {
        m_info->setText(v.confirmed
                ? tr("Confirmed %1 by %2.").arg(when(v.confirmedAt), v.confirmedBy)
                : tr("Confirming the last item credits %1 %2 and you %3. Confirming is final.")
                      .arg(v.userName,
                          core::formatMoney(v.checklist.completionRate, currency, locale),
                          core::formatMoney(v.checklist.validationRate, currency, locale)));
        m_info->setVisible(true);
    } else if (allDone && !v.confirmed) {
        m_info->setText(tr("All items done. A validator confirms them; once every item is "
                           "confirmed you are credited %1.")
                            .arg(core::formatMoney(v.checklist.completionRate, currency, locale)));
        m_info->setVisible(true);
    } else if (v.confirmed) {
        m_info->setText(tr("Confirmed %1 by %2. You were credited %3.")
                            .arg(when(v.confirmedAt), v.confirmedBy,
                                core::formatMoney(v.checklist.completionRate, currency, locale)));
        m_info->setVisible(true);
    }
    // Comments exist only on a started checklist.
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_commentsHeading, m_comments, m_newComment, m_commentCount, m_post, m_delete })
        w->setVisible(m_started);
    fillComments(v);
    m_newComment->clear();
    updateButtons();
}

QString ChecklistDetail::itemText(const domain::InstanceView::Item &i) const
{
    QStringList lines { tr("%1. %2").arg(i.number).arg(i.action) };
    QStringList status;
    if (i.completedAt.isValid())
        status << tr("Done %1").arg(when(i.completedAt));
    if (i.confirmedAt.isValid())
        status << tr("Confirmed by %1 %2").arg(i.confirmedBy, when(i.confirmedAt));
    if (i.waitingToSend)
        status << tr("Waiting to send");
    if (!status.isEmpty())
        lines << status.join(QStringLiteral(" · "));
    if (m_mode == Mode::Review && !i.completedAt.isValid())
        lines << tr("Not done yet");
    return lines.join(u'\n');
}

void ChecklistDetail::setBox(QListWidgetItem *item, const domain::InstanceView::Item &i) const
{
    const bool done = i.completedAt.isValid();
    const bool confirmed = i.confirmedAt.isValid();
    // One's own: ticked only on a started checklist, a confirmed item locked. In review: only a
    // done item not yet confirmed can be confirmed.
    const bool open = m_mode == Mode::Review ? done && !confirmed : m_started && !confirmed;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (open)
        flags |= Qt::ItemIsUserCheckable;
    item->setFlags(flags);
    const bool boxed = m_mode == Mode::Review ? done : m_started;
    const bool ticked = m_mode == Mode::Review ? confirmed : done;
    if (boxed)
        item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
    item->setToolTip(confirmed ? tr("Confirmed items cannot be changed.") : QString());
}

void ChecklistDetail::fillItems(const domain::InstanceView &v)
{
    m_filling = true;
    const int current = m_items->currentRow();
    m_items->clear();
    for (const domain::InstanceView::Item &i : v.items) {
        auto *item = new QListWidgetItem(itemText(i), m_items);
        item->setData(NumberRole, i.number);
        item->setData(LinkRole, i.link);
        setBox(item, i);
        if (i.waitingToSend) {
            item->setIcon(look::waitingIcon(palette()));
            item->setToolTip(tr("Waiting to send"));
        }
    }
    m_items->setCurrentRow(std::clamp(current, 0, m_items->count() - 1));
    m_filling = false;
}

void ChecklistDetail::fillComments(const domain::InstanceView &v)
{
    m_comments->clear();
    for (const domain::InstanceView::Comment &c : v.comments) {
        // A comment waiting to be sent has no role from the store yet.
        const QString heading = c.role.isEmpty()
            ? tr("%1 · %2").arg(c.author, when(c.at))
            : tr("%1 · %2 · %3").arg(c.author, roleName(c.role), when(c.at));
        auto *item = new QListWidgetItem(heading + u'\n' + c.body, m_comments);
        item->setData(CommentIdRole, c.id);
        item->setData(OwnRole, c.authorId == m_me);
        if (c.waitingToSend) {
            item->setIcon(look::waitingIcon(palette()));
            item->setToolTip(tr("Waiting to send"));
        }
    }
    m_commentsHeading->setText(v.commentCount > v.comments.size()
            ? tr("Comments (the newest %1 of %2)")
                  .arg(QLocale().toString(v.comments.size()), QLocale().toString(v.commentCount))
            : tr("Comments"));
    m_comments->scrollToBottom();
}

void ChecklistDetail::onItemChanged(QListWidgetItem *item)
{
    if (m_filling || m_busy || !(item->flags() & Qt::ItemIsUserCheckable))
        return;
    emit itemToggled(item->data(NumberRole).toInt(), item->checkState() == Qt::Checked);
}

void ChecklistDetail::confirmDelete(qint64 commentId)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete your comment?"),
        tr("Delete this comment? Validators will no longer see it."), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmDeleteComment"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(tr("Delete comment"), QMessageBox::DestructiveRole);
    QPushButton *keep = box->addButton(tr("Keep comment"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    connect(box, &QMessageBox::finished, this, [this, box, yes, commentId] {
        if (box->clickedButton() == yes)
            emit commentDeleteRequested(commentId);
    });
    box->open();
}

void ChecklistDetail::setBusy(bool busy)
{
    m_busy = busy;
    m_items->setEnabled(!busy);
    updateButtons();
}

void ChecklistDetail::updateButtons()
{
    const QListWidgetItem *item = m_items->currentItem();
    m_openLink->setEnabled(item && !item->data(LinkRole).toString().isEmpty());
    const qsizetype length = m_newComment->toPlainText().trimmed().size();
    m_post->setEnabled(!m_busy && length > 0 && length <= MaxComment);
    m_commentCount->setText(
        tr("%1 / %2").arg(QLocale().toString(length), QLocale().toString(MaxComment)));
    const QListWidgetItem *comment = m_comments->currentItem();
    m_delete->setEnabled(!m_busy && comment && comment->data(OwnRole).toBool());
}

QString ChecklistDetail::infoText() const
{
    return m_info->isVisible() ? m_info->text() : QString();
}

void ChecklistDetail::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ChecklistDetail::retranslateUi()
{
    m_openLink->setText(tr("Open link"));
    m_post->setText(tr("Post"));
    m_post->setToolTip(tr("Post the comment (Ctrl+Enter)"));
    m_delete->setText(tr("Delete…"));
    m_newComment->setPlaceholderText(tr("Add a comment"));
    m_newComment->setAccessibleName(tr("New comment"));
    m_items->setAccessibleName(tr("Checklist items"));
    m_comments->setAccessibleName(tr("Comments"));
}

} // namespace mikro::ui
