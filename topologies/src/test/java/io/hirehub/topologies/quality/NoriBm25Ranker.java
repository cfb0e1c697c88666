package io.hirehub.topologies.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The second baseline: Lucene's own BM25 ({@link IndexSearcher}'s default similarity) over an in-memory index of
 * the resumes, analysed with Nori for Korean (morphemes, particles and endings dropped, readings normalised) and
 * Porter stemming with English stop words for Latin words. The query is the analysed job text, one SHOULD clause
 * per token.
 */
final class NoriBm25Ranker implements AutoCloseable {

    private static final String ID = "id";
    private static final String TEXT = "text";

    private final Analyzer analyzer = new KoreanEnglishAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    NoriBm25Ranker(final Map<String, String> documents) {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (final Map.Entry<String, String> doc : documents.entrySet()) {
                final Document d = new Document();
                d.add(new StringField(ID, doc.getKey(), Field.Store.YES));
                d.add(new TextField(TEXT, doc.getValue(), Field.Store.NO));
                writer.addDocument(d);
            }
            writer.commit();
            this.reader = DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("indexing resumes in memory", e);
        }
        this.searcher = new IndexSearcher(reader);
        IndexSearcher.setMaxClauseCount(Math.max(IndexSearcher.getMaxClauseCount(), 4096));
    }

    /** Scores of every document for the query text (0 for documents sharing no token). */
    Map<String, Double> scores(final String queryText) {
        final BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (final String token : analyze(analyzer, queryText)) {
            query.add(new TermQuery(new Term(TEXT, token)), BooleanClause.Occur.SHOULD);
        }
        final Map<String, Double> scores = new LinkedHashMap<>();
        try {
            for (final ScoreDoc hit : searcher.search(query.build(), Math.max(1, reader.numDocs())).scoreDocs) {
                scores.put(searcher.storedFields().document(hit.doc).get(ID), (double) hit.score);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("searching the in-memory index", e);
        }
        return scores;
    }

    /** The analyser's tokens of a text (for tests and for inspection). */
    static List<String> analyze(final Analyzer analyzer, final String text) {
        final List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(TEXT, text)) {
            final CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing in-memory text", e);
        }
        return tokens;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
        analyzer.close();
    }

    /** Nori for Hangul, lower-casing, English stop words and Porter stemming for Latin words. */
    static final class KoreanEnglishAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(final String fieldName) {
            final Tokenizer tokenizer = new KoreanTokenizer();
            TokenStream stream = new KoreanPartOfSpeechStopFilter(tokenizer);
            stream = new KoreanReadingFormFilter(stream);
            stream = new LowerCaseFilter(stream);
            stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        }
    }
}
