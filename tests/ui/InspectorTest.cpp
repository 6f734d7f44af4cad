// The inspector's lane, card and persona forms, driven through their widgets.
#include "ui/mainwindow/Inspector.h"

#include "WindowTest.h"
#include "core/model/ProjectQueries.h"
#include "ui/mainwindow/PersonaPhoto.h"
#include "ui/mainwindow/SelectionModel.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace js {
namespace {

class InspectorTest : public test::WindowTest {
protected:
    const Journey& journey() const { return project().journeys[0]; }

    // A text lane of the first journey, with or without cards.
    Id textLane(bool withCards) const
    {
        for (const Lane& lane : journey().lanes) {
            if (lane.kind == LaneKind::Text && laneHasCards(project(), lane.id) == withCards)
                return lane.id;
        }
        return NoId;
    }

    void select(EntityKind kind, Id id)
    {
        window->selectionModel()->select({kind, id});
        settle();
    }

    template <typename W> W* field(const char* name) const
    {
        return window->inspector()->findChild<W*>(QString::fromLatin1(name));
    }

    void undo()
    {
        action("actionUndo")->trigger();
        settle();
    }

    // A picture file of the given size in one colour.
    QString writePicture(const QString& name, QSize size, QColor colour) const
    {
        QImage image(size, QImage::Format_RGB32);
        image.fill(colour);
        const QString file = dir.path(name);
        EXPECT_TRUE(image.save(file));
        return file;
    }

    const Persona& persona() const { return project().personas[0]; }
};

TEST_F(InspectorTest, EditsALanesNameAndHiddenFlagAndUndoRestoresThem)
{
    const Id id = textLane(true);
    ASSERT_NE(id, NoId);
    const Lane original = *findLane(project(), id);
    select(EntityKind::Lane, id);
    auto* name = field<QLineEdit>("laneName");
    auto* hidden = field<QCheckBox>("laneHidden");
    auto* kind = field<QComboBox>("laneKind");
    ASSERT_TRUE(name && hidden && kind);
    EXPECT_EQ(name->text(), original.name);
    EXPECT_EQ(kind->currentData().value<LaneKind>(), LaneKind::Text);
    EXPECT_EQ(kind->currentText(), QStringLiteral("Cards"));
    EXPECT_EQ(hidden->text(), QStringLiteral("Hidden from the map"));
    EXPECT_FALSE(hidden->isChecked());

    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("What they do"));
    EXPECT_EQ(findLane(project(), id)->name, QStringLiteral("What they do"));
    EXPECT_EQ(document()->undoStack()->count(), 1) << "typing is one undo step";

    hidden->click();
    EXPECT_TRUE(findLane(project(), id)->hidden);
    EXPECT_EQ(document()->undoStack()->count(), 2);

    undo();
    EXPECT_FALSE(findLane(project(), id)->hidden);
    EXPECT_FALSE(hidden->isChecked());
    undo();
    EXPECT_EQ(*findLane(project(), id), original);
    EXPECT_EQ(name->text(), original.name);
}

TEST_F(InspectorTest, ARefusedLaneKindSnapsBackAndSaysWhy)
{
    // The demo journey has its emotion lane already: an empty text lane may
    // not become a second one.
    const Id id = document()->addLane(journey().id, -1, Lane{NoId, QStringLiteral("Spare")});
    ASSERT_NE(id, NoId);
    document()->undoStack()->clear();
    select(EntityKind::Lane, id);
    auto* kind = field<QComboBox>("laneKind");
    auto* note = field<QLabel>("laneKindNote");
    ASSERT_TRUE(kind && note);
    EXPECT_FALSE(note->isVisible());
    const int scores = kind->findData(QVariant::fromValue(LaneKind::Heat));
    ASSERT_EQ(scores, kind->count() - 1);

    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_End); // as the user picks the last kind
    EXPECT_EQ(findLane(project(), id)->kind, LaneKind::Text);
    EXPECT_EQ(document()->undoStack()->count(), 0);
    EXPECT_EQ(kind->currentData().value<LaneKind>(), LaneKind::Text);
    EXPECT_TRUE(note->isVisible());
    EXPECT_TRUE(note->text().contains(QStringLiteral("lane of scores")))
        << note->text().toStdString();
    EXPECT_TRUE(note->text().endsWith(u'.'));

    // A lane holding cards stays a card lane, for its own reason.
    select(EntityKind::Lane, textLane(true));
    kind = field<QComboBox>("laneKind");
    note = field<QLabel>("laneKindNote");
    ASSERT_TRUE(kind && note);
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_End);
    EXPECT_EQ(kind->currentData().value<LaneKind>(), LaneKind::Text);
    EXPECT_TRUE(note->isVisible());
    EXPECT_TRUE(note->text().contains(QStringLiteral("holds cards"))) << note->text().toStdString();
    EXPECT_EQ(document()->undoStack()->count(), 0);
}

TEST_F(InspectorTest, EditsACardsTextAndNamesItsLaneAndStage)
{
    const Stage& stage = journey().stages[0];
    ASSERT_FALSE(stage.cards.empty());
    const LaneCard card = stage.cards[0];
    const QString laneName = findLane(project(), card.laneId)->name;
    select(EntityKind::Card, card.id);
    auto* text = field<QPlainTextEdit>("cardText");
    ASSERT_TRUE(text);
    EXPECT_EQ(text->toPlainText(), card.text);
    bool placed = false;
    for (QLabel* label : window->inspector()->findChildren<QLabel*>())
        placed |= label->text().contains(laneName) && label->text().contains(stage.name);
    EXPECT_TRUE(placed) << "an info row names the lane and the stage";

    text->setFocus();
    text->selectAll();
    QTest::keyClicks(text, QStringLiteral("Compares three shops"));
    EXPECT_EQ(findCard(project(), card.id)->text, QStringLiteral("Compares three shops"));
    EXPECT_EQ(document()->undoStack()->count(), 1) << "typing is one undo step";

    undo();
    EXPECT_EQ(findCard(project(), card.id)->text, card.text);
    EXPECT_EQ(text->toPlainText(), card.text);
}

TEST_F(InspectorTest, ChoosesRemovesAndRestoresAPersonaPhoto)
{
    const Id id = persona().id;
    ASSERT_TRUE(persona().photo.isEmpty());
    select(EntityKind::Persona, id);
    auto* photo = field<PersonaPhoto>("personaPhoto");
    auto* choose = field<QPushButton>("personaPhotoChoose");
    auto* remove = field<QPushButton>("personaPhotoRemove");
    auto* preview = field<QWidget>("personaPhotoPreview");
    ASSERT_TRUE(photo && choose && remove && preview);
    EXPECT_FALSE(photo->showsPhoto());
    EXPECT_FALSE(remove->isEnabled());

    const QColor teal(20, 140, 150);
    dialogs::testing::queueAnswer(writePicture(QStringLiteral("portrait.png"), {1200, 800}, teal));
    choose->click();
    settle();
    const QByteArray stored = persona().photo;
    const QImage image = QImage::fromData(stored);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.width(), 256);
    EXPECT_NEAR(image.height(), 171, 1);
    EXPECT_EQ(document()->undoStack()->count(), 1);
    EXPECT_TRUE(photo->showsPhoto());
    EXPECT_TRUE(remove->isEnabled());
    const QImage shown = preview->grab().toImage();
    const QColor centre = shown.pixelColor(shown.width() / 2, shown.height() / 2);
    EXPECT_NEAR(centre.red(), teal.red(), 3);
    EXPECT_NEAR(centre.green(), teal.green(), 3);
    EXPECT_NEAR(centre.blue(), teal.blue(), 3);
    EXPECT_NE(shown.pixelColor(1, 1), centre) << "the photo is round";

    // Not a picture: a message, and nothing changes.
    const QString notes = dir.path(QStringLiteral("notes.png"));
    ASSERT_TRUE(test::writeBytes(notes, "Not a picture at all"));
    dialogs::testing::takeMessages();
    dialogs::testing::queueAnswer(notes);
    choose->click();
    settle();
    const QStringList messages = dialogs::testing::takeMessages();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages[0].contains(QStringLiteral("notes.png"))) << messages[0].toStdString();
    EXPECT_EQ(persona().photo, stored);
    EXPECT_EQ(document()->undoStack()->count(), 1);

    // Cancelling the file dialog changes nothing either.
    dialogs::testing::queueAnswer(QString());
    choose->click();
    EXPECT_EQ(document()->undoStack()->count(), 1);

    remove->click();
    settle();
    EXPECT_TRUE(persona().photo.isEmpty());
    EXPECT_FALSE(photo->showsPhoto());
    EXPECT_FALSE(remove->isEnabled());

    undo();
    EXPECT_EQ(persona().photo, stored);
    EXPECT_TRUE(photo->showsPhoto());
    undo();
    EXPECT_TRUE(persona().photo.isEmpty());
    EXPECT_FALSE(photo->showsPhoto());
}

TEST_F(InspectorTest, SmallPicturesAreNotScaledUpAndPhotographsAreKeptSmall)
{
    QString error;
    const QImage small = QImage::fromData(PersonaPhoto::encodeFile(
        writePicture(QStringLiteral("small.png"), {120, 90}, Qt::red), &error));
    EXPECT_EQ(small.size(), QSize(120, 90));

    // Noise compresses badly as PNG: it is stored as a JPEG instead.
    QImage noise(600, 600, QImage::Format_ARGB32);
    quint32 seed = 1;
    for (int y = 0; y < noise.height(); ++y) {
        for (int x = 0; x < noise.width(); ++x) {
            seed = seed * 1664525u + 1013904223u;
            noise.setPixel(x, y, seed);
        }
    }
    const QString noisy = dir.path(QStringLiteral("noise.png"));
    ASSERT_TRUE(noise.save(noisy));
    const QByteArray bytes = PersonaPhoto::encodeFile(noisy, &error);
    EXPECT_TRUE(bytes.startsWith("\xff\xd8")) << "a JPEG";
    EXPECT_EQ(QImage::fromData(bytes).size(), QSize(256, 256));
}

TEST_F(InspectorTest, APhotoIsStoredUprightAsTheCameraHeldIt)
{
    // A landscape JPEG whose EXIF orientation says "turn 90 degrees clockwise
    // to show", as a phone held upright writes it.
    QImage sideways(400, 200, QImage::Format_RGB32);
    sideways.fill(Qt::blue);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    ASSERT_TRUE(sideways.save(&buffer, "JPEG"));
    const QByteArray exif = QByteArray("Exif\0\0MM\0\x2a\0\0\0\x08", 14) +
                            QByteArray("\0\x01\x01\x12\0\x03\0\0\0\x01\0\x06\0\0", 14) +
                            QByteArray("\0\0\0\0", 4);
    const int length = int(exif.size()) + 2;
    jpeg.insert(2, QByteArray("\xff\xe1") + char(length >> 8) + char(length & 0xff) + exif);
    const QString file = dir.path(QStringLiteral("upright.jpg"));
    ASSERT_TRUE(test::writeBytes(file, jpeg));
    QImageReader check(file);
    ASSERT_EQ(check.transformation(), QImageIOHandler::TransformationRotate90);

    QString error;
    EXPECT_EQ(QImage::fromData(PersonaPhoto::encodeFile(file, &error)).size(), QSize(128, 256));
}

} // namespace
} // namespace js
