#include "caseform.h"

#include "caselabels.h"
#include "casevalidator.h"
#include "errormessages.h"
#include "markdowneditor.h"
#include "ownerpicker.h"
#include "recordlisteditor.h"
#include "tagedit.h"
#include "vocabularychecklist.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QStringListModel>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fb {

namespace {

QJsonValue textValue(const QString &text)
{
    return text.trimmed().isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
}

QStringList stringList(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &v : value.toArray()) {
        result.append(v.toString());
    }
    return result;
}

QWidget *scrolled(QWidget *content)
{
    auto *area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    // Not a stop of its own for Tab: it scrolls to the field that has the focus.
    area->setFocusPolicy(Qt::NoFocus);
    return area;
}

} // namespace

CaseForm::CaseForm(CaseDraft &draft,
                   const Vocabularies &vocabularies,
                   const ReferenceData &referenceData,
                   Language language,
                   KSyntaxHighlighting::Repository &repository,
                   QWidget *parent)
    : QWidget(parent)
    , m_draft(draft)
    , m_vocabularies(vocabularies)
    , m_referenceData(referenceData)
    , m_language(language)
    , m_repository(repository)
    , m_tabs(new QTabWidget(this))
{
    // The organisation pickers are checklists over SCB's lists, built like vocabularies.
    QList<VocabularyEntry> municipalities;
    for (const Municipality &m : referenceData.municipalities()) {
        municipalities.append({m.code, m.name, m.name});
    }
    std::sort(municipalities.begin(), municipalities.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.swedish, b.swedish) < 0;
    });
    m_municipalityList = Vocabulary(u"municipality"_s, tr("Municipalities"), tr("Municipalities"), municipalities);
    QList<VocabularyEntry> regions;
    for (const Region &r : referenceData.regions()) {
        regions.append({r.code, r.name, r.name});
    }
    m_regionList = Vocabulary(u"region"_s, tr("Counties"), tr("Counties"), regions);

    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Parts of the case"));
    m_tabs->setUsesScrollButtons(true);
    overviewPage();
    organisationPage();
    descriptionPage();
    evidencePage();
    studyVisitPage();
    contactsPage();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(&m_draft, &CaseDraft::valueChanged, this, &CaseForm::refresh);
    refresh({});
}

CaseForm::~CaseForm() = default;

void CaseForm::addPage(QWidget *page, const QString &title)
{
    m_currentPage = m_tabs->addTab(page, title);
}

void CaseForm::addRow(QFormLayout *form, const QString &label, QWidget *widget, const QString &path)
{
    form->addRow(buddyLabel(label, widget), fieldBox(widget, path));
}

QLabel *CaseForm::buddyLabel(const QString &label, QWidget *widget)
{
    auto *buddy = new QLabel(label);
    buddy->setBuddy(widget->focusProxy() ? widget->focusProxy() : widget);
    if (widget->accessibleName().isEmpty()) {
        widget->setAccessibleName(QString(label).remove(u'&').remove(u':'));
    }
    return buddy;
}

QWidget *CaseForm::fieldBox(QWidget *widget, const QString &path)
{
    auto *message = new QLabel;
    message->setWordWrap(true);
    message->setTextFormat(Qt::PlainText);
    QPalette p = message->palette();
    // Readable in light and dark themes alike: the theme's own link colour for "look here".
    p.setColor(QPalette::WindowText, p.color(QPalette::LinkVisited));
    message->setPalette(p);
    message->hide();
    m_messageLabels.insert(path, message);
    auto *box = new QWidget;
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(widget, 1);
    v->addWidget(message);
    m_pageOf.insert(path, m_currentPage);
    return box;
}

void CaseForm::bind(const QString &path,
                    QWidget *widget,
                    std::function<QJsonValue()> read,
                    std::function<void(const QJsonValue &)> write)
{
    m_bindings.insert(path, Binding{std::move(read), std::move(write), widget});
    // Ctrl+Z and Ctrl+Shift+Z undo across the form, not inside one box.
    widget->installEventFilter(this);
    for (QWidget *child : widget->findChildren<QWidget *>()) {
        child->installEventFilter(this);
    }
}

bool CaseForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo)) {
            m_draft.undoStack()->undo();
            return true;
        }
        if (key->matches(QKeySequence::Redo)) {
            m_draft.undoStack()->redo();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CaseForm::edited(const QString &path)
{
    const auto it = m_bindings.constFind(path);
    if (it != m_bindings.cend()) {
        m_draft.edit(path, it->read());
    }
}

void CaseForm::refresh(const QString &path)
{
    for (auto it = m_bindings.cbegin(); it != m_bindings.cend(); ++it) {
        if (path.isEmpty() || it.key() == path) {
            it->write(m_draft.value(it.key()));
        }
    }
    updateImpliedRegions();
}

QLineEdit *CaseForm::lineEdit(const QString &path, qsizetype maxLength)
{
    auto *edit = new QLineEdit;
    edit->setMaxLength(int(maxLength));
    bind(
        path,
        edit,
        [edit] {
            return textValue(edit->text());
        },
        [edit](const QJsonValue &v) {
            if (edit->text() != v.toString()) {
                edit->setText(v.toString());
            }
        });
    connect(edit, &QLineEdit::textEdited, this, [this, path] {
        edited(path);
    });
    return edit;
}

QPlainTextEdit *CaseForm::plainText(const QString &path)
{
    auto *edit = new QPlainTextEdit;
    edit->setTabChangesFocus(true);
    edit->setUndoRedoEnabled(false);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 5 + 12);
    auto programmatic = std::make_shared<bool>(false);
    bind(
        path,
        edit,
        [edit] {
            return textValue(edit->toPlainText());
        },
        [edit, programmatic](const QJsonValue &v) {
            if (edit->toPlainText() != v.toString()) {
                *programmatic = true;
                edit->setPlainText(v.toString());
                *programmatic = false;
            }
        });
    connect(edit, &QPlainTextEdit::textChanged, this, [this, path, programmatic] {
        if (!*programmatic) {
            edited(path);
        }
    });
    return edit;
}

QComboBox *CaseForm::vocabularyBox(const char *vocabulary, const QString &path)
{
    auto *box = new QComboBox;
    box->addItem(tr("(not set)"), QString());
    for (const VocabularyEntry &e : m_vocabularies.vocabulary(vocabulary).entries()) {
        box->addItem(e.label(m_language), e.key);
    }
    bind(
        path,
        box,
        [box] {
            return textValue(box->currentData().toString());
        },
        [box](const QJsonValue &v) {
            const QSignalBlocker block(box);
            // Numbers (evidence level) are stored as numbers, shown by their key.
            const QString key = v.isDouble() ? QString::number(v.toInt()) : v.toString();
            int i = box->findData(key);
            if (i < 0 && !key.isEmpty()) {
                box->addItem(key, key); // a newer client's value: shown, kept
                i = box->count() - 1;
            }
            box->setCurrentIndex(std::max(0, i));
        });
    connect(box, &QComboBox::activated, this, [this, path] {
        edited(path);
    });
    return box;
}

VocabularyChecklist *CaseForm::checklist(const Vocabulary &vocabulary, const QString &path)
{
    auto *list = new VocabularyChecklist(vocabulary, m_language);
    bind(
        path,
        list,
        [list] {
            return QJsonValue(QJsonArray::fromStringList(list->keys()));
        },
        [list](const QJsonValue &v) {
            list->setKeys(stringList(v));
        });
    connect(list, &VocabularyChecklist::edited, this, [this, path] {
        edited(path);
    });
    return list;
}

void CaseForm::overviewPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_currentPage = m_tabs->addTab(scrolled(page), tr("&Overview"));
    addRow(form, tr("&Title:"), lineEdit(u"title"_s, CaseValidator::MaxTitle), u"title"_s);
    addRow(form, tr("S&hort name:"), lineEdit(u"short_name"_s, CaseValidator::MaxShortName), u"short_name"_s);
    addRow(form, tr("S&ummary:"), plainText(u"summary"_s), u"summary"_s);
    addRow(form, tr("&Kind of case:"), vocabularyBox(Vocabularies::CaseKind, u"case_kind"_s), u"case_kind"_s);
    addRow(form, tr("&Status:"), vocabularyBox(Vocabularies::Status, u"status"_s), u"status"_s);
    addRow(form,
           tr("&Lifecycle stage:"),
           vocabularyBox(Vocabularies::LifecycleStage, u"lifecycle_stage"_s),
           u"lifecycle_stage"_s);
    addRow(form, tr("Sc&ale:"), vocabularyBox(Vocabularies::Scale, u"scale"_s), u"scale"_s);
    for (const auto &[path, label] : {std::pair{u"start"_s, tr("Sta&rt:")}, {u"end"_s, tr("E&nd:")}}) {
        QLineEdit *edit = lineEdit(path, 7);
        //: Placeholder of the start and end dates
        edit->setPlaceholderText(tr("YYYY or YYYY-MM"));
        addRow(form, label, edit, path);
    }
    addRow(form,
           tr("&Policy areas:"),
           checklist(m_vocabularies.vocabulary(Vocabularies::PolicyArea), u"policy_areas"_s),
           u"policy_areas"_s);
    addRow(form,
           tr("Target &groups:"),
           checklist(m_vocabularies.vocabulary(Vocabularies::TargetGroup), u"target_groups"_s),
           u"target_groups"_s);

    m_tags = new TagEdit;
    bind(
        u"tags"_s,
        m_tags,
        [this] {
            return QJsonValue(QJsonArray::fromStringList(m_tags->tags()));
        },
        [this](const QJsonValue &v) {
            m_tags->setTags(stringList(v));
        });
    connect(m_tags, &QLineEdit::textEdited, this, [this] {
        edited(u"tags"_s);
    });
    addRow(form, tr("Ta&gs:"), m_tags, u"tags"_s);
}

void CaseForm::setKnownTags(const QStringList &tags)
{
    m_tags->setKnownTags(tags);
}

void CaseForm::setKnownOrganisations(const QList<RegisteredOrganisation> &organisations)
{
    m_owner->setOrganisations(organisations);
}

void CaseForm::organisationPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_currentPage = m_tabs->addTab(scrolled(page), tr("O&rganisation"));

    // The owner is one value (type, name, code); its parts are edited together.
    auto *owner = new OwnerPicker(m_vocabularies, m_referenceData, m_language);
    m_owner = owner;
    bind(
        u"owner"_s,
        owner,
        [this, owner] {
            const QJsonObject o = owner->value(m_draft.value(u"owner"_s).toObject());
            return o.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(o);
        },
        [owner](const QJsonValue &v) {
            owner->setValue(v.toObject());
        });
    connect(owner, &OwnerPicker::edited, this, [this] {
        edited(u"owner"_s);
    });
    addRow(form, tr("&Owner:"), owner, u"owner"_s);

    auto *municipalities = new QWidget;
    auto *column = new QVBoxLayout(municipalities);
    column->setContentsMargins(0, 0, 0, 0);
    auto *filter = new QLineEdit;
    filter->setPlaceholderText(tr("Filter municipalities"));
    filter->setAccessibleName(tr("Filter municipalities"));
    filter->setClearButtonEnabled(true);
    VocabularyChecklist *list = checklist(m_municipalityList, u"municipalities"_s);
    connect(filter, &QLineEdit::textChanged, list, [list](const QString &text) {
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem *item = list->item(i);
            item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive)
                            && item->checkState() != Qt::Checked);
        }
    });
    column->addWidget(filter);
    column->addWidget(list);
    municipalities->setFocusProxy(filter);
    addRow(form, tr("&Municipalities:"), municipalities, u"municipalities"_s);
    m_impliedRegions = new QLabel;
    m_impliedRegions->setWordWrap(true);
    form->addRow(QString(), m_impliedRegions);
    addRow(form, tr("Cou&nties:"), checklist(m_regionList, u"regions"_s), u"regions"_s);
    addRow(form,
           tr("&Partnership forms:"),
           checklist(m_vocabularies.vocabulary(Vocabularies::PartnershipForm), u"partnership_forms"_s),
           u"partnership_forms"_s);

    const auto choices = [this](const char *vocabulary) {
        QList<std::pair<QString, QString>> result;
        for (const VocabularyEntry &e : m_vocabularies.vocabulary(vocabulary).entries()) {
            result.append({e.key, e.label(m_language)});
        }
        return result;
    };
    auto *actors = new RecordListEditor({{u"name"_s, tr("Name"), {}},
                                         {u"type"_s, tr("Kind"), choices(Vocabularies::ActorType)},
                                         {u"role"_s, tr("Role"), choices(Vocabularies::ActorRole)}},
                                        tr("Other actors"));
    bind(
        u"actors"_s,
        actors,
        [actors] {
            return QJsonValue(actors->records());
        },
        [actors](const QJsonValue &v) {
            actors->setRecords(v.toArray());
        });
    connect(actors, &RecordListEditor::edited, this, [this] {
        edited(u"actors"_s);
    });
    addRow(form, tr("Other &actors:"), actors, u"actors"_s);
}

void CaseForm::updateImpliedRegions()
{
    if (!m_impliedRegions) {
        return;
    }
    QStringList names;
    for (const QString &code : stringList(m_draft.value(u"municipalities"_s))) {
        if (const Municipality *m = m_referenceData.municipality(code)) {
            if (const Region *r = m_referenceData.region(m->regionCode); r && !names.contains(r->name)) {
                names.append(r->name);
            }
        }
    }
    m_impliedRegions->setText(names.isEmpty() ? QString() : tr("Counties implied: %1").arg(names.join(u", "_s)));
    m_impliedRegions->setVisible(!names.isEmpty());
}

void CaseForm::descriptionPage()
{
    auto *sections = new QTabWidget;
    sections->setDocumentMode(true);
    sections->setAccessibleName(tr("Sections"));
    m_currentPage = m_tabs->addTab(sections, tr("&Description"));
    for (const VocabularyEntry &e : m_vocabularies.vocabulary(Vocabularies::Section).entries()) {
        const QString path = u"sections."_s + e.key;
        auto *editor = new MarkdownEditor(m_repository);
        editor->editor()->setAccessibleName(e.label(m_language));
        m_sections.insert(e.key, editor);
        bind(
            path,
            editor,
            [editor] {
                return textValue(editor->text());
            },
            [editor](const QJsonValue &v) {
                editor->setText(v.toString());
            });
        connect(editor, &MarkdownEditor::textEdited, this, [this, path] {
            edited(path);
        });
        // The text takes all the height the window has.
        auto *page = new QWidget;
        auto *column = new QVBoxLayout(page);
        // A heading, not a buddy: the section's tab chooses it, and its editor is named already.
        column->addWidget(new QLabel(e.label(m_language) + u':'));
        column->addWidget(fieldBox(editor, path), 1);
        sections->addTab(page, e.label(m_language));
    }
}

void CaseForm::evidencePage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_currentPage = m_tabs->addTab(scrolled(page), tr("E&vidence"));
    QComboBox *level = vocabularyBox(Vocabularies::EvidenceLevel, u"evidence_level"_s);
    // Stored as a number, offered by its key.
    m_bindings[u"evidence_level"_s].read = [level] {
        bool ok = false;
        const int n = level->currentData().toString().toInt(&ok);
        return ok ? QJsonValue(n) : QJsonValue(QJsonValue::Undefined);
    };
    addRow(form, tr("&Evidence level:"), level, u"evidence_level"_s);
    m_evidenceHelp = new QLabel;
    m_evidenceHelp->setWordWrap(true);
    form->addRow(QString(), m_evidenceHelp);
    const auto explain = [this, level] {
        bool ok = false;
        const int n = level->currentData().toString().toInt(&ok);
        const QString help = ok ? CaseLabels::evidenceExplanation(n) : QString();
        m_evidenceHelp->setText(help.isEmpty() ? tr("Choose the level the results support.") : help);
    };
    connect(level, &QComboBox::currentIndexChanged, this, explain);
    explain();
}

void CaseForm::studyVisitPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_currentPage = m_tabs->addTab(scrolled(page), tr("Study &visits"));
    auto *open = new QCheckBox(tr("We welcome study visits"));
    bind(
        u"study_visit.open"_s,
        open,
        [open] {
            return open->isChecked() ? QJsonValue(true) : QJsonValue(QJsonValue::Undefined);
        },
        [open](const QJsonValue &v) {
            const QSignalBlocker block(open);
            open->setChecked(v.toBool());
        });
    connect(open, &QCheckBox::toggled, this, [this] {
        edited(u"study_visit.open"_s);
    });
    addRow(form, tr("&Open:"), open, u"study_visit.open"_s);
    addRow(form,
           tr("&Formats:"),
           checklist(m_vocabularies.vocabulary(Vocabularies::VisitFormat), u"study_visit.formats"_s),
           u"study_visit.formats"_s);
    auto *size = new QSpinBox;
    size->setRange(0, 500);
    size->setSpecialValueText(tr("(not set)"));
    bind(
        u"study_visit.max_group"_s,
        size,
        [size] {
            return size->value() > 0 ? QJsonValue(size->value()) : QJsonValue(QJsonValue::Undefined);
        },
        [size](const QJsonValue &v) {
            const QSignalBlocker block(size);
            size->setValue(v.toInt());
        });
    connect(size, &QSpinBox::valueChanged, this, [this] {
        edited(u"study_visit.max_group"_s);
    });
    addRow(form, tr("Largest &group:"), size, u"study_visit.max_group"_s);
    addRow(form,
           tr("&Contact for visits:"),
           lineEdit(u"study_visit.contact"_s, CaseValidator::MaxShortText),
           u"study_visit.contact"_s);
    addRow(form, tr("&Notes:"), plainText(u"study_visit.notes"_s), u"study_visit.notes"_s);
}

void CaseForm::contactsPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_currentPage = m_tabs->addTab(scrolled(page), tr("Con&tacts and links"));
    auto *contacts = new RecordListEditor({{u"name"_s, tr("Name"), {}},
                                           {u"role"_s, tr("Role"), {}},
                                           {u"organisation"_s, tr("Organisation"), {}},
                                           {u"email"_s, tr("E-mail"), {}},
                                           {u"phone"_s, tr("Phone"), {}}},
                                          tr("Contacts"));
    auto *links =
        new RecordListEditor({{u"title"_s, tr("Title"), {}}, {u"url"_s, tr("Address (https://…)"), {}}}, tr("Links"));
    for (const auto &[path, editor, label] :
         {std::tuple{u"contacts"_s, contacts, tr("&Contacts:")}, {u"links"_s, links, tr("&Links:")}}) {
        bind(
            path,
            editor,
            [editor] {
                return QJsonValue(editor->records());
            },
            [editor](const QJsonValue &v) {
                editor->setRecords(v.toArray());
            });
        connect(editor, &RecordListEditor::edited, this, [this, path] {
            edited(path);
        });
        addRow(form, label, editor, path);
    }
}

QWidget *CaseForm::field(const QString &path) const
{
    const auto it = m_bindings.constFind(path);
    return it == m_bindings.cend() ? nullptr : it->widget;
}

void CaseForm::setMessages(const QList<Error> &problems, const QList<std::pair<QString, QString>> &notes)
{
    QHash<QString, QStringList> texts;
    for (const auto &[path, text] : notes) {
        texts[m_messageLabels.contains(path) ? path : path.section(u'.', 0, 0)].append(text);
    }
    static const QRegularExpression indexed(u"^([a-z_]+)\\[(\\d+)\\]"_s);
    for (const Error &e : problems) {
        QString path = e.path;
        QString text = ErrorMessages::text(Error{e.code, {}, {}});
        // contacts[2].email: the list's message, naming the row.
        if (const auto m = indexed.match(path); m.hasMatch()) {
            path = m.captured(1);
            text = tr("Row %1: %2").arg(m.captured(2).toInt() + 1).arg(text);
        }
        if (!m_messageLabels.contains(path)) {
            path = path.section(u'.', 0, 0);
        }
        texts[path].append(text);
    }
    for (auto it = m_messageLabels.cbegin(); it != m_messageLabels.cend(); ++it) {
        const QString text = texts.value(it.key()).join(u'\n');
        it.value()->setText(text);
        it.value()->setVisible(!text.isEmpty());
        if (QWidget *w = field(it.key())) {
            // Screen readers hear the problem with the field.
            w->setAccessibleDescription(text);
        }
    }
}

QString CaseForm::message(const QString &path) const
{
    const QLabel *label = m_messageLabels.value(path);
    return label && !label->isHidden() ? label->text() : QString();
}

void CaseForm::focusField(const QString &path)
{
    QWidget *w = field(path);
    if (!w) {
        return;
    }
    m_tabs->setCurrentIndex(m_pageOf.value(path));
    if (path.startsWith("sections."_L1)) {
        auto *sections = static_cast<QTabWidget *>(m_tabs->currentWidget());
        const int i = m_vocabularies.vocabulary(Vocabularies::Section).indexOf(path.mid(9));
        sections->setCurrentIndex(std::max(0, i));
    }
    w->setFocus(Qt::OtherFocusReason);
}

} // namespace Fb
