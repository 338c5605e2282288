#pragma once
#include <string>
#include <vector>

#include <wx/dialog.h>
#include <wx/uiaction.h>

// Driving the counter's modal dialogs from the keyboard, for the GUI tests that press counter keys.
namespace pos::test {

// An entry that presses Esc in its dialog instead of typing.
inline const std::string kEsc = "<Esc>";

// The dialog now open over the counter, if any.
wxDialog* openDialog();

// Saves the dialog's client area as a PNG under the GUI screenshot folder.
void saveDialog(wxDialog& dialog, const std::string& file);

// Presses `key`, then answers the dialogs it opens one after the other: each entry is typed into
// the next dialog, '\n' within it and at its end pressing Enter (kEsc presses Esc instead). A
// dialog runs its own event loop inside the key's handler, so the typing is set up first, on a
// timer that fires in that loop. With `pictures`, each dialog is saved before it is answered.
// Fails the test (and closes a dialog nothing could answer) when the dialogs do not all come and go.
void keyIntoDialogs(wxUIActionSimulator& sim, int key, int modifiers, const std::vector<std::string>& entries,
                    const std::vector<std::string>& pictures = {});

}  // namespace pos::test
