#pragma once

#include "domain/Officer.h"
#include "domain/Result.h"
#include "domain/WorkCalendar.h"
#include "store/LegacyImporter.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QMap>

#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace motcua {
class Database;
}

namespace motcua::clerk {

// Imports an old list of dossiers or citizens (CSV or XLSX in any legacy encoding) through
// LegacyImporter: the file, its kind and encoding; a preview of how the first rows are read with
// each row's problems; which column feeds which field; all-or-nothing or the valid rows only.
// The import itself runs on a worker thread with its own connection, with a progress bar and
// Cancel (which writes nothing), and ends with a summary and the refused rows.
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    enum MappingColumn { ColumnLetter, ColumnHeader, ColumnField };

    ImportDialog(Database &database, WorkCalendar calendar, Officer officer, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Chooses the file and previews it.
    void setFile(const QString &path);
    // Reads the first rows again with the choices on screen; false with the reason shown.
    bool preview();
    // Maps a column (its letter, "A", "B", …) to a field key ("citizen_id", "ignore", …) and
    // previews again.
    void mapColumn(const QString &letter, const QString &fieldKey);

    void start();
    void cancel();
    bool isRunning() const;
    const std::optional<LegacyImportReport> &report() const { return m_report; }

signals:
    void previewed();
    // committed: the import wrote its rows; false when refused, cancelled or failed.
    void importFinished(bool committed);

private:
    void keepHeaderWhole();
    void buildUi();
    LegacyImportOptions options() const;
    void showMapping(const QStringList &header, const QList<ColumnMapping> &mapping);
    void showPreviewRows(const LegacyImportPreview &preview);
    void showProgress(const ImportProgress &progress);
    void showReport(const Result<LegacyImportReport> &result);
    void showMessage(QLabel *label, const QString &text, bool error);
    void updateButtons();
    void chooseFile();

    Database &m_database;
    WorkCalendar m_calendar;
    Officer m_officer;
    QMap<QString, QString> m_overrides; // column letter → field key, chosen in the mapping table
    QList<ColumnMapping> m_lastMapping;
    bool m_previewOk = false;
    std::optional<LegacyImportReport> m_report;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<Result<LegacyImportReport>> m_running;
    bool m_busy = false; // until the import's outcome is on screen

    QLineEdit *m_file = nullptr;
    QPushButton *m_browse = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_encoding = nullptr;
    QPushButton *m_previewButton = nullptr;
    QLabel *m_detected = nullptr;
    QTableWidget *m_mapping = nullptr;
    QTableWidget *m_preview = nullptr;
    QRadioButton *m_allOrNothing = nullptr;
    QRadioButton *m_validRows = nullptr;
    QCheckBox *m_allowReimport = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_errors = nullptr;
};

} // namespace motcua::clerk
