#pragma once

#include "domain/Officer.h"
#include "domain/Result.h"
#include "store/BundleExport.h"
#include "store/BundleImport.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace motcua {
class Database;
}

namespace motcua::clerk {

class SyncAttentionList;

// The USB bundle of DESIGN.md "No link at all": export this device's pending work to a file
// (a USB stick) or import a bundle another device of the commune wrote. Shows what the bundle
// carried and what became of each op, or why the file was refused. Both run on a worker thread
// with their own connection: a bundle may carry hundreds of megabytes of scans.
class BundleDialog final : public QDialog
{
    Q_OBJECT

public:
    BundleDialog(Database &database, Officer officer, QWidget *parent = nullptr);
    ~BundleDialog() override;

    // The buttons ask for the file with a file dialog; these take it directly. finished() follows.
    void exportTo(const QString &path);
    void importFrom(const QString &path);
    bool isRunning() const;

    // What the last run printed: the summary line and the refusal code (empty on success).
    QString resultText() const;
    QString errorCode() const { return m_errorCode; }

signals:
    void finished(bool ok);

private:
    void showExport(const Result<BundleExportSummary> &result);
    void showImport(const Result<BundleImportSummary> &result);
    void showRefusal(const Error &error);
    void setDetails(const QList<std::pair<QString, QString>> &rows);
    void setBusy(bool busy, const QString &text = {});
    // What waits for the server, refused changes included (they are not on it either).
    void showPending();
    void chooseExportFile();
    void chooseImportFile();

    Database &m_database;
    Officer m_officer;
    QString m_errorCode;
    QFutureWatcher<Result<BundleExportSummary>> m_exporting;
    QFutureWatcher<Result<BundleImportSummary>> m_importing;
    bool m_busy = false; // until the outcome is on screen

    QLineEdit *m_exportPath = nullptr;
    QPushButton *m_exportBrowse = nullptr;
    QPushButton *m_export = nullptr;
    QLineEdit *m_importPath = nullptr;
    QPushButton *m_importBrowse = nullptr;
    QPushButton *m_import = nullptr;
    QLabel *m_pending = nullptr;
    SyncAttentionList *m_attention = nullptr;
    QLabel *m_result = nullptr;
    QTableWidget *m_details = nullptr;
};

} // namespace motcua::clerk
