#pragma once

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QScreen>
#include <QStyle>
#include <QWidget>

// Checks shared by the screen-size and language tests: what an officer sees of a window.
namespace WindowCheck {

inline QString nameOf(const QWidget *widget)
{
    return QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char('#') + widget->objectName();
}

// The window, frame included, lies within the available area of its screen.
inline void requireOnScreen(QWidget *window)
{
    CHECK(window->isVisible()); // CHECK, not REQUIRE: these also run inside a modal dialog's event loop
    const QRect available = window->screen()->availableGeometry();
    INFO(nameOf(window).toStdString() << " frame " << window->frameGeometry().x() << ',' << window->frameGeometry().y()
                                      << ' ' << window->frameGeometry().width() << 'x'
                                      << window->frameGeometry().height() << " on " << available.width() << 'x'
                                      << available.height());
    CHECK(available.contains(window->frameGeometry()));
    // Every button the window shows can be reached (Next and Cancel of the wizard among them).
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(window) || button->window() != window)
            continue;
        INFO(nameOf(button).toStdString() << ": " << button->text().toStdString());
        CHECK(available.contains(QRect(button->mapToGlobal(QPoint(0, 0)), button->size())));
    }
}

// A widget shown inside the window is also inside the visible screen.
inline void requireVisibleOnScreen(QWidget *widget)
{
    INFO(nameOf(widget).toStdString());
    CHECK(widget->isVisible());
    const QRect global(widget->mapToGlobal(QPoint(0, 0)), widget->size());
    CHECK(widget->screen()->availableGeometry().contains(global));
    CHECK(widget->width() > 0);
    CHECK(widget->height() > 0);
}

// No visible label, button or header section of the window shows less than its whole text.
inline void requireNoClippedText(QWidget *window)
{
    QApplication::processEvents();
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(window) || label->text().isEmpty() || !label->pixmap().isNull())
            continue;
        INFO(nameOf(label).toStdString() << ": " << label->text().toStdString());
        if (label->wordWrap()) {
            INFO("label " << label->width() << 'x' << label->height() << " needs "
                          << label->heightForWidth(label->width()) << "; window " << window->width() << 'x'
                          << window->height() << " minimum " << window->minimumSizeHint().width() << 'x'
                          << window->minimumSizeHint().height());
            CHECK(label->height() >= label->heightForWidth(label->width()));
        } else {
            CHECK(label->width() >= label->minimumSizeHint().width());
            CHECK(label->height() >= label->minimumSizeHint().height());
        }
    }
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(window) || button->text().isEmpty())
            continue;
        INFO(nameOf(button).toStdString() << ": " << button->text().toStdString());
        CHECK(button->width() >= button->minimumSizeHint().width());
    }
    for (QHeaderView *header : window->findChildren<QHeaderView *>()) {
        if (!header->isVisibleTo(window) || header->orientation() != Qt::Horizontal || !header->model())
            continue;
        const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section))
                continue;
            const QString text = header->model()->headerData(section, Qt::Horizontal).toString();
            if (text.isEmpty())
                continue;
            INFO(nameOf(header).toStdString() << " section " << section << ": " << text.toStdString());
            int needed = 0;
            for (const QString &line : text.split(QLatin1Char('\n')))
                needed = std::max(needed, header->fontMetrics().horizontalAdvance(line));
            INFO("section " << header->sectionSize(section) << " needs " << needed + 2 * margin);
            CHECK(header->sectionSize(section) >= needed + 2 * margin);
        }
    }
}

inline void requireFits(QWidget *window)
{
    requireOnScreen(window);
    requireNoClippedText(window);
}

} // namespace WindowCheck
