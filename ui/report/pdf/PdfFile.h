#pragma once

#include <QByteArray>
#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

class QIODevice;

namespace wres::ui::pdf {

// The file layer of a PDF 1.7 document: numbers objects, writes them to the output as they are
// finished, and ends the file with a cross-reference stream. Small objects (structure elements,
// annotations, dictionaries) are packed 100 to an object stream; streams (page content, fonts,
// images) are written as they come. Compressing and writing happen on a thread of their own, in
// order, while the next page is painted; nothing is kept after it is written but its place in the
// file, so a document of thousands of pages stays small in memory.
class PdfFile
{
public:
    // The output must be open for writing and positioned at its start; the caller keeps it, and
    // must not use it until finish() has returned or this object is gone.
    explicit PdfFile(QIODevice* output);
    ~PdfFile();
    PdfFile(const PdfFile&) = delete;
    PdfFile& operator=(const PdfFile&) = delete;

    // Reserves the number of an object to be written later (references may precede the object).
    int allocate();
    // Writes a small object (a dictionary, array or number, without "obj"/"endobj").
    void addObject(int number, const QByteArray& body);
    // The same, written in place: append the body to the array returned, then call endObject().
    QByteArray& beginObject(int number);
    void endObject();
    enum class Compression
    {
        None,
        Fast, // page content and object streams: written many times, so speed matters most
        Best, // fonts and images: written once
    };
    // Writes a stream object; `entries` is the inside of its dictionary without /Length and /Filter.
    void addStream(int number, const QByteArray& entries, const QByteArray& data, Compression compression);
    // Writes what is pending and the cross-reference stream naming the catalog and information
    // dictionary; false when the output failed at any point.
    bool finish(int catalog, int info, const QByteArray& fileId);

    QString errorString() const { return m_error; }

    static QByteArray deflate(const QByteArray& data, int level);

private:
    struct Entry
    {
        quint32 where = 0; // offset, or the object stream's number
        quint16 index = 0; // index within the object stream
        quint8 type = 0;   // 0 free, 1 in the file, 2 in an object stream
    };
    struct Job
    {
        int number; // 0: raw bytes
        QByteArray entries;
        QByteArray data;
        Compression compression;
    };
    void flushObjectStream();
    void queue(Job job);
    void work();
    void writeJob(const Job& job);
    void write(const QByteArray& bytes);
    void stopWorker();

    QIODevice* m_output;
    std::vector<Entry> m_entries;
    QByteArray m_packedOffsets;
    QByteArray m_packedBodies;
    std::vector<int> m_packedNumbers;
    QString m_error;

    // Shared with the writing thread.
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Job> m_jobs;
    bool m_stopping = false;
    // Owned by the writing thread until it has stopped.
    quint64 m_offset = 0;
    std::vector<std::pair<int, quint64>> m_offsets;
    QString m_writeError;
    std::thread m_worker;
};

} // namespace wres::ui::pdf
