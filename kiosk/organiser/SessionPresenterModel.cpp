// SPDX-License-Identifier: Apache-2.0
#include "kiosk/organiser/SessionPresenterModel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

#include <algorithm>

namespace wedreg::kiosk {

SessionPresenterModel::SessionPresenterModel(QObject* parent)
    : SessionPresenterModel(ApiClient::instance(), parent) {}

SessionPresenterModel::SessionPresenterModel(ApiClient* api, QObject* parent) : RemoteListModel(api, parent) {}

SessionPresenterModel::~SessionPresenterModel() {
  ApiClient::cancel(m_actionReply);
}

QVariant SessionPresenterModel::data(const QModelIndex& index, int role) const {
  Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
  const Assignment& row = m_rows.at(index.row());
  switch (role) {
    case Qt::DisplayRole:
    case NameRole: {
      const QString name = m_roster ? m_roster->nameOf(row.presenterId) : QString();
      return name.isEmpty() ? row.presenterId : name;
    }
    case PresenterIdRole:
      return row.presenterId;
    case PositionRole:
      return row.position;
    case HonourRole:
      return m_roster ? m_roster->honourOf(row.presenterId) : QString();
    default:
      return {};
  }
}

QHash<int, QByteArray> SessionPresenterModel::roleNames() const {
  return {{PresenterIdRole, "presenterId"}, {PositionRole, "position"}, {NameRole, "name"}, {HonourRole, "honour"}};
}

void SessionPresenterModel::setCeremonyId(const QString& id) {
  if (m_ceremonyId == id) {
    return;
  }
  m_ceremonyId = id;
  emit ceremonyIdChanged();
}

void SessionPresenterModel::setSessionId(const QString& id) {
  if (m_sessionId == id) {
    return;
  }
  m_sessionId = id;
  emit sessionIdChanged();
  setAction({}, {});
  showSession();
}

void SessionPresenterModel::setRoster(PresenterRosterModel* roster) {
  if (m_roster == roster) {
    return;
  }
  if (m_roster) {
    disconnect(m_roster, nullptr, this, nullptr);
  }
  m_roster = roster;
  if (m_roster) {
    // Names come from the roster: a reloaded roster or a language switch renames the rows.
    const auto renamed = [this] {
      if (!m_rows.isEmpty()) {
        emit dataChanged(index(0), index(count() - 1), {Qt::DisplayRole, NameRole, HonourRole});
      }
    };
    connect(m_roster, &QAbstractItemModel::modelReset, this, renamed);
    connect(m_roster, &QAbstractItemModel::dataChanged, this, renamed);
  }
  emit rosterChanged();
}

int SessionPresenterModel::countIn(const QString& sessionId) const {
  return static_cast<int>(
      std::count_if(m_all.cbegin(), m_all.cend(), [&sessionId](const Assignment& a) { return a.sessionId == sessionId; }));
}

void SessionPresenterModel::showSession() {
  QList<Assignment> rows;
  std::copy_if(m_all.cbegin(), m_all.cend(), std::back_inserter(rows),
               [this](const Assignment& a) { return !m_sessionId.isEmpty() && a.sessionId == m_sessionId; });
  std::stable_sort(rows.begin(), rows.end(), [](const Assignment& a, const Assignment& b) { return a.position < b.position; });
  replaceRows(m_rows, std::move(rows));
}

SessionPresenterModel::Assignment SessionPresenterModel::assignmentOf(const QJsonObject& object) {
  return {object.value(QLatin1String("session_id")).toVariant().toString(),
          object.value(QLatin1String("presenter_id")).toVariant().toString(),
          object.value(QLatin1String("position")).toInt()};
}

std::optional<RemoteListModel::Request> SessionPresenterModel::request() const {
  if (m_ceremonyId.isEmpty()) {
    return std::nullopt;
  }
  return Request{pathWith(QStringLiteral("/api/v1/ceremonies/%1/presenters"), m_ceremonyId), {}, Token::Required, {},
                 true};
}

bool SessionPresenterModel::take(const ApiResult& result) {
  std::optional<QList<Assignment>> all = rowsOf<Assignment>(result, &SessionPresenterModel::assignmentOf);
  if (!all) {
    return false;
  }
  m_all = std::move(*all);
  showSession();
  return true;
}

void SessionPresenterModel::forget() {
  m_all.clear();
  replaceRows(m_rows, {});
}

void SessionPresenterModel::clear() {
  const bool wasBusy = busy();
  ApiClient::cancel(m_actionReply);
  m_actionReply = nullptr;
  setAction({}, {});
  if (wasBusy) {
    emit busyChanged();
  }
  RemoteListModel::clear();
}

void SessionPresenterModel::setAction(const QString& error, const QString& notice) {
  if (m_actionError == error && m_actionNotice == notice) {
    return;
  }
  m_actionError = error;
  m_actionNotice = notice;
  emit actionChanged();
}

QString SessionPresenterModel::sessionPath() const {
  return QStringLiteral("/api/v1/ceremonies/%1/sessions/%2/presenters")
      .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_ceremonyId)),
           QString::fromLatin1(QUrl::toPercentEncoding(m_sessionId)));
}

void SessionPresenterModel::assign(const QString& presenterId) {
  if (!api() || !session() || !session()->signedIn() || m_ceremonyId.isEmpty() || m_sessionId.isEmpty() ||
      presenterId.isEmpty() || busy()) {
    return;
  }
  int next = 1;
  for (const Assignment& row : m_rows) {
    next = std::max(next, row.position + 1);
  }
  const QJsonObject body{{QStringLiteral("presenter_id"), presenterId}, {QStringLiteral("position"), next}};
  const QString name = m_roster ? m_roster->nameOf(presenterId) : QString();
  const QString notice = tr("%1 will hand out certificates in this session.").arg(name.isEmpty() ? presenterId : name);
  setAction({}, {});
  m_actionReply = api()->sendJson("POST", sessionPath(), QJsonDocument(body), this,
                                  [this, notice](const ApiResult& result) { finishAction(result, notice); },
                                  authorization());
  emit busyChanged();
}

void SessionPresenterModel::unassign(const QString& presenterId) {
  if (!api() || !session() || !session()->signedIn() || m_ceremonyId.isEmpty() || m_sessionId.isEmpty() ||
      presenterId.isEmpty() || busy()) {
    return;
  }
  const QString name = m_roster ? m_roster->nameOf(presenterId) : QString();
  const QString notice = tr("%1 is no longer in this session.").arg(name.isEmpty() ? presenterId : name);
  setAction({}, {});
  m_actionReply = api()->sendJson(
      "DELETE", sessionPath() + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(presenterId)),
      QJsonDocument(), this, [this, notice](const ApiResult& result) { finishAction(result, notice); },
      authorization());
  emit busyChanged();
}

void SessionPresenterModel::finishAction(const ApiResult& result, const QString& notice) {
  m_actionReply = nullptr;
  if (result.ok) {
    setAction({}, notice);
    reload();  // the server's list is the truth (turns may have moved)
  } else if (result.httpStatus == 405 || result.httpStatus == 501) {
    setAction(tr("This server cannot change a session's presenters this way yet."), {});
  } else {
    setAction(result.errorText, {});
  }
  emit busyChanged();
  emit actionFinished(result.ok);
}

}  // namespace wedreg::kiosk
