#include "core/io/CsvRecordScanner.h"

#include "core/io/SurveyCsv.h"

namespace js::survey {

void RecordScanner::next(QStringList& fields, int& startLine)
{
    fields.clear();
    startLine = m_line;
    while (true) {
        fields.append(field());
        if (fields.size() > MaxColumns)
            stop(Limit::Columns, startLine);
        if (m_pos >= m_text.size())
            return;
        const QChar c = m_text[m_pos];
        if (c == m_delimiter) {
            ++m_pos;
            if (m_pos >= m_text.size()) {
                fields.append(QString());
                return;
            }
            continue;
        }
        newline();
        return;
    }
}

void RecordScanner::stop(Limit limit, int line)
{
    m_limit = limit;
    m_limitLine = line;
    m_pos = m_text.size();
}

void RecordScanner::newline()
{
    if (m_text[m_pos] == u'\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'\n')
        ++m_pos;
    ++m_pos;
    ++m_line;
}

QString RecordScanner::field()
{
    const qsizetype size = m_text.size();
    if (m_pos < size && m_text[m_pos] == u'"')
        return quotedField();
    const qsizetype start = m_pos;
    while (m_pos < size) {
        const QChar c = m_text[m_pos];
        if (c == m_delimiter || isNewline(c))
            break;
        if (++m_pos - start > MaxFieldLength) {
            stop(Limit::FieldLength, m_line);
            return {};
        }
    }
    return m_text.sliced(start, m_pos - start).toString();
}

QString RecordScanner::quotedField()
{
    const int startLine = m_line;
    const qsizetype size = m_text.size();
    QString value;
    ++m_pos; // the opening quote
    while (true) {
        if (m_pos >= size) {
            m_unterminatedLine = startLine;
            return value;
        }
        if (value.size() > MaxFieldLength) {
            stop(Limit::FieldLength, startLine);
            return {};
        }
        const QChar c = m_text[m_pos];
        if (c == u'"') {
            if (m_pos + 1 < size && m_text[m_pos + 1] == u'"') {
                value.append(u'"');
                m_pos += 2;
                continue;
            }
            ++m_pos;
            break;
        }
        if (c == u'\r' || c == u'\n') {
            // A line break inside quotes is part of the field, as written.
            if (c == u'\r' && m_pos + 1 < size && m_text[m_pos + 1] == u'\n') {
                value.append(u'\n');
                m_pos += 2;
            } else {
                value.append(u'\n');
                ++m_pos;
            }
            ++m_line;
            continue;
        }
        value.append(c);
        ++m_pos;
    }
    // Text after the closing quote, up to the delimiter, is kept as is.
    while (m_pos < size && m_text[m_pos] != m_delimiter && !isNewline(m_text[m_pos])) {
        if (value.size() >= MaxFieldLength) {
            stop(Limit::FieldLength, startLine);
            return {};
        }
        value.append(m_text[m_pos++]);
    }
    return value;
}

} // namespace js::survey
