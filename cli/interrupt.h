#pragma once
// Ctrl-C: long commands stop at the next safe point (between feeds, between
// transactions) and exit 130, leaving the store consistent.

namespace parley {

void install_interrupt_handler();
bool interrupted();

} // namespace parley
