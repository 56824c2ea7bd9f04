#pragma once

#include "domain/Procedure.h"
#include "store/DossierRepository.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace motcua::desktop {

// One line of the documents checklist.
struct IntakeDocument
{
    QString title;
    DocumentKind kind = DocumentKind::Original;
    int count = 1;
    bool received = false; // ticked: handed in
    bool required = true;
    QString scanFile; // the scan to attach (already downscaled), empty for none
};

// Everything typed into the intake wizard so far. Saved as JSON under the data folder on every
// change, so a crash or a power cut loses nothing: the next start offers the draft again.
struct IntakeDraft
{
    int page = 0;
    QString procedureCode;
    QString applicantName;
    QString citizenId;
    QString phone;
    QString address;
    QString email;
    QList<IntakeDocument> documents;

    bool isEmpty() const;
    QJsonObject toJson() const;
    static IntakeDraft fromJson(const QJsonObject &json);

    // The checklist a procedure asks for, nothing ticked yet.
    static QList<IntakeDocument> checklist(const Procedure &procedure);

    // The ticked documents with their scans, for DossierRepository::receive.
    ReceiveRequest toRequest() const;

    // Written to a temporary file, flushed and renamed (QSaveFile): a power cut leaves the old
    // draft or the new one, never half of one.
    bool save(const QString &path) const;
    static std::optional<IntakeDraft> load(const QString &path);
};

} // namespace motcua::desktop
