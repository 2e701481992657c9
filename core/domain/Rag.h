#pragma once

#include <QString>

#include <optional>

namespace wres::core {

// A RAG rating as published: Red, Amber, Green, and Blue for complete. None when not rated.
enum class Rag
{
    None,
    Red,
    Amber,
    Green,
    Blue,
};

// "R", "A", "G", "B" or "" for None.
QString ragLetter(Rag rag);
// The RAG colour as 0xRRGGBB (0 for None).
unsigned ragRgb(Rag rag);
// "Red", "Amber", "Green", "Blue (complete)", "" for None.
QString ragLabel(Rag rag);
// Accepts a letter or the colour word in any case; empty gives None; anything else nullopt.
std::optional<Rag> parseRag(const QString& text);

} // namespace wres::core
