#include "UiTestDesk.h"

#include "queue/DossierQueueModel.h"

#include "domain/Deadline.h"
#include "domain/VietnamTime.h"
#include "store/DossierRepository.h"

#include <QAbstractItemModelTester>
#include <QBrush>

using namespace motcua;
using namespace motcua::desktop;

namespace {

// n dossiers of one procedure received a day apart, the oldest first, ending today.
void receiveMany(UiTestDesk &desk, int n)
{
    QList<ReceiveRequest> requests;
    const QDateTime now = VietnamTime::now();
    for (int i = 0; i < n; ++i) {
        ReceiveRequest request;
        request.procedureCode = QStringLiteral("1.004873"); // 3 working days
        request.applicantName = QStringLiteral("Nguyễn Văn %1").arg(i);
        request.citizenId = QStringLiteral("0010880%1").arg(i, 5, 10, QLatin1Char('0'));
        request.receivedAt = now.addDays(i - n + 1).addSecs(-60);
        requests.append(request);
    }
    REQUIRE(desk.session->dossiers().receiveMany(requests).ok());
}

} // namespace

TEST_CASE("The queue model fetches pages as the view asks and passes the model tester", "[ui][queue]")
{
    UiTestDesk desk({Role::Reception});
    const int n = DossierQueueModel::kPageSize * 2 + 50;
    receiveMany(desk, n);
    DossierQueueModel model(desk.session->dossiers(), desk.context->procedures());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    DossierFilter filter;
    filter.onlyOpen = true;
    model.setFilter(filter);
    CHECK(model.totalCount() == n);
    CHECK(model.rowCount() == DossierQueueModel::kPageSize); // one page, not the store
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == DossierQueueModel::kPageSize * 2);
    model.fetchMore({});
    CHECK(model.rowCount() == n);
    CHECK_FALSE(model.canFetchMore({}));

    // Most urgent first: due dates never decrease down the queue, and the oldest are late (red).
    for (int row = 1; row < model.rowCount(); ++row)
        REQUIRE(model.dossierAt(row - 1)->dueDate <= model.dossierAt(row)->dueDate);
    const QModelIndex first = model.index(0, DossierQueueModel::TimelinessColumn);
    CHECK(model.data(first, Qt::DisplayRole).toString() == timelinessLabel(Timeliness::Late));
    CHECK(model.data(first, Qt::ForegroundRole).value<QBrush>().color() == QColor(0xb3, 0x26, 0x1e));
    const QModelIndex last = model.index(n - 1, DossierQueueModel::TimelinessColumn);
    CHECK(model.data(last, Qt::DisplayRole).toString() == timelinessLabel(Timeliness::OnTime));

    // A filter on the name narrows the count; a status with no dossier empties the table.
    filter.applicant = QStringLiteral("nguyen van 12");
    model.setFilter(filter);
    CHECK(model.totalCount() >= 1);
    CHECK(model.dossierAt(0)->applicantName.startsWith(QStringLiteral("Nguyễn Văn 12")));
    filter = {};
    filter.status = DossierStatus::Returned;
    model.setFilter(filter);
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.canFetchMore({}));

    // Newest first for the reception desk.
    filter = {};
    filter.orderBy = DossierFilter::Order::ReceivedNewestFirst;
    model.setFilter(filter);
    REQUIRE(model.rowCount() > 1);
    CHECK(model.dossierAt(0)->receivedAt >= model.dossierAt(1)->receivedAt);
    model.refresh();
    CHECK(model.rowCount() == DossierQueueModel::kPageSize);
}
