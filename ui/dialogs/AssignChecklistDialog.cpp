#include "ui/dialogs/AssignChecklistDialog.h"

#include "services/client/ChecklistAdminClient.h"
#include "services/core/WhenReady.h"
#include "ui/common/Banner.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace mikro::ui {

namespace {

constexpr int UserIdRole = Qt::UserRole;
constexpr int NameRole = Qt::UserRole + 1;

} // namespace

AssignChecklistDialog::AssignChecklistDialog(
    client::ChecklistAdminClient &admin, const domain::TemplateView &checklist, QWidget *parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_checklist(checklist)
    , m_banner(new Banner(this))
    , m_search(new QLineEdit(this))
    , m_people(new QListWidget(this))
    , m_progress(new QLabel(this))
    , m_assign(new QPushButton(this))
{
    setObjectName(QStringLiteral("assignChecklistDialog"));
    setWindowTitle(tr("Assign '%1'").arg(checklist.name));
    m_search->setObjectName(QStringLiteral("assignSearch"));
    m_search->setPlaceholderText(tr("Search people"));
    m_search->setAccessibleName(tr("Search people"));
    m_search->setClearButtonEnabled(true);
    m_people->setObjectName(QStringLiteral("assignPeople"));
    m_people->setAccessibleName(tr("People"));
    m_progress->setObjectName(QStringLiteral("assignProgress"));
    m_assign->setObjectName(QStringLiteral("assignButton"));
    m_assign->setDefault(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_assign, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_assign, &QPushButton::clicked, this, [this] {
        m_queue.clear();
        m_refused.clear();
        for (int i = 0; i < m_people->count(); ++i)
            if (m_people->item(i)->checkState() == Qt::Checked
                && (m_people->item(i)->flags() & Qt::ItemIsEnabled))
                m_queue << m_people->item(i)->data(UserIdRole).toString();
        m_round = static_cast<int>(m_queue.size());
        m_busy = true;
        updateButton();
        assignNext();
    });
    connect(m_search, &QLineEdit::textChanged, this, &AssignChecklistDialog::filter);
    connect(m_people, &QListWidget::itemChanged, this, &AssignChecklistDialog::updateButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_search);
    layout->addWidget(m_people, 1);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    resize(480, 520);
    m_progress->setText(tr("Reading the people…"));
    updateButton();
    load();
}

void AssignChecklistDialog::load()
{
    m_busy = true;
    updateButton();
    core::whenReady(m_admin.people(m_checklist.id), this,
        [this](const core::Result<QList<domain::ChecklistPerson>> &people) {
            m_busy = false;
            if (!people.ok()) {
                m_progress->clear();
                m_banner->showMessage(
                    Banner::Level::Error, people.error().message, people.error().diagnostic);
                updateButton();
                return;
            }
            showPeople(people.value());
        });
}

void AssignChecklistDialog::showPeople(const QList<domain::ChecklistPerson> &people)
{
    const QSignalBlocker quiet(m_people);
    m_people->clear();
    int available = 0;
    for (const domain::ChecklistPerson &p : people) {
        auto *item = new QListWidgetItem(m_people);
        item->setData(UserIdRole, p.userId);
        item->setData(NameRole, p.name);
        if (p.state == u"none") {
            item->setText(p.name);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
            ++available;
            continue;
        }
        const QString state = p.state == u"confirmed" ? tr("confirmed")
            : p.state == u"completed"                 ? tr("awaiting confirmation")
                                                      : tr("in progress");
        item->setText(tr("%1 — has it (%2)").arg(p.name, state));
        item->setFlags(Qt::NoItemFlags);
        item->setCheckState(Qt::Unchecked);
    }
    m_progress->setText(available == 0 ? tr("Everyone already has this checklist.") : QString());
    filter();
    updateButton();
}

void AssignChecklistDialog::filter()
{
    const QString needle = m_search->text().trimmed();
    for (int i = 0; i < m_people->count(); ++i) {
        QListWidgetItem *item = m_people->item(i);
        item->setHidden(!needle.isEmpty() && !item->text().contains(needle, Qt::CaseInsensitive));
    }
}

int AssignChecklistDialog::ticked() const
{
    int n = 0;
    for (int i = 0; i < m_people->count(); ++i)
        if (m_people->item(i)->checkState() == Qt::Checked
            && (m_people->item(i)->flags() & Qt::ItemIsEnabled))
            ++n;
    return n;
}

void AssignChecklistDialog::updateButton()
{
    const int n = ticked();
    m_assign->setText(tr("Assign to %n people", nullptr, n));
    m_assign->setEnabled(n > 0 && !m_busy && m_checklist.active);
    if (!m_checklist.active)
        m_assign->setToolTip(tr("Activate the template first: only active templates can be "
                                "assigned."));
}

void AssignChecklistDialog::assignNext()
{
    if (m_queue.isEmpty()) {
        m_busy = false;
        const int done = m_round - static_cast<int>(m_refused.size());
        m_progress->setText(tr("Assigned to %n people.", nullptr, done));
        if (!m_refused.isEmpty())
            m_banner->showMessage(Banner::Level::Warning,
                tr("%n people could not be assigned.", nullptr, int(m_refused.size())),
                m_refused.join(QLatin1Char('\n')));
        load(); // their new states
        return;
    }
    const QString userId = m_queue.takeFirst();
    const int position = m_round - static_cast<int>(m_queue.size());
    m_progress->setText(tr("Assigning %1 of %2…").arg(position).arg(m_round));
    core::whenReady(m_admin.assign(m_checklist.id, userId), this,
        [this, userId](const core::Result<qint64> &done) {
            if (done.ok()) {
                ++m_assigned;
            } else {
                QString name = userId;
                for (int i = 0; i < m_people->count(); ++i)
                    if (m_people->item(i)->data(UserIdRole).toString() == userId)
                        name = m_people->item(i)->data(NameRole).toString();
                m_refused << tr("%1: %2").arg(name, done.error().message);
            }
            assignNext();
        });
}

} // namespace mikro::ui
