#include "ui/selfassessment/StartPage.h"

#include "ui/selfassessment/SelfAssessmentStyle.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace js::selfassessment {

StartPage::StartPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("startPage"));
    auto* title = makeLabel(tr("You stopped half-way last time"), 1.4, true);
    auto* intro = makeLabel(tr("Your answers so far are saved. Carry on where you stopped, or "
                               "start a new self-assessment from the beginning."));
    m_continue = new QPushButton;
    m_continue->setObjectName(QStringLiteral("continueButton"));
    m_continue->setMinimumHeight(56);
    setFontFactor(m_continue, 1.15, true);
    m_continue->setDefault(true);
    m_progress = makeLabel({}, 1.0, false, QStringLiteral("continueProgress"));
    setMuted(m_progress);
    auto* startNew = new QPushButton(tr("Start a new one"));
    startNew->setObjectName(QStringLiteral("startNewButton"));
    startNew->setMinimumHeight(44);
    setFontFactor(startNew, 1.05);
    connect(m_continue, &QPushButton::clicked, this, &StartPage::continueChosen);
    connect(startNew, &QPushButton::clicked, this, &StartPage::startNewChosen);

    auto* column = new QWidget;
    auto* layout = new QVBoxLayout(column);
    layout->setSpacing(12);
    layout->addStretch(1);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(12);
    layout->addWidget(m_continue);
    layout->addWidget(m_progress);
    layout->addSpacing(12);
    layout->addWidget(startNew);
    layout->addStretch(2);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(centred(column, 620));
}

void StartPage::describe(const QString& date, const QString& journey, int answered, int total)
{
    m_continue->setText(tr("Continue the self-assessment of %1").arg(date));
    m_progress->setText(tr("%1 of %2 answered on “%3”").arg(answered).arg(total).arg(journey));
}

} // namespace js::selfassessment
