#pragma once

#include "domain/PlanData.h"

#include <QString>

namespace wres::core {

class Database;

// Changes to the plan's shape: themes, objectives and actions added, renamed, removed and
// reordered. Positions are 0-based places among siblings. After any change of order within a
// theme its objectives are numbered 1, 2, ... and its actions 1.1, 1.2, ... ("numbers follow the
// order"). Removing returns the removed part with its history, so it can be put back as it was.
// Every change is one transaction with an audit line.
class StructureStore
{
public:
    enum class Kind
    {
        Theme,
        Objective,
        Action,
    };
    struct Contents
    {
        int objectives = 0;
        int actions = 0;
        int updates = 0;
    };

    StructureStore(const Database& database, QString author, QString source = QStringLiteral("window"))
        : m_database(database), m_author(std::move(author)), m_source(std::move(source))
    {}

    qint64 addTheme(qint64 planId, int position, const QString& name);
    qint64 addObjective(qint64 themeId, int position, const QString& text);
    // A new action starts "Not started".
    qint64 addAction(qint64 objectiveId, int position, const QString& text);
    // The theme's name, or the objective's text.
    void rename(Kind kind, qint64 id, const QString& text);
    // What removing it would take with it.
    Contents contents(Kind kind, qint64 id) const;
    // Removes it and all below it; returns what was removed (with history) and its place.
    ThemeData takeTheme(qint64 themeId, qint64* planId, int* position);
    ObjectiveData takeObjective(qint64 objectiveId, qint64* themeId, int* position);
    ActionData takeAction(qint64 actionId, qint64* objectiveId, int* position);
    // Puts a removed part back at its place; returns its new id.
    qint64 restoreTheme(qint64 planId, int position, const ThemeData& theme);
    qint64 restoreObjective(qint64 themeId, int position, const ObjectiveData& objective);
    qint64 restoreAction(qint64 objectiveId, int position, const ActionData& action);
    // Moves it up (-1) or down (+1) among its siblings; false when it is already first or last.
    bool move(Kind kind, qint64 id, int delta);
    // Moves an action to another objective, at a place (0-based; past the end appends); returns where
    // it was, so the move can be undone. Both themes are renumbered.
    std::pair<qint64, int> moveActionTo(qint64 actionId, qint64 objectiveId, int position);
    // Whether move() would move it. Throws InvalidRequest when there is no such part.
    bool canMove(Kind kind, qint64 id, int delta) const;

private:
    struct Place
    {
        qint64 parent = 0;
        int position = 0; // 0-based
    };
    Place placeOf(Kind kind, qint64 id) const;
    void openGap(Kind kind, qint64 parent, int position);
    void closeGap(Kind kind, qint64 parent, int position);
    void renumber(qint64 themeId);
    qint64 themeOf(Kind kind, qint64 id) const;
    void audit(const QString& entity, qint64 id, const QString& field, const QString& from, const QString& to);

    const Database& m_database;
    QString m_author;
    QString m_source;
};

} // namespace wres::core
