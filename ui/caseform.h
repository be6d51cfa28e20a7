#pragma once

#include "casedraft.h"
#include "error.h"
#include "language.h"
#include "organisationlist.h"
#include "referencedata.h"
#include "vocabularies.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

namespace KSyntaxHighlighting {
class Repository;
}

namespace Fb {

class MarkdownEditor;
class OwnerPicker;
class RecordListEditor;
class TagEdit;
class VocabularyChecklist;

// The fields of a case as a form, in tabs, each widget a view on one field path of a CaseDraft.
// Shows the problems of each field beside it. Knows nothing of storage: the window saves.
class CaseForm : public QWidget
{
    Q_OBJECT

public:
    CaseForm(CaseDraft &draft,
             const Vocabularies &vocabularies,
             const ReferenceData &referenceData,
             Language language,
             KSyntaxHighlighting::Repository &repository,
             QWidget *parent = nullptr);
    ~CaseForm() override;

    // Problems to show beside their fields, and notes (field path, text: a reviewer's comments);
    // empty lists clear them.
    void setMessages(const QList<Error> &problems, const QList<std::pair<QString, QString>> &notes = {});
    // The message shown for a field path now (empty when none): for tests and screen readers.
    QString message(const QString &path) const;
    // Brings the field of path into view and gives it focus.
    void focusField(const QString &path);
    void setKnownTags(const QStringList &tags);
    // The server's registered organisations, offered for the owner beside SCB's lists.
    void setKnownOrganisations(const QList<RegisteredOrganisation> &organisations);
    void addPage(QWidget *page, const QString &title);

    QTabWidget *tabs() const { return m_tabs; }

    // The widget that edits path, or null.
    QWidget *field(const QString &path) const;

    MarkdownEditor *sectionEditor(const QString &key) const { return m_sections.value(key); }

private:
    struct Binding
    {
        std::function<QJsonValue()> read;
        std::function<void(const QJsonValue &)> write;
        QWidget *widget = nullptr;
    };

    void overviewPage();
    void organisationPage();
    void descriptionPage();
    void evidencePage();
    void studyVisitPage();
    void contactsPage();

    // Adds a labelled field with its message line to a form layout.
    void addRow(QFormLayout *form, const QString &label, QWidget *widget, const QString &path);
    QLabel *buddyLabel(const QString &label, QWidget *widget);
    // The widget with its message line below it.
    QWidget *fieldBox(QWidget *widget, const QString &path);
    void bind(const QString &path,
              QWidget *widget,
              std::function<QJsonValue()> read,
              std::function<void(const QJsonValue &)> write);
    void edited(const QString &path);
    void refresh(const QString &path);
    QLineEdit *lineEdit(const QString &path, qsizetype maxLength);
    QPlainTextEdit *plainText(const QString &path);
    QComboBox *vocabularyBox(const char *vocabulary, const QString &path);
    VocabularyChecklist *checklist(const Vocabulary &vocabulary, const QString &path);
    void updateImpliedRegions();
    bool eventFilter(QObject *watched, QEvent *event) override;

    CaseDraft &m_draft;
    const Vocabularies &m_vocabularies;
    const ReferenceData &m_referenceData;
    Language m_language;
    KSyntaxHighlighting::Repository &m_repository;
    Vocabulary m_municipalityList;
    Vocabulary m_regionList;
    QTabWidget *m_tabs;
    QHash<QString, Binding> m_bindings;
    QHash<QString, QLabel *> m_messageLabels;
    QHash<QString, int> m_pageOf; // path → tab index
    QHash<QString, MarkdownEditor *> m_sections;
    QLabel *m_impliedRegions = nullptr;
    TagEdit *m_tags = nullptr;
    OwnerPicker *m_owner = nullptr;
    QLabel *m_evidenceHelp = nullptr;
    int m_currentPage = 0;
};

} // namespace Fb
