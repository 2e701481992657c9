#include "TestSupport.h"

#include "demo/DemoMetrics.h"
#include "demo/DemoPlan.h"
#include "store/Database.h"
#include "store/MetricStore.h"
#include "store/PlanStore.h"
#include "timescale/TimescaleParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <stdexcept>

namespace wres::test {

Scratch::Scratch() : m_dir(std::make_unique<QTemporaryDir>())
{
    if (!m_dir->isValid())
        throw std::runtime_error("cannot create a temporary folder");
}

QString Scratch::path(const QString& name) const
{
    return m_dir->filePath(name);
}

QString Scratch::write(const QString& name, const QByteArray& bytes) const
{
    const QString p = path(name);
    QFile file(p);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write a test file");
    return p;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error(("cannot read " + path).toStdString());
    return file.readAll();
}

QString testServer()
{
    if (qEnvironmentVariableIsSet("WRES_TEST_SERVER"))
        return qEnvironmentVariable("WRES_TEST_SERVER");
    const QString cluster = qEnvironmentVariable("WRES_TEST_CLUSTER"); // made by script/pg-cluster
    if (cluster.isEmpty())
        return {};
    QFile url(QDir(cluster).filePath(QStringLiteral("url")));
    if (!url.open(QIODevice::ReadOnly))
        throw std::runtime_error(("no test cluster in " + cluster).toStdString());
    qputenv("PGPASSFILE", QFile::encodeName(QDir(cluster).filePath(QStringLiteral("pgpass"))));
    const QString server = QString::fromUtf8(url.readAll()).trimmed();
    qputenv("WRES_TEST_SERVER", server.toUtf8());
    return server;
}

QString storeLocation(const Scratch& scratch, const QString& name)
{
    const QString server = testServer();
    if (server.isEmpty())
        return scratch.path(name);
    static QHash<QString, QString> made; // scratch path + name -> database location
    const QString key = scratch.path(name);
    if (const auto it = made.constFind(key); it != made.cend())
        return *it;
    static int counter = 0;
    const QString database = QStringLiteral("wres_t%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    QString failure;
    {
        const QUrl url(server);
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("wres-test-admin"));
        admin.setHostName(url.host());
        admin.setPort(url.port(5432));
        admin.setUserName(url.userName());
        admin.setDatabaseName(url.path().mid(1));
        if (!admin.open()) {
            failure = QStringLiteral("cannot reach the test server: ") + admin.lastError().text();
        } else {
            QSqlQuery create(admin);
            if (!create.exec(QStringLiteral("CREATE DATABASE %1").arg(database)))
                failure = QStringLiteral("cannot make a test database: ") + create.lastError().text();
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("wres-test-admin"));
    if (!failure.isEmpty())
        throw std::runtime_error(failure.toStdString());
    QUrl location(server);
    location.setPath(QLatin1Char('/') + database);
    made.insert(key, location.toString());
    return location.toString();
}

QString dataPath(const QString& relative)
{
    return QDir(QStringLiteral(WRES_TEST_DATA_DIR)).filePath(relative);
}

void writeDemo(const QString& path)
{
    auto db = core::Database::open(path, core::Database::Mode::CreateIfMissing);
    core::PlanStore(*db).addPlan(core::DemoPlan::load());
    core::MetricStore::unaudited(*db).importCounts(core::DemoMetrics::load());
}

core::PlanData samplePlan()
{
    using namespace core;
    PlanData plan;
    plan.info.organisation = QStringLiteral("Example NHS Trust");
    plan.info.title = QStringLiteral("WRES Action Plan 2024/25");
    plan.info.period = QStringLiteral("2024/25");

    auto action = [](QString number, QString text, QStringList leads, QString timescale, Status status, Rag rag,
                     IndicatorLinks indicators) {
        ActionData a;
        a.number = std::move(number);
        a.text = std::move(text);
        a.leads = std::move(leads);
        a.timescale = TimescaleParser::parse(timescale);
        a.status = status;
        a.rag = rag;
        a.indicators = std::move(indicators);
        return a;
    };
    ThemeData recruitment;
    recruitment.name = QStringLiteral("Recruitment");
    recruitment.indicators = {IndicatorLinks::Scope::Listed, {1, 2}};
    recruitment.tags = {Tag{QStringLiteral("People Promise"), QStringLiteral("We are a team")}};
    ObjectiveData inclusive{0, QStringLiteral("1"), QStringLiteral("Inclusive recruitment"), {}};
    inclusive.actions << action(QStringLiteral("1.1"), QStringLiteral("• Diverse panels\n  ◦ for Band 8a+"),
                                {QStringLiteral("Head of EDI"), QStringLiteral("Head of Recruitment")},
                                QStringLiteral("June 2024"), Status::InProgress, Rag::Amber,
                                {IndicatorLinks::Scope::Listed, {2}});
    inclusive.actions << action(QStringLiteral("1.2"), QStringLiteral("Review the recruitment policy"),
                                {QStringLiteral("Head of Recruitment")}, QStringLiteral("Ongoing"), Status::NotStarted,
                                Rag::None, {});
    recruitment.objectives << inclusive;
    ObjectiveData data{0, QStringLiteral("2"), QStringLiteral("Better data"), {}};
    data.actions << action(QStringLiteral("2.1"), QStringLiteral("Run a declaration campaign"),
                           {QStringLiteral("Head of Workforce")}, QStringLiteral("31.03.2025"), Status::Complete,
                           Rag::Blue, {IndicatorLinks::Scope::All, {}});
    recruitment.objectives << data;

    ThemeData experience;
    experience.name = QStringLiteral("Staff experience");
    experience.indicators = {IndicatorLinks::Scope::Listed, {5, 6, 7, 8}};
    ObjectiveData civility{0, QStringLiteral("1"), QStringLiteral("Civility and respect"), {}};
    civility.actions << action(QStringLiteral("1.1"), QStringLiteral("Zero tolerance campaign"),
                               {QStringLiteral("head of edi"), QStringLiteral("Communications")},
                               QStringLiteral("Sometime soon"), Status::Delayed, Rag::Red,
                               {IndicatorLinks::Scope::NotApplicable, {}});
    experience.objectives << civility;
    plan.themes << recruitment << experience;
    return plan;
}

} // namespace wres::test
