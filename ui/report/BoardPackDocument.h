#pragma once

#include "report/BoardPack.h"

#include <QList>
#include <QSizeF>

#include <memory>
#include <vector>

namespace wres::ui {

class PagedPart;

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

    // One part per piece that starts a page (cover, summary, each indicator, each theme, ...).
    QList<PagedPart*> parts() const;
    const QString& runningTitle() const { return m_title; }

private:
    BoardPackDocument() = default;

    std::vector<std::unique_ptr<PagedPart>> m_parts;
    QString m_title;
};

} // namespace wres::ui
