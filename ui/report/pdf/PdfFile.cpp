#include "PdfFile.h"

#include "PdfSyntax.h"

#include <QCoreApplication>
#include <QIODevice>

#include <zlib.h>

namespace wres::ui::pdf {
namespace {

constexpr int kObjectsPerStream = 100;
// Pages queued for the writing thread at most: painting waits rather than holding more.
constexpr std::size_t kQueueLimit = 16;

void appendBigEndian(QByteArray& out, quint64 value, int bytes)
{
    for (int shift = 8 * (bytes - 1); shift >= 0; shift -= 8)
        out += char((value >> shift) & 0xff);
}

} // namespace

PdfFile::PdfFile(QIODevice* output) : m_output(output)
{
    m_entries.resize(1); // object 0 is the head of the free list
    m_worker = std::thread([this] { work(); });
    // The binary comment tells transfer programs that the file is not text.
    queue({0, {}, QByteArrayLiteral("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"), Compression::None});
}

PdfFile::~PdfFile()
{
    stopWorker();
}

void PdfFile::stopWorker()
{
    if (!m_worker.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_worker.join();
}

int PdfFile::allocate()
{
    m_entries.emplace_back();
    return int(m_entries.size() - 1);
}

void PdfFile::queue(Job job)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_jobs.size() < kQueueLimit; });
    m_jobs.push_back(std::move(job));
    lock.unlock();
    m_changed.notify_all();
}

void PdfFile::work()
{
    for (;;) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
        if (m_jobs.empty())
            return; // stopping, with everything written
        Job job = std::move(m_jobs.front());
        m_jobs.pop_front();
        lock.unlock();
        m_changed.notify_all();
        writeJob(job);
    }
}

void PdfFile::write(const QByteArray& bytes)
{
    if (!m_writeError.isEmpty())
        return;
    if (!m_output || m_output->write(bytes) != bytes.size()) {
        m_writeError = m_output ? m_output->errorString() : QString();
        if (m_writeError.isEmpty())
            m_writeError =
                QCoreApplication::translate("wres", "the PDF could not be written whole (is the disk full?)");
        return;
    }
    m_offset += quint64(bytes.size());
}

void PdfFile::writeJob(const Job& job)
{
    if (job.number == 0) {
        write(job.data);
        return;
    }
    m_offsets.emplace_back(job.number, m_offset);
    QByteArray head;
    PdfSyntax::appendInt(head, job.number);
    head += " 0 obj\n<<";
    head += job.entries;
    QByteArray packed;
    if (job.compression != Compression::None) {
        // Level 2 is as fast as 1 on page content and a little smaller.
        packed = deflate(job.data, job.compression == Compression::Fast ? 2 : 6);
        if (packed.isEmpty() && !job.data.isEmpty() && m_writeError.isEmpty())
            m_writeError = QCoreApplication::translate("wres", "the PDF could not be compressed (out of memory?)");
        head += "/Filter/FlateDecode";
    }
    const QByteArray& body = job.compression == Compression::None ? job.data : packed;
    head += "/Length ";
    PdfSyntax::appendInt(head, body.size());
    head += ">>\nstream\n";
    write(head);
    write(body);
    write(QByteArrayLiteral("\nendstream\nendobj\n"));
}

void PdfFile::addObject(int number, const QByteArray& body)
{
    beginObject(number) += body;
    endObject();
}

QByteArray& PdfFile::beginObject(int number)
{
    Entry& slot = m_entries[std::size_t(number)];
    slot.type = 2;
    slot.index = quint16(m_packedNumbers.size());
    m_packedNumbers.push_back(number);
    PdfSyntax::appendInt(m_packedOffsets, number);
    m_packedOffsets += ' ';
    PdfSyntax::appendInt(m_packedOffsets, m_packedBodies.size());
    m_packedOffsets += ' ';
    return m_packedBodies;
}

void PdfFile::endObject()
{
    m_packedBodies += '\n';
    if (m_packedNumbers.size() >= kObjectsPerStream)
        flushObjectStream();
}

void PdfFile::flushObjectStream()
{
    if (m_packedNumbers.empty())
        return;
    const int stream = allocate();
    for (const int number : m_packedNumbers)
        m_entries[std::size_t(number)].where = quint32(stream);
    QByteArray entries = "/Type/ObjStm/N " + QByteArray::number(qsizetype(m_packedNumbers.size())) + "/First " +
                         QByteArray::number(m_packedOffsets.size());
    addStream(stream, entries, m_packedOffsets + m_packedBodies, Compression::Fast);
    m_packedNumbers.clear();
    m_packedOffsets.clear();
    m_packedBodies.clear();
}

QByteArray PdfFile::deflate(const QByteArray& data, int level)
{
    z_stream stream{};
    if (deflateInit(&stream, level) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = ::deflate(&stream, Z_FINISH);
    out.truncate(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return result == Z_STREAM_END ? out : QByteArray();
}

void PdfFile::addStream(int number, const QByteArray& entries, const QByteArray& data, Compression compression)
{
    m_entries[std::size_t(number)].type = 1;
    queue({number, entries, data, compression});
}

bool PdfFile::finish(int catalog, int info, const QByteArray& fileId)
{
    flushObjectStream();
    const int xref = allocate();
    stopWorker(); // everything queued is written
    for (const auto& [number, offset] : m_offsets)
        m_entries[std::size_t(number)].where = quint32(offset);
    if (!m_writeError.isEmpty()) {
        m_error = m_writeError;
        return false;
    }
    if (m_offset > 0xffffffffULL) {
        m_error = QCoreApplication::translate("wres", "the PDF would be larger than 4 GB");
        return false;
    }
    m_entries[std::size_t(xref)] = {quint32(m_offset), 0, 1};
    // Each entry: type (1 byte), offset or object stream (4 bytes), generation or index (2 bytes).
    QByteArray table;
    table.reserve(qsizetype(m_entries.size()) * 7);
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const Entry& e = m_entries[i];
        table += char(e.type);
        appendBigEndian(table, e.where, 4);
        appendBigEndian(table, i == 0 ? 0xffff : e.index, 2);
    }
    const QByteArray id = '<' + fileId.toHex() + '>';
    const QByteArray entries = "/Type/XRef/Size " + QByteArray::number(qsizetype(m_entries.size())) +
                               "/W [1 4 2]/Root " + PdfSyntax::reference(catalog) + "/Info " +
                               PdfSyntax::reference(info) + "/ID [" + id + id + ']';
    const quint64 start = m_offset;
    writeJob({xref, entries, table, Compression::Fast});
    write("startxref\n" + QByteArray::number(start) + "\n%%EOF\n");
    m_error = m_writeError;
    return m_error.isEmpty();
}

} // namespace wres::ui::pdf
