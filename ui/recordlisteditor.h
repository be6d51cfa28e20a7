#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QWidget>

class QTableWidget;
class QPushButton;

namespace Fb {

// A list of small records (contacts, links, actors) as an editable table: add, remove and move
// rows with buttons or keys. Each row keeps the keys of its record that no column shows, so an
// older client's edit does not drop what a newer one added.
class RecordListEditor : public QWidget
{
    Q_OBJECT

public:
    struct Column
    {
        QString key; // JSON key in each record
        QString title;
        // For a vocabulary column: the keys and their labels, offered in a drop-down.
        QList<std::pair<QString, QString>> choices;
    };

    RecordListEditor(QList<Column> columns, const QString &accessibleName, QWidget *parent = nullptr);

    QJsonArray records() const;
    // Shows records without counting it as the user's edit.
    void setRecords(const QJsonArray &records);

    QTableWidget *table() const { return m_table; }

    void addRow();
    void removeRow();
    void moveRow(int delta);

Q_SIGNALS:
    void edited();

private:
    void updateButtons();

    QList<Column> m_columns;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    bool m_programmatic = false;
};

} // namespace Fb
