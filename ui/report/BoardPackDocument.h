#pragma once

#include "report/BoardPack.h"

#include <QList>
#include <QSizeF>

#include <memory>
#include <vector>

class QTextDocument;

namespace wres::ui {

class ChartTextObject;

// The board pack as a document, in the order of a board paper: cover, executive summary
// (status by theme, table and stacked bar; delayed and overdue actions), WRES metrics (summary,
// then per indicator the sentence, every period with its counts, the chart), the action plan per
// theme in the published layout with the status key, what changed since the last recorded pack,
// and the indicator definitions. Also a lead's brief.
class BoardPackDocument
{
public:
    // body: the text area of a page in the target device's units (PagePrinter::prepare).
    static std::unique_ptr<BoardPackDocument> build(const core::BoardPack& pack, const QSizeF& body);
    static std::unique_ptr<BoardPackDocument> build(const core::LeadBrief& brief, const QSizeF& body);
    ~BoardPackDocument();

    // One document per part that starts a page (cover, summary, each indicator, each theme, ...).
    QList<QTextDocument*> documents() const;
    const QString& runningTitle() const { return m_title; }

    struct Section
    {
        std::unique_ptr<QTextDocument> document;
        ChartTextObject* charts; // owned by the document
    };

private:
    BoardPackDocument() = default;

    std::vector<Section> m_sections;
    QString m_title;
};

} // namespace wres::ui
