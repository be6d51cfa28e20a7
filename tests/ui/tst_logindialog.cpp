#include "errormessages.h"
#include "fixtures.h"
#include "logindialog.h"
#include "replicaservice.h"
#include "synccontroller.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Fb;
using namespace Qt::StringLiterals;

// The login dialog's own checks and how it reports a refused login (a real SyncController; the
// refusals here come before any network call, so no server is needed).
class TestLoginDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusalsKeepTheDialogOpen_data();
    void refusalsKeepTheDialogOpen();
    void machineConfigFillsIn_data();
    void machineConfigFillsIn();
};

void TestLoginDialog::refusalsKeepTheDialogOpen_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("message");
    QTest::newRow("nothing filled in") << QString() << QString() << QString() << u"Fill in the server"_s;
    QTest::newRow("no password") << u"https://bank.example.se"_s << u"anna"_s << QString() << u"Fill in the server"_s;
    // http:// is refused outside developer mode, with the same words as everywhere else.
    QTest::newRow("plain http") << u"http://bank.example.se"_s << u"anna"_s << u"hemligt"_s
                                << ErrorMessages::text({ErrorCode::InsecureUrl, {}, {}}).left(20);
}

void TestLoginDialog::refusalsKeepTheDialogOpen()
{
    QFETCH(QString, server);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, message);
    ReplicaService replica(Test::vocabularies(), Test::referenceData());
    QNetworkAccessManager nam;
    SyncController sync(replica, nam);
    LoginDialog dialog(sync);
    dialog.show();
    dialog.serverField()->setText(server);
    dialog.userField()->setText(user);
    dialog.passwordField()->setText(password);
    dialog.accept();
    QVERIFY2(dialog.message().contains(message), qPrintable(dialog.message()));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    // The form can be used again at once.
    QVERIFY(dialog.serverField()->isEnabled());
    QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
}

void TestLoginDialog::machineConfigFillsIn_data()
{
    QTest::addColumn<bool>("locked");
    QTest::newRow("suggested") << false;
    QTest::newRow("locked by IT") << true;
}

// IT's server fills in an empty form; locked, it cannot be changed and the dialog says why.
void TestLoginDialog::machineConfigFillsIn()
{
    QFETCH(bool, locked);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"framgangsbank.conf"_s);
    {
        QSettings ini(file, QSettings::IniFormat);
        ini.setValue(u"server/url"_s, u"https://bank.kommun.se"_s);
        ini.setValue(u"server/locked"_s, locked);
    }
    QSettings ini(file, QSettings::IniFormat);
    const MachineConfig machine = MachineConfig::read(ini);
    QVERIFY(machine.problems().isEmpty());

    ReplicaService replica(Test::vocabularies(), Test::referenceData());
    QNetworkAccessManager nam;
    SyncController sync(replica, nam);
    LoginDialog dialog(sync);
    dialog.applyMachineConfig(machine);
    dialog.show();
    QCOMPARE(dialog.serverField()->text(), u"https://bank.kommun.se"_s);
    QCOMPARE(dialog.serverField()->isReadOnly(), locked);
    QCOMPARE(dialog.caField()->isReadOnly(), locked);
    bool noteShown = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        noteShown = noteShown || (label->isVisible() && label->text().contains(u"IT"_s));
    }
    QCOMPARE(noteShown, locked);
    // With the server given, the user name is what is left to type.
    QCOMPARE(dialog.focusWidget(), static_cast<QWidget *>(dialog.userField()));
}

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
