#include "recordlisteditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

constexpr int RecordRole = Qt::UserRole + 1; // on column 0: the row's whole record
constexpr int KeyRole = Qt::UserRole + 2; // on a choice cell: the vocabulary key

// Edits a vocabulary cell with a drop-down of its labels; the cell keeps the key.
class ChoiceDelegate : public QStyledItemDelegate
{
public:
    ChoiceDelegate(QList<std::pair<QString, QString>> choices, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_choices(std::move(choices))
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *box = new QComboBox(parent);
        box->addItem(QString(), QString());
        for (const auto &[key, label] : m_choices) {
            box->addItem(label, key);
        }
        return box;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *box = static_cast<QComboBox *>(editor);
        box->setCurrentIndex(std::max(0, box->findData(index.data(KeyRole))));
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        auto *box = static_cast<QComboBox *>(editor);
        model->setData(index, box->currentData(), KeyRole);
        model->setData(index, box->currentIndex() > 0 ? box->currentText() : QString(), Qt::DisplayRole);
    }

private:
    QList<std::pair<QString, QString>> m_choices;
};

} // namespace

RecordListEditor::RecordListEditor(QList<Column> columns, const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_columns(std::move(columns))
    , m_table(new QTableWidget(0, int(m_columns.size()), this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("Remo&ve"), this))
    , m_up(new QPushButton(tr("Move &up"), this))
    , m_down(new QPushButton(tr("Move do&wn"), this))
{
    QStringList headers;
    for (int c = 0; c < m_columns.size(); ++c) {
        headers.append(m_columns[c].title);
        if (!m_columns[c].choices.isEmpty()) {
            m_table->setItemDelegateForColumn(c, new ChoiceDelegate(m_columns[c].choices, m_table));
        }
    }
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(accessibleName);
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() * 4);
    m_add->setAccessibleName(tr("Add a row to %1").arg(accessibleName));
    m_remove->setAccessibleName(tr("Remove the selected row of %1").arg(accessibleName));

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_remove, m_up, m_down}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &RecordListEditor::addRow);
    connect(m_remove, &QPushButton::clicked, this, &RecordListEditor::removeRow);
    connect(m_up, &QPushButton::clicked, this, [this] {
        moveRow(-1);
    });
    connect(m_down, &QPushButton::clicked, this, [this] {
        moveRow(1);
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_programmatic) {
            Q_EMIT edited();
        }
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &RecordListEditor::updateButtons);
    updateButtons();
}

QJsonArray RecordListEditor::records() const
{
    QJsonArray result;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QJsonObject record = m_table->item(r, 0)->data(RecordRole).toJsonObject();
        bool any = false;
        for (int c = 0; c < m_columns.size(); ++c) {
            const QTableWidgetItem *item = m_table->item(r, c);
            const QString value =
                m_columns[c].choices.isEmpty() ? item->text().trimmed() : item->data(KeyRole).toString();
            if (value.isEmpty()) {
                record.remove(m_columns[c].key);
            } else {
                record.insert(m_columns[c].key, value);
                any = true;
            }
        }
        // A row added and left empty is not a record yet.
        if (any) {
            result.append(record);
        }
    }
    return result;
}

void RecordListEditor::setRecords(const QJsonArray &records)
{
    if (records == this->records()) {
        return;
    }
    m_programmatic = true;
    m_table->setRowCount(0);
    for (const QJsonValue &v : records) {
        const QJsonObject record = v.toObject();
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        for (int c = 0; c < m_columns.size(); ++c) {
            const Column &column = m_columns[c];
            const QString value = record.value(column.key).toString();
            auto *item = new QTableWidgetItem;
            if (column.choices.isEmpty()) {
                item->setText(value);
            } else {
                item->setData(KeyRole, value);
                const auto it = std::find_if(column.choices.begin(), column.choices.end(), [&](const auto &choice) {
                    return choice.first == value;
                });
                item->setText(it != column.choices.end() ? it->second : value);
            }
            if (c == 0) {
                item->setData(RecordRole, record);
            }
            m_table->setItem(r, c, item);
        }
    }
    m_programmatic = false;
    updateButtons();
}

void RecordListEditor::addRow()
{
    m_programmatic = true;
    const int r = m_table->rowCount();
    m_table->insertRow(r);
    for (int c = 0; c < m_columns.size(); ++c) {
        auto *item = new QTableWidgetItem;
        if (c == 0) {
            item->setData(RecordRole, QJsonObject());
        }
        m_table->setItem(r, c, item);
    }
    m_programmatic = false;
    m_table->setFocus();
    m_table->setCurrentCell(r, 0);
    m_table->editItem(m_table->item(r, 0));
    updateButtons();
}

void RecordListEditor::removeRow()
{
    const int r = m_table->currentRow();
    if (r < 0) {
        return;
    }
    m_table->removeRow(r);
    updateButtons();
    Q_EMIT edited();
}

void RecordListEditor::moveRow(int delta)
{
    const int from = m_table->currentRow();
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= m_table->rowCount()) {
        return;
    }
    m_programmatic = true;
    for (int c = 0; c < m_columns.size(); ++c) {
        QTableWidgetItem *a = m_table->takeItem(from, c);
        QTableWidgetItem *b = m_table->takeItem(to, c);
        m_table->setItem(from, c, b);
        m_table->setItem(to, c, a);
    }
    m_programmatic = false;
    m_table->setCurrentCell(to, m_table->currentColumn());
    Q_EMIT edited();
}

void RecordListEditor::updateButtons()
{
    const int r = m_table->currentRow();
    m_remove->setEnabled(r >= 0);
    m_up->setEnabled(r > 0);
    m_down->setEnabled(r >= 0 && r + 1 < m_table->rowCount());
}

} // namespace Fb
