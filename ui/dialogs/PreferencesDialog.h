#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace js {

// Edit > Preferences: the language of the program. The choice is stored in
// the settings and used from the next start, since every window, menu and
// bundled framework would otherwise be half in one language and half in the
// other.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    // The language code chosen in the list, empty for the system's.
    QString chosenLanguage() const;
    void accept() override;

private:
    void updateNote();

    QComboBox* m_language;
    QLabel* m_note;
    QString m_started;
};

} // namespace js
