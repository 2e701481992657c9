#include "PdfTrees.h"

#include "PdfFile.h"
#include "PdfSyntax.h"

#include <algorithm>

namespace wres::ui::pdf::PdfTrees {
namespace {

constexpr std::size_t kLeafSize = 256;

struct Node
{
    int object;
    QByteArray first;
    QByteArray last;
};

// Writes leaves of kLeafSize entries, then nodes over them, until one node is left: the root.
// The root carries no /Limits (7.9.6).
template <typename Key>
int writeTree(PdfFile& file, const std::vector<std::pair<Key, QByteArray>>& entries, const char* kind,
              QByteArray (*keyText)(const Key&))
{
    if (entries.size() <= kLeafSize) {
        const int root = file.allocate();
        QByteArray body = "<</" + QByteArray(kind) + " [";
        for (const auto& [key, value] : entries)
            body += keyText(key) + ' ' + value + ' ';
        body += "]>>";
        file.addObject(root, body);
        return root;
    }
    std::vector<Node> level;
    for (std::size_t at = 0; at < entries.size(); at += kLeafSize) {
        const std::size_t end = std::min(entries.size(), at + kLeafSize);
        Node node{file.allocate(), keyText(entries[at].first), keyText(entries[end - 1].first)};
        QByteArray body = "<</Limits [" + node.first + ' ' + node.last + "]/" + kind + " [";
        for (std::size_t i = at; i < end; ++i)
            body += keyText(entries[i].first) + ' ' + entries[i].second + ' ';
        body += "]>>";
        file.addObject(node.object, body);
        level.push_back(node);
    }
    while (level.size() > 1) {
        const bool top = level.size() <= kLeafSize;
        std::vector<Node> up;
        for (std::size_t at = 0; at < level.size(); at += kLeafSize) {
            const std::size_t end = std::min(level.size(), at + kLeafSize);
            Node node{file.allocate(), level[at].first, level[end - 1].last};
            QByteArray body = "<<";
            if (!top)
                body += "/Limits [" + node.first + ' ' + node.last + ']';
            body += "/Kids [";
            for (std::size_t i = at; i < end; ++i)
                body += PdfSyntax::reference(level[i].object) + ' ';
            body += "]>>";
            file.addObject(node.object, body);
            up.push_back(node);
        }
        level = std::move(up);
    }
    return level.front().object;
}

QByteArray numberText(const int& key)
{
    return QByteArray::number(key);
}

QByteArray nameText(const QByteArray& key)
{
    return key;
}

// The bytes a reader compares: the string's content, unescaped for literals, decoded for hex.
QByteArray stringBytes(const QByteArray& written)
{
    if (written.startsWith('<'))
        return QByteArray::fromHex(written.mid(1, written.size() - 2));
    QByteArray bytes;
    for (qsizetype i = 1; i + 1 < written.size(); ++i) {
        if (written[i] == '\\' && i + 2 < written.size()) {
            ++i;
            bytes += written[i] == 'r' ? '\r' : written[i];
        } else {
            bytes += written[i];
        }
    }
    return bytes;
}

} // namespace

int writeNumberTree(PdfFile& file, const std::vector<std::pair<int, QByteArray>>& entries)
{
    return writeTree<int>(file, entries, "Nums", &numberText);
}

int writeNameTree(PdfFile& file, std::vector<std::pair<QByteArray, QByteArray>> entries)
{
    std::sort(entries.begin(), entries.end(),
              [](const auto& a, const auto& b) { return stringBytes(a.first) < stringBytes(b.first); });
    return writeTree<QByteArray>(file, entries, "Names", &nameText);
}

} // namespace wres::ui::pdf::PdfTrees
