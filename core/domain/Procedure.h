#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace motcua {

// How a document is presented at the desk.
enum class DocumentKind { Original, CertifiedCopy, Photocopy };

QString documentKindKey(DocumentKind kind); // "original", "certified_copy", "photocopy"
std::optional<DocumentKind> documentKindFromKey(const QString &key);
QString documentKindLabel(DocumentKind kind); // "Bản chính", … (UI language)

// One document a procedure asks for.
struct RequiredDocument
{
    QString title;
    DocumentKind kind = DocumentKind::Original;
    int count = 1;
    bool required = true;
    QString note;
};

// Statutory processing time: N working days, or the same day (0).
enum class ProcessingUnit { WorkingDays, SameDay };

QString processingUnitKey(ProcessingUnit unit); // "working_days", "same_day"
std::optional<ProcessingUnit> processingUnitFromKey(const QString &key);

// An administrative procedure (thủ tục hành chính) as the province publishes it.
struct Procedure
{
    QString code; // national code "N.NNNNNN", e.g. "1.001193"
    QString name; // NFC
    QString sector; // lĩnh vực, e.g. "Hộ tịch"
    QString level; // "commune", "province", …
    QList<RequiredDocument> documents;
    int processingDays = 0;
    ProcessingUnit processingUnit = ProcessingUnit::WorkingDays;
    QString fee; // free text: fees vary by province and case
    QStringList legalBasis;
    QStringList aliases; // legacy codes that now mean this procedure
    QString resultDelivery; // where and how the result is returned (optional)
    bool active = true;

    // Working days to add for the due date (0 for a same-day procedure).
    int workingDays() const { return processingUnit == ProcessingUnit::SameDay ? 0 : processingDays; }
};

} // namespace motcua
