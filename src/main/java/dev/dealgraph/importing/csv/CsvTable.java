package dev.dealgraph.importing.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

import dev.dealgraph.system.Sentences;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * A CSV file as rows of text, each with the physical line it starts on (a quoted value
 * may span lines). The bytes are decoded strictly: a byte-order mark decides the
 * encoding, else the one named; a byte that is not of that encoding names its line.
 *
 * @param header the header row, trimmed
 * @param rows the data rows, blank ones left out
 * @param delimiter the separator the file was read with
 */
record CsvTable(List<String> header, List<Row> rows, char delimiter) {

	/** The line the header is on. */
	static final int HEADER_LINE = 1;

	/**
	 * One data row.
	 *
	 * @param line where the row starts
	 * @param values its values as the file has them
	 */
	record Row(int line, String[] values) {

		/** The value at this column, null when the row is shorter or the cell blank. */
		@Nullable String at(int column) {
			if (column < 0 || column >= this.values.length || this.values[column].isBlank()) {
				return null;
			}
			return this.values[column];
		}

	}

	static CsvTable read(byte[] body, Charset charset, @Nullable CsvSeparator separator, int maxRows,
			IntConsumer progress) {
		String text = decode(body, charset);
		int[] lineStarts = lineStarts(text);
		char delimiter = ((separator != null) ? separator : CsvSeparator.guess(text)).character();
		CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
		List<String> header = null;
		List<Row> rows = new ArrayList<>();
		CSVParser parser = null;
		try {
			parser = format.parse(new StringReader(text));
			for (CSVRecord record : parser) {
				int line = lineOf(lineStarts, record.getCharacterPosition());
				String[] values = record.values();
				if (header == null) {
					header = Arrays.stream(values).map(String::strip).toList();
					continue;
				}
				if (Arrays.stream(values).allMatch(String::isBlank)) {
					continue;
				}
				if (rows.size() == maxRows) {
					throw whole(line, "body", Sentences.of("csv.too-many-rows", maxRows));
				}
				rows.add(new Row(line, values));
				if (rows.size() % 1000 == 0) {
					progress.accept(rows.size());
				}
			}
		}
		catch (UncheckedIOException | IOException ex) {
			long line = (parser != null) ? parser.getCurrentLineNumber() + 1 : HEADER_LINE;
			throw whole((int) line, "body", Sentences.of("csv.malformed", String.valueOf(ex.getMessage())));
		}
		if (header == null) {
			throw whole(HEADER_LINE, "body", Sentences.of("csv.empty"));
		}
		progress.accept(rows.size());
		return new CsvTable(header, rows, delimiter);
	}

	static CsvRejected whole(int line, String field, org.springframework.context.MessageSourceResolvable sentence) {
		return new CsvRejected(List.of(new RowProblem(line, "-", field, sentence)), null);
	}

	/** The text of the bytes; a byte-order mark wins over the charset named. */
	static String decode(byte[] body, Charset named) {
		Charset charset = named;
		int skip = 0;
		if (body.length >= 3 && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb && (body[2] & 0xff) == 0xbf) {
			charset = StandardCharsets.UTF_8;
			skip = 3;
		}
		else if (body.length >= 2 && (body[0] & 0xff) == 0xff && (body[1] & 0xff) == 0xfe) {
			charset = StandardCharsets.UTF_16LE;
			skip = 2;
		}
		else if (body.length >= 2 && (body[0] & 0xff) == 0xfe && (body[1] & 0xff) == 0xff) {
			charset = StandardCharsets.UTF_16BE;
			skip = 2;
		}
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(body, skip, body.length - skip);
		CharBuffer out = CharBuffer.allocate((int) (in.remaining() * (double) decoder.maxCharsPerByte()) + 16);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			int line = 1;
			for (int i = 0; i < in.position(); i++) {
				line += (body[i] == '\n') ? 1 : 0;
			}
			throw whole(line, "charset", Sentences.of("csv.undecodable", charset.name()));
		}
		out.flip();
		return out.toString();
	}

	private static int[] lineStarts(String text) {
		List<Integer> starts = new ArrayList<>();
		starts.add(0);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
				starts.add(i + 1);
			}
		}
		return starts.stream().mapToInt(Integer::intValue).toArray();
	}

	private static int lineOf(int[] lineStarts, long position) {
		int found = Arrays.binarySearch(lineStarts, (int) position);
		return (found >= 0) ? found + 1 : -found - 1;
	}

}
