// Export figures: the full PDF report of workshops of 17, 50 and 200 candidates (budget
// 200 ms at 200), with page count and size, and the Markdown page and candidates CSV.
#include "ReportFixtures.h"
#include "exchange/TextExports.h"
#include "playbook/Playbook.h"
#include "report/PdfReport.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <ctime>

namespace {
double medianMs(QList<qint64> nanoseconds) {
    std::sort(nanoseconds.begin(), nanoseconds.end());
    return nanoseconds.isEmpty() ? -1 : double(nanoseconds[nanoseconds.size() / 2]) / 1e6;
}

// CPU time of this process: the figure that holds when other builds share the machine.
qint64 cpuNanoseconds() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

// Pages counted from the PDF's own page objects.
qsizetype pageCount(const QByteArray& pdf) {
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    return QString::fromLatin1(pdf).count(page);
}
} // namespace

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const Playbook& playbook = Playbook::standard();
    const ReportOptions options{QPageSize::A4, QDateTime::currentDateTime()};
    for (int candidates : {17, 50, 200}) {
        const WorkshopDocument doc = syntheticWorkshop(candidates);
        QList<qint64> pdfTimes, pdfCpu, mdTimes, csvTimes;
        QByteArray pdf, md, csv;
        QElapsedTimer timer;
        for (int run = 0; run < 7; ++run) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QString error;
            const qint64 cpu = cpuNanoseconds();
            timer.start();
            if (!writePdfReport(doc, playbook, options, &buffer, &error)) {
                QTextStream(stderr) << error << Qt::endl;
                return 1;
            }
            pdfTimes.append(timer.nsecsElapsed());
            pdfCpu.append(cpuNanoseconds() - cpu);
            pdf = buffer.data();
            timer.start();
            md = markdownReport(doc, playbook);
            mdTimes.append(timer.nsecsElapsed());
            timer.start();
            csv = candidatesCsv(doc, playbook);
            csvTimes.append(timer.nsecsElapsed());
        }
        out << "report of a " << candidates
            << "-candidate workshop, median of 7 (the first run loads fonts)\n";
        out << "  PDF:      " << QString::number(medianMs(pdfTimes), 'f', 1) << " ms (CPU "
            << QString::number(medianMs(pdfCpu), 'f', 1) << " ms"
            << (candidates == 200 ? "; budget 200 ms" : "") << "), " << pageCount(pdf) << " pages, "
            << pdf.size() << " bytes\n";
        out << "  Markdown: " << QString::number(medianMs(mdTimes), 'f', 2) << " ms, " << md.size()
            << " bytes\n";
        out << "  CSV:      " << QString::number(medianMs(csvTimes), 'f', 2) << " ms, "
            << csv.size() << " bytes" << Qt::endl;
    }
    return 0;
}
