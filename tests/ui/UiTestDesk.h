#pragma once

#include "TempDir.h"

#include "app/DeskContext.h"
#include "app/DeskSession.h"
#include "app/MainWindow.h"

#include "domain/Officer.h"
#include "store/AuthorizedDossiers.h"
#include "store/CommuneProfile.h"
#include "store/OfficerRepository.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QWidget>

#include <memory>

// A desk on a fresh data folder with one officer of the given roles logged in, and its main
// window shown offscreen.
struct UiTestDesk
{
    explicit UiTestDesk(QList<motcua::Role> roles)
    {
        auto opened = motcua::desktop::DeskContext::open(dir.path());
        REQUIRE(opened.ok());
        context = std::move(opened).value();
        // Set up as the first start does (an enrollment later keeps the commune code it brings).
        motcua::CommuneProfile commune;
        commune.communeCode = QStringLiteral("12345");
        commune.communeName = QStringLiteral("Minh Quang");
        const motcua::Status saved = motcua::CommuneProfile::save(context->database(), commune);
        INFO((saved ? std::string() : saved.error().message.toStdString()));
        REQUIRE(saved.ok());
        auto admin = context->officers().createAdministrator(
            QStringLiteral("admin"), QStringLiteral("Quản Trị Viên"), QStringLiteral("admin-password"));
        REQUIRE(admin.ok());
        motcua::Officer officer;
        officer.username = QStringLiteral("canbo");
        officer.fullName = QStringLiteral("Lò Thị Cán Bộ");
        officer.roles = roles;
        auto added = context->officers().add(officer, QStringLiteral("officer-password"));
        REQUIRE(added.ok());
        session = std::make_unique<motcua::desktop::DeskSession>(*context, added.value());
    }

    motcua::desktop::MainWindow &openWindow()
    {
        window = std::make_unique<motcua::desktop::MainWindow>(*context, *session);
        window->show();
        QApplication::processEvents();
        return *window;
    }

    motcua::Dossier receive(const QString &name = QStringLiteral("Lò Văn Pả"))
    {
        motcua::ReceiveRequest request;
        request.procedureCode = QStringLiteral("1.001193");
        request.applicantName = name;
        request.citizenId = QStringLiteral("011088001234");
        request.documents.append({QStringLiteral("Tờ khai"), motcua::DocumentKind::Original, 1, {}});
        // Received through the core directly, with an officer who may receive.
        motcua::Officer clerk = session->officer();
        clerk.roles = {motcua::Role::Reception};
        motcua::AuthorizedDossiers desk(session->dossiers(), clerk);
        auto dossier = desk.receive(request);
        REQUIRE(dossier.ok());
        return dossier.value();
    }

    template <typename T> T *find(const QString &name) const
    {
        QWidget *root = window.get();
        T *found = root ? root->findChild<T *>(name) : nullptr;
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (!found)
                found = top->findChild<T *>(name);
        }
        REQUIRE(found != nullptr);
        return found;
    }

    TempDir dir;
    std::unique_ptr<motcua::desktop::DeskContext> context;
    std::unique_ptr<motcua::desktop::DeskSession> session;
    std::unique_ptr<motcua::desktop::MainWindow> window;
};
