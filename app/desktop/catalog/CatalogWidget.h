#pragma once

#include <QWidget>

class QLineEdit;
class QListView;
class QTextBrowser;

namespace motcua {
class ProcedureRepository;
}

namespace motcua::desktop {

class ProcedureListModel;

// The procedure catalog: search as you type (diacritics, case and đ/d do not matter), the hits
// on the left, the chosen procedure's documents, time, fee and legal basis on the right.
class CatalogWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit CatalogWidget(ProcedureRepository &procedures, QWidget *parent = nullptr);

    void focusSearch();
    void setSearchText(const QString &text);

signals:
    // "Receive a dossier for this procedure".
    void intakeRequested(const QString &procedureCode);

private:
    void showCurrent();

    ProcedureListModel *m_model;
    QLineEdit *m_search;
    QListView *m_list;
    QTextBrowser *m_details;
    QString m_currentCode;
};

} // namespace motcua::desktop
