#include "ui/dialogs/PreferencesDialog.h"

#include "core/i18n/Language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace js {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_started(language::chosen())
{
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(QStringLiteral("language"));
    const QString system = QLocale::languageToCode(QLocale::system().language());
    const QStringList available = language::available();
    m_language->addItem(
        tr("System language (%1)")
            .arg(language::displayName(available.contains(system) ? system : QStringLiteral("en"))),
        QString());
    for (const QString& code : available)
        m_language->addItem(language::displayName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_started)));

    m_note->setObjectName(QStringLiteral("languageNote"));
    m_note->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch();
    layout->addWidget(buttons);
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateNote);
    updateNote();
    resize(sizeHint().expandedTo(QSize(420, 0)));
}

QString PreferencesDialog::chosenLanguage() const
{
    return m_language->currentData().toString();
}

void PreferencesDialog::updateNote()
{
    m_note->setText(chosenLanguage() == m_started
                        ? tr("Numbers and dates follow the language and region.")
                        : tr("Journeyscope shows the new language when you start it again."));
}

void PreferencesDialog::accept()
{
    language::setChosen(chosenLanguage());
    QDialog::accept();
}

} // namespace js
