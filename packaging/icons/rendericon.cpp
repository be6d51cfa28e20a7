// Renders the application icon's SVG into the PNG sizes desktops look for (hicolor theme layout)
// and a multi-size .ico for Windows, at build time, so the SVG is the only source.
//   fb_render_icon SVG OUTDIR NAME SIZE...
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QImage render(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, size, size));
    return image;
}

} // namespace

int main(int argc, char *argv[])
{
    // No display at build time.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: fb_render_icon SVG OUTDIR NAME SIZE...\n");
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "fb_render_icon: cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    const QString outDir = args.at(2);
    const QString name = args.at(3);
    for (const QString &arg : args.mid(4)) {
        bool ok = false;
        const int size = arg.toInt(&ok);
        if (!ok || size <= 0) {
            std::fprintf(stderr, "fb_render_icon: not a size: %s\n", qPrintable(arg));
            return 2;
        }
        const QString dir = u"%1/%2x%2/apps"_s.arg(outDir).arg(size);
        if (!QDir().mkpath(dir) || !render(svg, size).save(dir + u'/' + name + u".png"_s)) {
            std::fprintf(stderr, "fb_render_icon: cannot write into %s\n", qPrintable(dir));
            return 1;
        }
    }
    // Qt's ico writer stores one image per file; Windows scales a 256-pixel one down well.
    QImageWriter ico(outDir + u'/' + name + u".ico"_s, "ico");
    if (!ico.write(render(svg, 256))) {
        std::fprintf(stderr, "fb_render_icon: cannot write the .ico: %s\n", qPrintable(ico.errorString()));
        return 1;
    }
    return 0;
}
