package kz.qujat.rendering.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.value.FontSpecification;
import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontGroup;
import com.openhtmltopdf.pdfboxout.fontstore.FontUtil;
import com.openhtmltopdf.render.FSFont;

import kz.qujat.system.EditableFiles;
import kz.qujat.system.EditableFolder;
import kz.qujat.system.EditableFolder.EditableFile;
import kz.qujat.system.FileSettings;
import kz.qujat.system.KazakhAlphabet;

import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontFamily;
import net.sf.jasperreports.engine.fonts.SimpleFontFace;
import net.sf.jasperreports.engine.fonts.SimpleFontFamily;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The TrueType fonts of {@code fonts/} (packaged, or the operator's override), read once at startup and kept
 * without their hinting (see {@link TrueTypeHinting}). Each file registers under the family, weight and style its
 * own tables declare, so adding a font is dropping its {@code .ttf} (and licence) into the fonts override folder.
 * Startup fails on a font that lacks a Kazakh letter: such a font would print boxes on an official paper.
 */
@Component
class FontLibrary implements EditableFiles {

	private static final Logger log = LoggerFactory.getLogger(FontLibrary.class);

	private final EditableFolder folder;
	private final String versionRead;
	private final List<FontFile> fonts;
	private final Set<String> familyNames;
	/**
	 * The family that text in any other family is drawn in, nearest its weight and style: the first of the
	 * library's in the order of the files' names. Without a stand-in, openhtmltopdf drawing PDF/A has no font at
	 * all for such text ({@code font-family: Arial}, or {@code serif}) and leaves it out of the paper.
	 */
	private final String standIn;
	private final Kept<ParsedFonts> idle = new Kept<>(ParsedFonts::new);
	/**
	 * Widths of strings in the library's fonts, as {@link PDFont#getStringWidth} gives them (1/1000 em): the same
	 * in every document, since the fonts are read once. Bounded by the characters kept, about a megabyte.
	 */
	private final Cache<Measured, Float> widths = Caffeine.newBuilder()
		.maximumWeight(500_000)
		.weigher((Measured measured, Float width) -> measured.text().length())
		.build();

	FontLibrary(FileSettings files) {
		this.folder = files.fontFiles();
		this.versionRead = version();
		this.fonts = load(folder);
		List<String> families = families();
		this.familyNames = Set.copyOf(families);
		this.standIn = families.get(0);
		log.info("Fonts: {}, {}", fonts.stream().map(FontFile::describe).toList(), folder.describe());
	}

	@Override
	public String name() {
		return "fonts";
	}

	@Override
	public EditableFolder folder() {
		return folder;
	}

	@Override
	public String version() {
		return folder.version(".ttf");
	}

	/** The fonts are read at start-up only: an edit since then is in use after a restart, if it is usable. */
	@Override
	public String check() {
		return readAtStartUp(load(folder).stream().map(FontFile::describe).toList().toString(), versionRead);
	}

	/**
	 * Offers every font to one rendering into {@code document} of {@code xhtml}: a font is loaded when the layout
	 * first asks for it and embedded as a subset of the glyphs it uses; if every letter of the text is a common one,
	 * the font is the one cut down to them ({@link CommonLetters}). The fonts reach the renderer through
	 * {@link Lease#resolver}; close the lease once the document is saved.
	 * <p>
	 * The fonts come parsed: a font's tables (cmap, glyph names, kerning) cost more to read than a receipt costs to
	 * draw, so parsed fonts are kept for the next rendering, one set per rendering at a time, since a parsed font
	 * reads its glyphs lazily and may not be shared between threads. At most two sets per processor wait idle.
	 * <p>
	 * PDFBox's glyph substitution (GSUB) is off. Left on, PDFBox rewrites every string it draws through the font's
	 * Latin ligature rules, building regular expressions each time: three quarters of a receipt's rendering time.
	 * openhtmltopdf measures text without substitutions anyway, and a ligature glyph has no Unicode of its own,
	 * so copying text from the PDF could lose letters. Kazakh and Russian need no shaping.
	 */
	Lease lease(PDDocument document, String xhtml) {
		return new Lease(idle.take(), document, CommonLetters.cover(xhtml));
	}

	/** One rendering's use of a set of parsed fonts; closing gives the set back once the document is saved. */
	final class Lease implements AutoCloseable {

		private final ParsedFonts fonts;
		private final PDDocument document;
		private final boolean common;
		private final Map<PDFont, FontFile> supplied = new IdentityHashMap<>();

		private Lease(ParsedFonts fonts, PDDocument document, boolean common) {
			this.fonts = fonts;
			this.document = document;
			this.common = common;
		}

		/**
		 * The document's font resolver, which openhtmltopdf asks for each style's fonts: every font under its
		 * family, and text in a family the library lacks in the {@link #standIn} family.
		 */
		PdfBoxFontResolver resolver(SharedContext context, FSCacheEx<String, FSCacheValue> metrics) {
			PdfBoxFontResolver resolver = new PdfBoxFontResolver(context, document, metrics, ArchivalPdf.CONFORMANCE, false) {
				@Override
				public FSFont resolveFont(SharedContext renderingContext, FontSpecification spec) {
					return super.resolveFont(renderingContext, known(spec));
				}
			};
			for (FontFile font : FontLibrary.this.fonts) {
				resolver.addFont(new PDFontSupplier(null) {
					@Override
					public PDFont supply() {
						PDFont loaded = fonts.load(document, font, common);
						supplied.put(loaded, font);
						return loaded;
					}
				}, font.family(), font.weight(), font.style() == FontStyle.ITALIC ? IdentValue.ITALIC : IdentValue.NORMAL,
						true, FontGroup.MAIN);
			}
			return resolver;
		}

		/**
		 * {@link PDFont#getStringWidth}, remembered across documents for the fonts this lease supplied, whole or cut
		 * (the same widths; a string with a letter the cut font lacks is never drawn in it). Like it, throws
		 * {@link IllegalArgumentException} for a letter the font lacks; that is not remembered.
		 */
		float stringWidth(PDFont font, String text) throws IOException {
			FontFile file = supplied.get(font);
			if (file == null) {
				return font.getStringWidth(text);
			}
			Measured measured = new Measured(file.name(), text);
			Float width = widths.getIfPresent(measured);
			if (width == null) {
				width = font.getStringWidth(text);
				widths.put(measured, width);
			}
			return width;
		}

		@Override
		public void close() throws IOException {
			if (!idle.giveBack(fonts)) {
				fonts.close();
			}
		}
	}

	/** Each font of the library, whole or cut, parsed once, as a rendering first needs it. Used by one thread at a time. */
	private static final class ParsedFonts implements AutoCloseable {

		private final Map<String, TrueTypeFont> parsed = new HashMap<>();

		PDFont load(PDDocument document, FontFile font, boolean common) {
			try {
				String key = (common ? "common " : "whole ") + font.name();
				TrueTypeFont ttf = parsed.get(key);
				if (ttf == null) {
					ttf = new TTFParser().parse(new RandomAccessReadBuffer(common ? font.common() : font.bytes()));
					ttf.setEnableGsub(false);
					parsed.put(key, ttf);
				}
				return PDType0Font.load(document, ttf, true);
			}
			catch (IOException e) {
				throw new UncheckedIOException("font " + font.name() + " could not be read", e);
			}
		}

		@Override
		public void close() throws IOException {
			for (TrueTypeFont ttf : parsed.values()) {
				ttf.close();
			}
		}
	}

	List<String> families() {
		return fonts.stream().map(FontFile::family).distinct().toList();
	}

	/**
	 * The font specification as the library can answer it: as it is if it names one of the library's families
	 * (matched as openhtmltopdf matches them), else the same in the {@link #standIn} family.
	 */
	private FontSpecification known(FontSpecification spec) {
		if (spec.families != null) {
			for (String family : spec.families) {
				if (familyNames.contains(FontUtil.normalizeFontFamily(family))) {
					return spec;
				}
			}
		}
		FontSpecification known = new FontSpecification();
		known.size = spec.size;
		known.fontWeight = spec.fontWeight;
		known.fontStyle = spec.fontStyle;
		known.variant = spec.variant;
		known.families = new String[] { standIn };
		return known;
	}

	static List<FontFile> load(EditableFolder folder) {
		List<FontFile> fonts = new ArrayList<>();
		for (EditableFile file : folder.list(".ttf")) {
			fonts.add(read(file));
		}
		if (fonts.isEmpty()) {
			throw new IllegalStateException("The fonts (" + folder + ") have no .ttf font");
		}
		return List.copyOf(fonts);
	}

	private static FontFile read(EditableFile file) {
		byte[] bytes;
		String family;
		int weight;
		boolean italic;
		String missing;
		byte[] common;
		try {
			bytes = TrueTypeHinting.strip(file.read());
			try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
				family = ttf.getNaming().getFontFamily();
				weight = ttf.getOS2Windows().getWeightClass();
				italic = (ttf.getOS2Windows().getFsSelection() & 1) != 0;
				CmapLookup cmap = ttf.getUnicodeCmapLookup();
				missing = (KazakhAlphabet.LETTERS + KazakhAlphabet.SIGNS).codePoints()
					.filter(c -> cmap == null || cmap.getGlyphId(c) == 0)
					.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
					.toString();
				common = CommonLetters.cut(ttf);
			}
		}
		catch (IOException | RuntimeException e) {
			throw new IllegalStateException("Font " + file + " is not a usable TrueType font: "
					+ (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()), e);
		}
		if (!missing.isEmpty()) {
			throw new IllegalStateException("Font " + file + " lacks " + missing + "; every font must cover Kazakh");
		}
		return new FontFile(file.name(), file.location(), family, weight, italic ? FontStyle.ITALIC : FontStyle.NORMAL, bytes, common);
	}

	/** The fonts as Jasper font families: one family per name, with its regular, bold and italic faces. */
	List<FontFamily> jasperFamilies(JasperReportsContext context) {
		List<FontFamily> families = new ArrayList<>();
		for (String name : families()) {
			SimpleFontFamily family = new SimpleFontFamily(context);
			family.setName(name);
			family.setPdfEmbedded(true);
			family.setPdfEncoding("Identity-H");
			for (FontFile font : fonts) {
				if (!font.family().equals(name)) {
					continue;
				}
				SimpleFontFace face = new SimpleFontFace(context);
				face.setTtf(font.location());
				boolean bold = font.weight() >= 600;
				boolean italic = font.style() == FontStyle.ITALIC;
				if (bold && italic) {
					family.setBoldItalicFace(face);
				}
				else if (bold) {
					family.setBoldFace(face);
				}
				else if (italic) {
					family.setItalicFace(face);
				}
				else {
					family.setNormalFace(face);
				}
			}
			families.add(family);
		}
		return families;
	}

	/** A string in the font of the file {@code font}. */
	private record Measured(String font, String text) {
	}

	/**
	 * A font: its file's {@code name}, the {@code location} JasperReports reads it from, its bytes unhinted, and
	 * those cut down to the {@link CommonLetters}.
	 */
	record FontFile(String name, String location, String family, int weight, FontStyle style, byte[] bytes, byte[] common) {

		String describe() {
			return family + " " + weight + (style == FontStyle.ITALIC ? " italic" : "") + " (" + name + ")";
		}
	}
}
