#pragma once

namespace wres::ui {

// The ids QUndoStack uses to merge one step into the one before (QUndoCommand::id). Commands that
// never merge return -1. Tiled keeps its merge ids in one enum in the same way.
enum class UndoCommand
{
    EditAction = 1,
    AddUpdate,
    AddPart,
    DeletePart,
    MovePart, // moving the same part again merges: Alt+Down three times is one step
    RenamePart,
    SetMetricCount, // typing the same cell again merges
    SetTarget,
    SetRedaction, // stepping the threshold merges
};

} // namespace wres::ui
