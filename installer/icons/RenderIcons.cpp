// Renders an SVG icon into the PNG sizes of the hicolor icon theme:
//   render_icons SVG OUTDIR CONTEXT NAME SIZE...
// writes OUTDIR/<SIZE>x<SIZE>/CONTEXT/NAME.png for each size, antialiased,
// on a transparent background. Run at build time: no display, no platform
// plugin (the icons have no text, which would need a QGuiApplication's fonts).
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 6) {
        err << "usage: render_icons SVG OUTDIR CONTEXT NAME SIZE...\n";
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        err << "render_icons: cannot read " << args.at(1) << '\n';
        return 1;
    }
    for (qsizetype i = 5; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size <= 0) {
            err << "render_icons: not a size: " << args.at(i) << '\n';
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            renderer.render(&painter, QRectF(0, 0, size, size));
        }
        const QString dir = QStringLiteral("%1/%2x%2/%3").arg(args.at(2)).arg(size).arg(args.at(3));
        const QString path = dir + QLatin1Char('/') + args.at(4) + QStringLiteral(".png");
        if (!QDir().mkpath(dir) ||
            !image.convertToFormat(QImage::Format_ARGB32).save(path, "PNG")) {
            err << "render_icons: cannot write " << path << '\n';
            return 1;
        }
    }
    return 0;
}
