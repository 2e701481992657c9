#include "HtmlStyle.h"

#include "report/model/ReportPalette.h"

namespace wres::ui::report::HtmlStyle {
namespace {

struct Named
{
    Tone tone;
    const char* name;
};

const Named kTones[] = {
    {Tone::NotStarted, "not-started"},
    {Tone::InProgress, "in-progress"},
    {Tone::Delayed, "delayed"},
    {Tone::Complete, "complete"},
    {Tone::NoStatus, "no-status"},
    {Tone::RagRed, "rag-red"},
    {Tone::RagAmber, "rag-amber"},
    {Tone::RagGreen, "rag-green"},
    {Tone::RagBlue, "rag-blue"},
    {Tone::Objective, "objective"},
    {Tone::Total, "total"},
};

} // namespace

QString toneClass(int tone)
{
    for (const Named& n : kTones)
        if (int(n.tone) == tone)
            return QStringLiteral("tone-") + QLatin1String(n.name);
    return {};
}

QString sheet()
{
    QString css = QStringLiteral(R"(
:root{color-scheme:light}
*{box-sizing:border-box}
body{margin:0;background:#ffffff;color:#212b32;font-family:"DejaVu Sans",Verdana,Arial,sans-serif;font-size:100%;line-height:1.5}
main{max-width:62rem;margin:0 auto;padding:1rem}
h1,h2,h3{color:%1;line-height:1.25;margin:1.5rem 0 .5rem}
h1.title{font-size:2rem;margin-top:.5rem}
h1{font-size:1.6rem}h2{font-size:1.3rem}h3{font-size:1.1rem}
p{margin:.5rem 0}
p.lead{font-size:1.15rem}
p.small{font-size:.9rem}
p.note{background:%2;border:1px solid %3;padding:.5rem .75rem}
a{color:%1}
a:focus,.scroll:focus{outline:3px solid #212b32;outline-offset:2px}
nav ol{list-style:none;padding-left:0}nav ol ol{padding-left:1.5rem}
table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.5rem 0 1rem}
caption{text-align:left;font-weight:bold;color:%1;padding:.25rem 0;font-size:1rem}
th,td{border:1px solid %3;padding:.3rem .45rem;vertical-align:top;text-align:left;overflow-wrap:break-word}
thead th{background:%4;color:#ffffff}
th[scope=row]{font-weight:normal}
.end{text-align:right}
.centre{text-align:center}
figure{margin:1rem 0}
svg.chart{display:block;width:100%;height:auto}
svg.chart.narrow{display:none}
.scroll{overflow-x:auto;max-width:100%}
.key .swatch{display:inline-block;padding:0 .4rem;margin:.1rem .3rem .1rem 0;border:1px solid %3;font-weight:bold}
.visually-hidden{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
)")
                      .arg(ReportPalette::heading().name(), ReportPalette::noteFill().name(),
                           ReportPalette::rule().name(), ReportPalette::headerFill().name());
    for (const Named& n : kTones) {
        const QColor fill = ReportPalette::fill(n.tone);
        if (fill.alpha() == 0)
            continue;
        css += QStringLiteral(".tone-%1{background:%2;color:%3}\n")
                   .arg(QLatin1String(n.name), fill.name(), ReportPalette::ink(n.tone).name());
    }
    // Narrow screens (WCAG 1.4.10, 320 CSS px): a table of prose becomes one labelled block per
    // row (roles keep it a table for assistive technology); a table of figures keeps its grid and
    // scrolls inside its own region, which 1.4.10 allows for content that needs two dimensions.
    css += QStringLiteral(R"(
@media (max-width:40em){
main{padding:.5rem}
svg.chart.wide{display:none}
svg.chart.narrow{display:block}
table.stack,table.stack caption:not(.visually-hidden),table.stack tbody,table.stack tr,table.stack td,table.stack th{display:block;width:auto}
table.stack thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}
table.stack tr{border:1px solid %1;margin:0 0 .5rem}
table.stack td,table.stack th[scope=row]{border:0;border-bottom:1px solid %2}
table.stack td[data-label]::before{content:attr(data-label) ": ";font-weight:bold}
}
@media print{main{max-width:none;padding:0}h1,h2,h3{break-after:avoid}tr,figure{break-inside:avoid}}
)")
               .arg(ReportPalette::rule().name(), QColor(0xd8, 0xdd, 0xe0).name());
    return css;
}

} // namespace wres::ui::report::HtmlStyle
