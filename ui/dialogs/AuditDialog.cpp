#include "AuditDialog.h"

#include "dialogs/MessageBox.h"
#include "io/AuditCsv.h"
#include "io/SafeWrite.h"
#include "store/StoreError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace wres::ui {

void AuditTableModel::setRecords(QList<core::AuditRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const core::AuditRecord& r = m_records[index.row()];
    if (role == Qt::ToolTipRole && (index.column() == FromColumn || index.column() == ToColumn))
        return index.column() == FromColumn ? r.entry.oldValue : r.entry.newValue;
    if (role != Qt::DisplayRole)
        return {};
    const auto oneLine = [](const QString& text) {
        return text.isEmpty() ? QStringLiteral("—") : QString(text).replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    };
    switch (index.column()) {
    case WhenColumn:
        return QLocale().toString(r.entry.recordedAt.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm:ss"));
    case AuthorColumn:
        return r.entry.author;
    case SubjectColumn:
        return r.subject;
    case FieldColumn:
        return r.entry.field;
    case FromColumn:
        return oneLine(r.entry.oldValue);
    case ToColumn:
        return oneLine(r.entry.newValue);
    case SourceColumn:
        return r.entry.source;
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case AuthorColumn:
        return tr("Who");
    case SubjectColumn:
        return tr("What");
    case FieldColumn:
        return tr("Field");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case SourceColumn:
        return tr("How");
    default:
        return {};
    }
}

AuditDialog::AuditDialog(Load load, const QStringList& authors, qint64 actionId, const QString& actionName,
                         QWidget* parent)
    : QDialog(parent), m_load(std::move(load)), m_actionId(actionId), m_model(new AuditTableModel(this)),
      m_search(new QLineEdit), m_author(new QComboBox), m_onlyAction(new QCheckBox), m_table(new QTableView),
      m_count(new QLabel)
{
    setObjectName(QStringLiteral("auditDialog"));
    setWindowTitle(tr("Audit trail"));
    m_search->setObjectName(QStringLiteral("auditSearch"));
    m_search->setPlaceholderText(tr("Search fields and values…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the audit trail"));
    m_author->setObjectName(QStringLiteral("auditAuthor"));
    m_author->setAccessibleName(tr("Who made the change"));
    m_author->addItem(tr("Everyone"), QString());
    for (const QString& name : authors)
        m_author->addItem(name, name);
    m_onlyAction->setObjectName(QStringLiteral("auditOnlyAction"));
    m_onlyAction->setText(actionId ? tr("Only action %1").arg(actionName) : tr("Only the selected action"));
    m_onlyAction->setEnabled(actionId != 0);
    m_onlyAction->setChecked(actionId != 0);

    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit trail"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(AuditTableModel::FromColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(AuditTableModel::ToColumn, QHeaderView::Stretch);
    const std::pair<int, int> widths[] = {{AuditTableModel::WhenColumn, 160},
                                          {AuditTableModel::AuthorColumn, 140},
                                          {AuditTableModel::SubjectColumn, 220},
                                          {AuditTableModel::FieldColumn, 110},
                                          {AuditTableModel::SourceColumn, 120}};
    for (const auto& [column, width] : widths)
        m_table->setColumnWidth(column, width);
    m_count->setObjectName(QStringLiteral("auditCount"));

    auto* filters = new QHBoxLayout;
    auto* searchLabel = new QLabel(tr("&Search:"));
    searchLabel->setBuddy(m_search);
    auto* authorLabel = new QLabel(tr("&Who:"));
    authorLabel->setBuddy(m_author);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 1);
    filters->addWidget(authorLabel);
    filters->addWidget(m_author);
    filters->addWidget(m_onlyAction);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* exportButton = buttons->addButton(tr("&Export CSV…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("auditExport"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export audit trail"), tr("audit-trail.csv"),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    // Typing filters after a short pause, so a long trail is not queried on every key.
    auto* pause = new QTimer(this);
    pause->setSingleShot(true);
    pause->setInterval(200);
    connect(pause, &QTimer::timeout, this, &AuditDialog::reload);
    connect(m_search, &QLineEdit::textChanged, pause, qOverload<>(&QTimer::start));
    connect(m_author, &QComboBox::currentIndexChanged, this, &AuditDialog::reload);
    connect(m_onlyAction, &QCheckBox::toggled, this, &AuditDialog::reload);
    resize(1200, 640);
    reload();
}

void AuditDialog::reload()
{
    core::AuditQuery query;
    query.text = m_search->text().trimmed();
    query.author = m_author->currentData().toString();
    if (m_onlyAction->isChecked() && m_actionId) {
        query.entity = QStringLiteral("action");
        query.entityId = m_actionId;
    }
    try {
        m_model->setRecords(m_load(query));
        const int rows = m_model->rowCount();
        m_count->setText(rows == 1 ? tr("1 change") : tr("%1 changes").arg(rows));
    } catch (const std::exception& e) {
        m_model->setRecords({});
        m_count->setText(tr("The audit trail could not be read: %1").arg(QString::fromStdString(e.what())));
    }
    m_table->scrollToBottom(); // the newest change is the last
}

bool AuditDialog::exportCsv(const QString& path)
{
    try {
        core::SafeWrite::write(path, core::auditCsv(m_model->records()));
    } catch (const core::StoreError& e) { // refused (the open plan, a backup) or not written: says which
        MessageBox::warning(this, tr("Not exported"), e.message());
        return false;
    }
    return true;
}

} // namespace wres::ui
