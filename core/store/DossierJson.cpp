#include "DossierJson.h"

#include "IsoTime.h"

#include <QJsonDocument>

namespace motcua::DossierJson {

namespace {

// Appends compact JSON to a byte array. Keys are ASCII literals chosen here; values are escaped.
class Writer final
{
public:
    explicit Writer(QByteArray &out)
        : m_out(out)
    {
    }

    void begin()
    {
        m_out.append('{');
        m_first = true;
    }
    void end()
    {
        m_out.append('}');
        m_first = false;
    }

    void key(const char *name)
    {
        if (!m_first)
            m_out.append(',');
        m_first = false;
        m_out.append('"').append(name).append("\":");
    }

    void string(const char *name, const QString &value)
    {
        key(name);
        appendString(value.toUtf8());
    }
    void number(const char *name, qint64 value)
    {
        key(name);
        m_out.append(QByteArray::number(value));
    }
    void null(const char *name)
    {
        key(name);
        m_out.append("null");
    }
    void time(const char *name, const QDateTime &at)
    {
        key(name);
        if (at.isValid())
            m_out.append('"').append(IsoTime::utf8(at)).append('"');
        else
            m_out.append("null");
    }
    void optionalString(const char *name, const QString &value)
    {
        if (value.isEmpty())
            null(name);
        else
            string(name, value);
    }

    // Starts an array value; elements are objects written with beginElement().
    void beginArray(const char *name)
    {
        key(name);
        m_out.append('[');
        m_firstElement = true;
    }
    void beginElement()
    {
        if (!m_firstElement)
            m_out.append(',');
        m_firstElement = false;
        begin();
    }
    void endArray()
    {
        m_out.append(']');
        m_first = false;
    }

private:
    void appendString(const QByteArray &utf8)
    {
        static const char hex[] = "0123456789abcdef";
        m_out.append('"');
        // Runs of bytes that need no escape (almost every text) are appended at once.
        qsizetype runStart = 0;
        for (qsizetype i = 0; i < utf8.size(); ++i) {
            const char c = utf8.at(i);
            const auto byte = static_cast<unsigned char>(c);
            if (c != '"' && c != '\\' && byte >= 0x20)
                continue;
            m_out.append(utf8.constData() + runStart, i - runStart);
            runStart = i + 1;
            if (byte < 0x20)
                m_out.append("\\u00").append(hex[byte >> 4]).append(hex[byte & 15]);
            else
                m_out.append('\\').append(c);
        }
        m_out.append(utf8.constData() + runStart, utf8.size() - runStart);
        m_out.append('"');
    }

    QByteArray &m_out;
    bool m_first = true;
    bool m_firstElement = true;
};

void writePauses(Writer &writer, const QList<DossierPause> &pauses)
{
    writer.beginArray("pauses");
    for (qsizetype i = 0; i < pauses.size(); ++i) {
        const DossierPause &pause = pauses.at(i);
        writer.beginElement();
        writer.number("position", i);
        writer.time("started_at", pause.startedAt);
        writer.time("ended_at", pause.endedAt);
        writer.number("working_days", pause.workingDays);
        writer.end();
    }
    writer.endArray();
}

void writeEvent(Writer &writer, const DossierEvent &event)
{
    writer.begin();
    writer.string("id", event.id.toString(QUuid::WithoutBraces));
    writer.time("at", event.at);
    writer.string("actor", event.actor);
    writer.string("device", event.device);
    writer.string("action", event.action);
    if (event.fromStatus)
        writer.string("from_status", statusKey(*event.fromStatus));
    else
        writer.null("from_status");
    writer.string("to_status", statusKey(event.toStatus));
    writer.string("note", event.note);
    writer.end();
}

} // namespace

QByteArray dossierText(const Dossier &dossier, const DossierEvent *event)
{
    QByteArray out;
    out.reserve(1024);
    Writer writer(out);
    writer.begin();
    writer.string("id", dossier.id.toString(QUuid::WithoutBraces));
    writer.string("code", dossier.code);
    writer.string("procedure_code", dossier.procedureCode);
    writer.string("applicant_name", dossier.applicantName);
    writer.string("citizen_id", dossier.citizenId);
    writer.string("phone", dossier.phone);
    writer.string("address", dossier.address);
    writer.string("email", dossier.email);
    writer.string("status", statusKey(dossier.status));
    writer.time("received_at", dossier.receivedAt);
    writer.string("due_date", dossier.dueDate.toString(Qt::ISODate));
    writer.time("done_at", dossier.doneAt);
    writer.time("returned_at", dossier.returnedAt);
    writer.number("version", dossier.version);
    writer.string("commune_code", dossier.communeCode);
    writer.string("origin_device", dossier.originDevice);
    writer.beginArray("documents");
    for (qsizetype i = 0; i < dossier.documents.size(); ++i) {
        const ReceivedDocument &document = dossier.documents.at(i);
        writer.beginElement();
        writer.number("position", i);
        writer.string("title", document.title);
        writer.string("kind", documentKindKey(document.kind));
        writer.number("count", document.count);
        // A scan still pending here is still the document's scan: the record keeps naming it.
        writer.optionalString("attachment_sha256",
            document.attachmentSha256.isEmpty() ? document.pendingScanSha256 : document.attachmentSha256);
        writer.end();
    }
    writer.endArray();
    writePauses(writer, dossier.pauses);
    if (event) {
        writer.key("event");
        Writer inner(out);
        writeEvent(inner, *event);
    }
    writer.end();
    return out;
}

QJsonObject dossier(const Dossier &dossier)
{
    return QJsonDocument::fromJson(dossierText(dossier)).object();
}

QJsonArray pauses(const QList<DossierPause> &pauses)
{
    QByteArray out;
    Writer writer(out);
    writer.begin();
    writePauses(writer, pauses);
    writer.end();
    return QJsonDocument::fromJson(out).object().value(QStringLiteral("pauses")).toArray();
}

QJsonObject event(const DossierEvent &event)
{
    QByteArray out;
    Writer writer(out);
    writeEvent(writer, event);
    return QJsonDocument::fromJson(out).object();
}

} // namespace motcua::DossierJson
