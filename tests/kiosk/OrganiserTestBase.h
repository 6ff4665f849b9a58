// SPDX-License-Identifier: Apache-2.0
#pragma once

// What the organiser models' tests share: FakeServer with OrganiserFixture's answers, an ApiClient on
// it, and an organiser signed in.

#include "kiosk/backend/ApiClient.h"
#include "kiosk/session/StaffSession.h"
#include "tests/kiosk/FakeServer.h"
#include "tests/kiosk/OrganiserFixture.h"

#include <QSignalSpy>

#include <memory>

namespace wedreg::kiosk::test {

struct OrganiserTestBase {
  bool start() {
    server = std::make_unique<FakeServer>();
    if (!server->start()) {
      return false;
    }
    server->serveDefaults();
    OrganiserFixture::serve(*server);
    OrganiserFixture::serveOrganiserSignIn(*server);
    api = std::make_unique<ApiClient>(nullptr);
    api->setBaseUrl(server->url());
    api->setTimeoutMs(1000);
    session = std::make_unique<StaffSession>(api.get());
    QSignalSpy changed(session.get(), &StaffSession::sessionChanged);
    session->signIn(QStringLiteral("organiser"), QStringLiteral("secret"));
    return changed.wait(5000) && session->signedIn();
  }

  void stop() {
    session.reset();
    api.reset();
    server.reset();
  }

  // reload() and wait for its answer.
  template <typename Model>
  static bool reloadAndWait(Model& model) {
    QSignalSpy done(&model, &Model::reloaded);
    model.reload();
    return done.wait(5000);
  }

  std::unique_ptr<FakeServer> server;
  std::unique_ptr<ApiClient> api;
  std::unique_ptr<StaffSession> session;
};

}  // namespace wedreg::kiosk::test
