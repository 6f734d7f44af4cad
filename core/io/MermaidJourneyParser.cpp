// Reading Mermaid journey text: parseJourney of MermaidJourney.h. Line by
// line, following Mermaid's own lexer (user-journey/parser/journey.jison)
// where it is clear, and more forgiving where forgiving loses nothing.
#include "core/io/MermaidEscapes.h"
#include "core/io/MermaidJourney.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace js::mermaid {

namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(js::mermaid::MermaidJourney)
};

QRegularExpression pattern(const char* text)
{
    return QRegularExpression(QString::fromLatin1(text), QRegularExpression::CaseInsensitiveOption);
}

class Parser {
public:
    explicit Parser(const QString& text)
    {
        QString normal = text;
        normal.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        normal.replace(u'\r', u'\n');
        if (normal.startsWith(QChar(0xFEFF)))
            normal.remove(0, 1);
        m_lines = normal.split(u'\n');
    }

    MermaidImport run()
    {
        qsizetype i = skipFrontMatter();
        for (; i < m_lines.size() && m_result.message.isEmpty(); ++i)
            readLine(m_lines[i], int(i) + 1);
        if (!m_result.message.isEmpty())
            return m_result;
        if (m_accDescrLine > 0)
            return fail(m_accDescrLine,
                        Texts::tr("the accessible description opened here is never closed with "
                                  "“}”"));
        if (!m_started)
            return fail(0, Texts::tr("there is no diagram: the text is empty or only comments"));
        if (m_result.sections.empty())
            return fail(0, Texts::tr("the journey has no sections and no tasks to import"));
        if (m_result.title.isEmpty())
            m_result.title = m_frontTitle;
        m_result.ok = true;
        return m_result;
    }

private:
    MermaidImport fail(int line, const QString& message)
    {
        m_result.ok = false;
        m_result.line = line;
        m_result.message =
            line > 0 ? Texts::tr("line %1: %2").arg(QString::number(line), message) : message;
        m_result.title.clear();
        m_result.sections.clear();
        return m_result;
    }

    // YAML front matter ("---" ... "---") may come first; of it, only a
    // "title:" means something here.
    qsizetype skipFrontMatter()
    {
        if (m_lines.empty() || m_lines[0].trimmed() != u"---")
            return 0;
        static const QRegularExpression title = pattern("^title\\s*:\\s*(.*)$");
        for (qsizetype i = 1; i < m_lines.size(); ++i) {
            const QString line = m_lines[i].trimmed();
            if (line == u"---")
                return i + 1;
            if (const QRegularExpressionMatch match = title.match(line); match.hasMatch())
                m_frontTitle = unquoted(match.captured(1).trimmed());
        }
        fail(1, Texts::tr("the front matter opened here is never closed with “---”"));
        return m_lines.size();
    }

    static QString unquoted(QString text)
    {
        if (text.size() >= 2 && (text.front() == u'"' || text.front() == u'\'') &&
            text.back() == text.front())
            text = text.mid(1, text.size() - 2);
        return text;
    }

    void readLine(const QString& raw, int line)
    {
        QString text = raw;
        if (m_accDescrLine > 0) {
            const qsizetype close = text.indexOf(u'}');
            if (close < 0)
                return;
            m_accDescrLine = 0;
            text = text.mid(close + 1);
        }
        text = text.trimmed();
        // "%%" starts a comment, or a directive ("%%{init: ...}%%"), which
        // says nothing about the content.
        if (text.startsWith(u"%%"))
            return;
        // Mermaid reads '#' to the end of the line as a comment, wherever it is.
        if (const qsizetype hash = text.indexOf(u'#'); hash >= 0)
            text = text.left(hash).trimmed();
        if (text.isEmpty())
            return;
        if (!m_started) {
            start(text, line);
            return;
        }
        statement(text, line);
    }

    void start(const QString& text, int line)
    {
        static const QRegularExpression journey = pattern("^journey(\\s+%%.*)?$");
        if (!journey.match(text).hasMatch()) {
            fail(line, Texts::tr("this is not a Mermaid journey diagram: it starts with “%1” "
                                 "where “journey” belongs")
                           .arg(text.left(40)));
            return;
        }
        m_started = true;
    }

    void statement(const QString& text, int line)
    {
        static const QRegularExpression title = pattern("^title(\\s+(.*))?$");
        static const QRegularExpression accTitle = pattern("^acc(title|descr)\\s*:");
        static const QRegularExpression accDescrBlock = pattern("^accdescr\\s*\\{(.*)$");
        static const QRegularExpression section = pattern("^section(\\s+(.*))?$");
        if (text.compare(u"journey", Qt::CaseInsensitive) == 0)
            return;
        // Accessibility texts are Mermaid's own; a journey has no place for them.
        if (accTitle.match(text).hasMatch())
            return;
        if (const QRegularExpressionMatch match = accDescrBlock.match(text); match.hasMatch()) {
            if (!match.captured(1).contains(u'}'))
                m_accDescrLine = line;
            return;
        }
        // Mermaid refuses ';' in a journey; saying so beats guessing what was meant.
        if (text.contains(u';')) {
            fail(line, Texts::tr("“;” is not allowed in a journey diagram"));
            return;
        }
        if (const QRegularExpressionMatch match = title.match(text); match.hasMatch()) {
            m_result.title = detail::unescaped(match.captured(2).trimmed());
            return;
        }
        if (const QRegularExpressionMatch match = section.match(text); match.hasMatch()) {
            m_result.sections.push_back({detail::unescaped(match.captured(2).trimmed()), {}});
            return;
        }
        task(text, line);
    }

    void task(const QString& text, int line)
    {
        const qsizetype colon = text.indexOf(u':');
        QString name = text.left(colon).trimmed();
        if (name.startsWith(QChar(detail::keywordGuard)))
            name.remove(0, 1);
        name = detail::unescaped(name.trimmed());
        if (name.isEmpty()) {
            fail(line, Texts::tr("a task needs a name before its score"));
            return;
        }
        const QStringList pieces = colon < 0 ? QStringList() : text.mid(colon + 1).split(u':');
        const QString scoreText = pieces.isEmpty() ? QString() : pieces[0].trimmed();
        if (scoreText.isEmpty()) {
            fail(line, Texts::tr("the task “%1” has no score; write a task as “name: score: "
                                 "actors”, with a score from 1 to 5")
                           .arg(name));
            return;
        }
        bool isNumber = false;
        const int score = scoreText.toInt(&isNumber);
        if (!isNumber || score < 1 || score > 5) {
            fail(line, Texts::tr("the score of the task “%1” is “%2”; a score is a whole "
                                 "number from 1 to 5")
                           .arg(name, scoreText));
            return;
        }
        MermaidTask task{name, score, {}};
        // Mermaid takes the actors from the second piece and ignores the rest.
        if (pieces.size() > 1) {
            for (const QString& actor : pieces[1].split(u',')) {
                if (const QString plain = detail::unescaped(actor.trimmed()); !plain.isEmpty())
                    task.actors << plain;
            }
        }
        // Tasks before the first section belong to an unnamed one.
        if (m_result.sections.empty())
            m_result.sections.push_back({});
        m_result.sections.back().tasks.push_back(std::move(task));
    }

    QStringList m_lines;
    MermaidImport m_result;
    QString m_frontTitle;
    bool m_started = false;
    int m_accDescrLine = 0; // where an open "accDescr {" began
};

} // namespace

MermaidImport parseJourney(const QString& text)
{
    return Parser(text).run();
}

} // namespace js::mermaid
