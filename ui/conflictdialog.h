#pragma once

#include "edittypes.h"
#include "localedits.h"

#include <QDialog>

class QPlainTextEdit;
class QTextBrowser;

namespace Fb {

// One field both sides changed, side by side: the common starting point, this computer's
// version and the server's, each with its changes against the start marked word by word. The
// user keeps theirs, takes the server's, or writes a merged version.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(const InboxItem &item, const QString &fieldLabel, QWidget *parent = nullptr);

    // What the user chose; valid after accept().
    LocalEdits::Take take() const { return m_take; }

    // The merged value written by the user, for Take::Value.
    QJsonValue value() const;

    QTextBrowser *baseView() const { return m_base; }

    QTextBrowser *mineView() const { return m_mine; }

    QTextBrowser *theirsView() const { return m_theirs; }

    QPlainTextEdit *mergedEdit() const { return m_merged; }

    void keepMine();
    void takeTheirs();
    void useMerged();

private:
    bool isText() const;

    InboxItem m_item;
    QTextBrowser *m_base;
    QTextBrowser *m_mine;
    QTextBrowser *m_theirs;
    QPlainTextEdit *m_merged;
    LocalEdits::Take m_take = LocalEdits::Take::Mine;
};

} // namespace Fb
