#include "ui/mainwindow/PersonaPhoto.h"

#include "core/document/ProjectDocument.h"
#include "core/model/ProjectQueries.h"
#include "ui/dialogs/Dialogs.h"

#include <QBuffer>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QPainter>
#include <QPushButton>
#include <QTextBoundaryFinder>
#include <QVBoxLayout>

namespace js {

namespace {

// Above this, a PNG photo is stored as a JPEG instead.
constexpr qsizetype MaxPngBytes = 200 * 1024;

QByteArray encode(const QImage& image, const char* format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, format, quality))
        return {};
    return bytes;
}

// The first letter of a name, as the user would write it ("?" for no name).
QString initialOf(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return QStringLiteral("?");
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, trimmed);
    const qsizetype end = finder.toNextBoundary();
    return trimmed.left(end > 0 ? end : 1).toUpper();
}

// A hue of its own for each name, the same on every run.
int hueOf(const QString& name)
{
    uint hash = 17;
    for (QChar c : name.trimmed())
        hash = hash * 31 + c.unicode();
    return int(hash % 360);
}

} // namespace

// The round picture, drawn at the screen's own resolution.
class PersonaPhoto::Preview : public QWidget {
public:
    explicit Preview(QWidget* parent = nullptr)
        : QWidget(parent)
    {
        setObjectName(QStringLiteral("personaPhotoPreview"));
        setFixedSize(Diameter, Diameter);
    }

    void setContent(const QImage& image, const QString& name)
    {
        if (image == m_image && name == m_name)
            return;
        m_image = image;
        m_name = name;
        m_cache = QPixmap();
        update();
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        const qreal ratio = devicePixelRatioF();
        if (m_cache.isNull() || !qFuzzyCompare(m_cache.devicePixelRatio(), ratio))
            m_cache = render(ratio);
        QPainter painter(this);
        painter.drawPixmap(0, 0, m_cache);
    }

private:
    QPixmap render(qreal ratio) const
    {
        const int side = qRound(Diameter * ratio);
        QImage canvas(side, side, QImage::Format_ARGB32_Premultiplied);
        canvas.fill(Qt::transparent);
        QPainter painter(&canvas);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        const QRectF circle(0, 0, side, side);
        if (!m_image.isNull()) {
            // Fill the circle, cropping the longer side around the centre.
            const QImage cover = m_image.scaled(side, side, Qt::KeepAspectRatioByExpanding,
                                                Qt::SmoothTransformation);
            const QImage square =
                cover.copy((cover.width() - side) / 2, (cover.height() - side) / 2, side, side);
            painter.setBrush(QBrush(square));
            painter.drawEllipse(circle);
        } else {
            const int hue = hueOf(m_name);
            painter.setBrush(QColor::fromHsl(hue, 90, 212));
            painter.drawEllipse(circle);
            QFont font = this->font();
            font.setPixelSize(qRound(side * 0.42));
            font.setWeight(QFont::DemiBold);
            painter.setFont(font);
            painter.setPen(QColor::fromHsl(hue, 110, 64));
            painter.drawText(circle, Qt::AlignCenter, initialOf(m_name));
        }
        // A faint ring keeps a pale photo from melting into the panel.
        const qreal ring = ratio;
        QColor edge = palette().color(QPalette::WindowText);
        edge.setAlphaF(0.18f);
        painter.setPen(QPen(edge, ring));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(circle.adjusted(ring / 2, ring / 2, -ring / 2, -ring / 2));
        painter.end();
        QPixmap pixmap = QPixmap::fromImage(canvas);
        pixmap.setDevicePixelRatio(ratio);
        return pixmap;
    }

    QImage m_image;
    QString m_name;
    QPixmap m_cache;
};

PersonaPhoto::PersonaPhoto(ProjectDocument* document, Id personaId, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_id(personaId)
    , m_preview(new Preview)
    , m_remove(new QPushButton(tr("Remove photo")))
{
    setObjectName(QStringLiteral("personaPhoto"));
    m_preview->setAccessibleName(tr("Photo"));
    auto* choose = new QPushButton(tr("Choose photo…"));
    choose->setObjectName(QStringLiteral("personaPhotoChoose"));
    m_remove->setObjectName(QStringLiteral("personaPhotoRemove"));
    connect(choose, &QPushButton::clicked, this, &PersonaPhoto::choose);
    connect(m_remove, &QPushButton::clicked, this, &PersonaPhoto::remove);

    auto* buttons = new QVBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(choose);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_preview);
    layout->addLayout(buttons);
    layout->addStretch(1);
    refresh();
}

void PersonaPhoto::refresh()
{
    const Persona* persona = findPersona(m_document->project(), m_id);
    if (!persona)
        return;
    // The same shared bytes need no comparison (refresh runs after every edit).
    if (persona->photo.constData() != m_bytes.constData() && persona->photo != m_bytes) {
        m_bytes = persona->photo;
        m_image = m_bytes.isEmpty() ? QImage() : QImage::fromData(m_bytes);
    }
    m_preview->setContent(m_image, persona->name);
    m_preview->setToolTip(showsPhoto() ? tr("Photo of %1").arg(persona->name)
                                       : tr("No photo chosen"));
    m_remove->setEnabled(!m_bytes.isEmpty());
}

QByteArray PersonaPhoto::encodeFile(const QString& path, QString* error)
{
    QImageReader reader(path);
    reader.setAutoTransform(true); // upright, as the camera held it
    QImage image = reader.read();
    if (image.isNull()) {
        if (error) {
            *error = tr("%1 is not a picture Journeyscope can read. Choose a PNG, JPEG or "
                        "other image file.")
                         .arg(quoted(QFileInfo(path).fileName()));
        }
        return {};
    }
    if (image.width() > MaxSide || image.height() > MaxSide)
        image = image.scaled(MaxSide, MaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);

    QByteArray bytes = encode(image, "PNG");
    if (bytes.size() > MaxPngBytes) {
        // A photograph compresses far better as a JPEG, which has no
        // transparency: flatten it onto white first.
        QImage flat(image.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter(&flat).drawImage(0, 0, image);
        const QByteArray jpeg = encode(flat, "JPEG", 90);
        if (!jpeg.isEmpty() && jpeg.size() < bytes.size())
            bytes = jpeg;
    }
    if (bytes.isEmpty() && error)
        *error = tr("The photo could not be prepared for the project.");
    return bytes;
}

void PersonaPhoto::choose()
{
    QStringList patterns;
    for (const QByteArray& format : QImageReader::supportedImageFormats())
        patterns << QStringLiteral("*.") + QString::fromLatin1(format);
    const QString filter =
        tr("Images (%1)").arg(patterns.join(u' ')) + QStringLiteral(";;") + tr("All files (*)");
    const QString path = dialogs::openFile(window(), tr("Choose photo"), filter);
    if (path.isEmpty())
        return;
    QString error;
    const QByteArray bytes = encodeFile(path, &error);
    if (bytes.isEmpty()) {
        dialogs::warn(window(), tr("Cannot use this photo"), error);
        return;
    }
    m_document->set(m_id, &Persona::photo, bytes);
}

void PersonaPhoto::remove()
{
    m_document->set(m_id, &Persona::photo, QByteArray());
}

} // namespace js
