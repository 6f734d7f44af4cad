#pragma once

#include "core/model/Id.h"

#include <QByteArray>
#include <QImage>
#include <QWidget>

class QPushButton;

namespace js {

class ProjectDocument;

// The photo row of the persona form: the photo in a circle (or the persona's
// initial when there is none) with buttons to choose and remove it. Follows
// the document through refresh(), like the form's other editors.
class PersonaPhoto : public QWidget {
    Q_OBJECT

public:
    // The longest side a stored photo has; larger pictures are scaled down.
    static constexpr int MaxSide = 256;
    // The diameter of the preview, in device-independent pixels.
    static constexpr int Diameter = 96;

    PersonaPhoto(ProjectDocument* document, Id personaId, QWidget* parent = nullptr);

    void refresh();
    // Whether the preview shows a photo (rather than the initial).
    bool showsPhoto() const { return !m_image.isNull(); }

    // A picture file made ready for Persona::photo: upright, no larger than
    // MaxSide on its longer side, encoded as PNG (JPEG when the PNG would be
    // large). Empty when the file is not a readable image; `error` says why.
    static QByteArray encodeFile(const QString& path, QString* error);

private:
    void choose();
    void remove();

    class Preview;

    ProjectDocument* m_document;
    Id m_id;
    Preview* m_preview;
    QPushButton* m_remove;
    QByteArray m_bytes; // what the preview shows
    QImage m_image;     // decoded m_bytes, null without a (readable) photo
};

} // namespace js
