// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kiosk/backend/RemoteListModel.h"
#include "kiosk/organiser/PresenterRosterModel.h"

#include <QList>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class QNetworkReply;

namespace wedreg::kiosk {

// The honoured presenters of one session of a ceremony, in their turn order, and the organiser's
// assign / take-off actions.
//
// The list is GET /api/v1/ceremonies/{id}/presenters → [{session_id, presenter_id, position}] (every
// session's; `sessionId` picks the one shown), names and honours from `roster`. A server without that
// route yet answers 404/405: `supported` turns false and the screen says so (the programme still shows
// each session's presenters). assign() is POST …/sessions/{session}/presenters {presenter_id,
// position}; the server refuses a presenter who is not available that day or already in an
// overlapping session, and `actionError` carries its words. unassign() is DELETE
// …/sessions/{session}/presenters/{presenter}.
class SessionPresenterModel : public wedreg::kiosk::RemoteListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(QString ceremonyId READ ceremonyId WRITE setCeremonyId NOTIFY ceremonyIdChanged)
  // The session whose presenters are rows; empty: none.
  Q_PROPERTY(QString sessionId READ sessionId WRITE setSessionId NOTIFY sessionIdChanged)
  Q_PROPERTY(wedreg::kiosk::PresenterRosterModel* roster READ roster WRITE setRoster NOTIFY rosterChanged)
  // An assign or take-off is on its way.
  Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
  // The last action's refusal, in the server's words (cleared by the next action).
  Q_PROPERTY(QString actionError READ actionError NOTIFY actionChanged)
  // The last action's success, in words ("王… will hand out certificates in this session").
  Q_PROPERTY(QString actionNotice READ actionNotice NOTIFY actionChanged)

 public:
  enum Role {
    PresenterIdRole = Qt::UserRole,
    PositionRole,  // turn in the session, 1..
    NameRole,      // from the roster, in its language
    HonourRole,
  };
  Q_ENUM(Role)

  explicit SessionPresenterModel(QObject* parent = nullptr);
  explicit SessionPresenterModel(ApiClient* api, QObject* parent = nullptr);
  ~SessionPresenterModel() override;

  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QHash<int, QByteArray> roleNames() const override;

  QString ceremonyId() const { return m_ceremonyId; }
  void setCeremonyId(const QString& id);
  QString sessionId() const { return m_sessionId; }
  void setSessionId(const QString& id);
  PresenterRosterModel* roster() const { return m_roster; }
  void setRoster(PresenterRosterModel* roster);
  bool busy() const { return m_actionReply != nullptr; }
  QString actionError() const { return m_actionError; }
  QString actionNotice() const { return m_actionNotice; }
  int count() const override { return static_cast<int>(m_rows.size()); }
  // How many presenters session `sessionId` has (any session, not only the one shown).
  Q_INVOKABLE int countIn(const QString& sessionId) const;

  // Puts presenter `presenterId` on the shown session, after the ones already there.
  Q_INVOKABLE void assign(const QString& presenterId);
  // Takes presenter `presenterId` off the shown session.
  Q_INVOKABLE void unassign(const QString& presenterId);
  // Also forgets an action in flight and its words.
  Q_INVOKABLE void clear() override;

 signals:
  void ceremonyIdChanged();
  void sessionIdChanged();
  void rosterChanged();
  void busyChanged();
  void actionChanged();
  void actionFinished(bool ok);

 protected:
  std::optional<Request> request() const override;
  bool take(const ApiResult& result) override;
  void forget() override;

 private:
  struct Assignment {
    QString sessionId;
    QString presenterId;
    int position = 0;
  };
  static Assignment assignmentOf(const QJsonObject& object);
  void showSession();
  void setAction(const QString& error, const QString& notice);
  void finishAction(const ApiResult& result, const QString& notice);
  QString sessionPath() const;

  QString m_ceremonyId;
  QString m_sessionId;
  QPointer<PresenterRosterModel> m_roster;
  QList<Assignment> m_all;
  QList<Assignment> m_rows;
  QNetworkReply* m_actionReply = nullptr;
  QString m_actionError;
  QString m_actionNotice;
};

}  // namespace wedreg::kiosk
