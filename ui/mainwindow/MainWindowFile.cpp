// MainWindow: the File menu. Projects write themselves; these commands open,
// name, copy and convert them.
#include "core/document/ProjectDocument.h"
#include "core/io/JsonFormat.h"
#include "core/io/MermaidJourney.h"
#include "core/model/ProjectQueries.h"
#include "core/storage/ProjectFile.h"
#include "core/storage/ProjectSession.h"
#include "ui/assess/AssessmentContext.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/mainwindow/Inspector.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/SelectionModel.h"
#include "ui/mainwindow/Workspace.h"
#include "ui/report/ExportDialog.h"
#include "ui/surveys/SurveyImportDialog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>

namespace js {

namespace {

QString projectFilter()
{
    return MainWindow::tr("Journeyscope projects (*.journey)");
}

QString jsonFilter()
{
    return MainWindow::tr("Journeyscope JSON (*.json)");
}

QString mermaidFilter()
{
    return MainWindow::tr("Mermaid diagrams (*.mmd *.mermaid);;All files (*)");
}

QString surveyFilter()
{
    return MainWindow::tr("Survey exports (*.csv *.tsv *.txt);;All files (*)");
}

QString withSuffix(QString path, const QString& suffix)
{
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    return path;
}

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

void MainWindow::createFileMenu()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* create =
        file->addAction(tr("&New project"), this, [this] { workspace::openNewProject(this); });
    create->setShortcut(QKeySequence::New);
    create->setObjectName(QStringLiteral("actionNew"));
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::open);
    open->setShortcut(QKeySequence::Open);
    open->setObjectName(QStringLiteral("actionOpen"));
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
    QAction* demo = file->addAction(tr("Open &demo project"), this,
                                    [this] { workspace::openDemoProject(this); });
    demo->setObjectName(QStringLiteral("actionOpenDemo"));
    file->addSeparator();
    QAction* save = file->addAction(tr("&Save"), this, &MainWindow::save);
    save->setShortcut(QKeySequence::Save);
    save->setObjectName(QStringLiteral("actionSave"));
    save->setToolTip(tr("Changes are written on their own; this writes them now"));
    QAction* saveAs = file->addAction(tr("Save &as…"), this, &MainWindow::saveAs);
    saveAs->setShortcut(QKeySequence::SaveAs);
    saveAs->setObjectName(QStringLiteral("actionSaveAs"));
    file->addSeparator();
    QAction* import = file->addAction(tr("&Import JSON…"), this, &MainWindow::importJson);
    import->setObjectName(QStringLiteral("actionImportJson"));
    m_importMermaid =
        file->addAction(tr("Import journey from &Mermaid…"), this, &MainWindow::importMermaid);
    m_importMermaid->setObjectName(QStringLiteral("actionImportMermaid"));
    m_importMermaid->setToolTip(
        tr("Adds a journey from the text of a Mermaid user-journey diagram"));
    m_importSurvey =
        file->addAction(tr("Import s&urvey responses…"), this, &MainWindow::importSurvey);
    m_importSurvey->setObjectName(QStringLiteral("actionImportSurvey"));
    m_importSurvey->setToolTip(tr("NPS, CSAT and CES per touchpoint of the journey on show, from "
                                  "a survey export (CSV)"));
    m_export = file->addAction(tr("E&xport…"), this, &MainWindow::showExportDialog);
    m_export->setObjectName(QStringLiteral("actionExport"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setToolTip(tr("The map as a poster, image or drawing, the report, a chart, a "
                            "table, a workbook or a diagram"));
    QAction* exportJson = file->addAction(tr("&Export JSON…"), this, &MainWindow::exportJson);
    exportJson->setObjectName(QStringLiteral("actionExportJson"));
    file->addSeparator();
    QAction* close = file->addAction(tr("&Close window"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    quit->setObjectName(QStringLiteral("actionQuit"));
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = workspace::recentFiles();
    for (const QString& path : files) {
        QAction* action =
            m_recentMenu->addAction(QFileInfo(path).completeBaseName(), this,
                                    [this, path] { workspace::openFile(path, this); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
}

void MainWindow::open()
{
    const QString path = dialogs::openFile(this, tr("Open project"), projectFilter());
    if (!path.isEmpty())
        workspace::openFile(path, this);
}

void MainWindow::save()
{
    if (m_session->isReadOnly() || workspace::isUntitled(m_session->path())) {
        saveAs();
        return;
    }
    if (m_session->flushNow())
        statusBar()->showMessage(
            tr("All changes are written to %1").arg(QFileInfo(m_session->path()).fileName()), 4000);
}

bool MainWindow::saveAs()
{
    const QString suggestion =
        QDir(documentsFolder()).filePath(QFileInfo(m_session->path()).fileName());
    const QString path =
        withSuffix(dialogs::saveFile(this, tr("Save project as"), projectFilter(), suggestion),
                   QStringLiteral("journey"));
    if (path.isEmpty())
        return false;
    const QString previous = m_session->path();
    const bool wasUntitled = workspace::isUntitled(previous);
    QString error;
    if (!m_session->saveAs(path, &error)) {
        dialogs::warn(this, tr("Cannot save project"), error);
        return false;
    }
    // A never-named project lived in the data folder only until now.
    if (wasUntitled)
        QFile::remove(previous);
    if (!m_session->isReadOnly()) {
        m_inspector->setEnabled(true);
        m_inspector->setToolTip(QString());
        showNotice(QString());
    }
    updateActions();
    workspace::addRecentFile(path);
    updateTitle();
    statusBar()->showMessage(tr("Saved as %1").arg(QFileInfo(path).fileName()), 4000);
    return true;
}

void MainWindow::importJson()
{
    const QString source = dialogs::openFile(this, tr("Import JSON"), jsonFilter());
    if (source.isEmpty())
        return;
    QFile input(source);
    if (!input.open(QIODevice::ReadOnly)) {
        dialogs::warn(
            this, tr("Cannot import"),
            openMessage(QFileInfo::exists(source) ? OpenProblem::Unreadable : OpenProblem::NotFound,
                        source));
        return;
    }
    QString error;
    const std::optional<Project> project = projectFromJson(input.readAll(), &error);
    if (!project) {
        dialogs::warn(this, tr("Cannot import"),
                      tr("“%1” cannot be imported: %2.").arg(QFileInfo(source).fileName(), error));
        return;
    }
    const QString target =
        withSuffix(dialogs::saveFile(this, tr("Save imported project as"), projectFilter(),
                                     QDir(documentsFolder())
                                         .filePath(QFileInfo(source).completeBaseName() +
                                                   QStringLiteral(".journey"))),
                   QStringLiteral("journey"));
    if (target.isEmpty())
        return;
    if (QFileInfo(target).canonicalFilePath() == QFileInfo(source).canonicalFilePath()) {
        dialogs::warn(this, tr("Cannot import"),
                      tr("The new project would replace the JSON file it is made from: choose "
                         "another name for it."));
        return;
    }
    if (!ProjectFile::create(target, *project, &error)) {
        dialogs::warn(this, tr("Cannot import"),
                      openMessage(OpenProblem::CannotWrite, target, error));
        return;
    }
    workspace::openFile(target, this);
}

void MainWindow::importMermaid()
{
    if (m_session->isReadOnly() || m_presenting)
        return;
    const QString source =
        dialogs::openFile(this, tr("Import journey from Mermaid"), mermaidFilter());
    if (source.isEmpty())
        return;
    QFile input(source);
    if (QFileInfo(source).isDir() || !input.open(QIODevice::ReadOnly)) {
        dialogs::warn(
            this, tr("Cannot import"),
            openMessage(QFileInfo::exists(source) ? OpenProblem::Unreadable : OpenProblem::NotFound,
                        source));
        return;
    }
    const mermaid::MermaidImport parsed = mermaid::parseJourney(QString::fromUtf8(input.readAll()));
    if (!parsed.ok) {
        dialogs::warn(
            this, tr("Cannot import"),
            tr("“%1” cannot be imported: %2.").arg(QFileInfo(source).fileName(), parsed.message));
        return;
    }
    // One undo step adds the journey (and its persona, if new); the map shows it.
    const Id journey =
        mermaid::addImportedJourney(*document(), parsed, QFileInfo(source).completeBaseName());
    if (journey == NoId)
        return;
    m_selection->select({EntityKind::Journey, journey});
    showMap();
    statusBar()->showMessage(tr("Imported the journey from %1").arg(QFileInfo(source).fileName()),
                             4000);
}

void MainWindow::importSurvey()
{
    if (!m_importSurvey->isEnabled())
        return;
    const QString source = dialogs::openFile(this, tr("Import survey responses"), surveyFilter());
    if (!source.isEmpty())
        openSurveyImport(source);
}

SurveyImportDialog* MainWindow::openSurveyImport(const QString& path)
{
    const Id journey = currentJourney();
    if (m_session->isReadOnly() || m_presenting || !findJourney(document()->project(), journey))
        return nullptr;
    auto* dialog = new SurveyImportDialog(document(), journey, this);
    QString error;
    if (!dialog->load(path, &error)) {
        delete dialog;
        dialogs::warn(this, tr("Cannot import"), error);
        return nullptr;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &SurveyImportDialog::imported, this,
            [this](const survey::ImportOutcome& outcome, const QString& source) {
                statusBar()->showMessage(
                    outcome.added == 1
                        ? tr("Imported 1 customer figure from %1").arg(source)
                        : tr("Imported %1 customer figures from %2").arg(outcome.added).arg(source),
                    6000);
            });
    dialog->open();
    return dialog;
}

void MainWindow::showExportDialog()
{
    for (ExportDialog* open : findChildren<ExportDialog*>()) {
        if (open->isVisible()) {
            open->raise();
            return;
        }
    }
    // The journey on show and the round being assessed, when they agree.
    const Id journey = currentJourney();
    const Round* round = findRound(document()->project(), m_assessment->round());
    auto* dialog = new ExportDialog(document(), m_session->path(), journey,
                                    round && round->journeyId == journey ? round->id : NoId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &ExportDialog::exported, this, [this](const QString& path) {
        statusBar()->showMessage(tr("Exported to %1").arg(QFileInfo(path).fileName()), 6000);
    });
    dialog->open();
}

void MainWindow::exportJson()
{
    const QString target =
        withSuffix(dialogs::saveFile(this, tr("Export JSON"), jsonFilter(),
                                     QDir(documentsFolder())
                                         .filePath(QFileInfo(m_session->path()).completeBaseName() +
                                                   QStringLiteral(".json"))),
                   QStringLiteral("json"));
    if (target.isEmpty())
        return;
    if (QFileInfo(target).absoluteFilePath() == m_session->path()) {
        dialogs::warn(this, tr("Cannot export"),
                      tr("The JSON file would replace the project itself: choose another name "
                         "for it."));
        return;
    }
    QSaveFile output(target);
    if (!output.open(QIODevice::WriteOnly) ||
        output.write(projectToJson(document()->project())) < 0 || !output.commit()) {
        dialogs::warn(this, tr("Cannot export"),
                      openMessage(OpenProblem::CannotWrite, target, output.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Exported to %1").arg(QFileInfo(target).fileName()), 4000);
}

} // namespace js
