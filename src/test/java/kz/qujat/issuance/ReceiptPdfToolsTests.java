package kz.qujat.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import kz.qujat.support.Api;
import kz.qujat.support.IntegrationTest;
import kz.qujat.support.Receipts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The receipt as independent PDF tools see it: {@code qpdf --check} finds nothing to complain about and
 * {@code pdffonts} lists every font embedded as a subset with a Unicode map. {@code .ci/run} installs both
 * tools (Debian {@code qpdf}, {@code poppler-utils}); where they are missing these checks are skipped.
 */
@IntegrationTest
class ReceiptPdfToolsTests {

	@LocalServerPort
	int port;

	@TempDir
	Path folder;

	@Test
	void qpdfFindsNoProblemAndPdffontsListsOnlyEmbeddedSubsetsWithUnicodeMaps() throws Exception {
		assumeTrue(installed("qpdf") && installed("pdffonts"), "qpdf and pdffonts are not installed");
		Api api = new Api(port);
		byte[] pdf = api.get(Api.json(api.post("/api/v1/documents", Receipts.simple("Тексеру " + Receipts.ALL_KAZAKH_LETTERS)))
			.get("pdfUrl").asString()).body();
		Path file = Files.write(folder.resolve("receipt.pdf"), pdf);

		Result qpdf = run("qpdf", "--check", file.toString());
		assertThat(qpdf.exitCode()).as(qpdf.output()).isZero();
		assertThat(qpdf.output()).contains("No syntax or stream encoding errors found").doesNotContain("WARNING");

		Result pdffonts = run("pdffonts", file.toString());
		assertThat(pdffonts.exitCode()).isZero();
		List<String> fonts = pdffonts.output().lines().skip(2).toList();
		assertThat(fonts).isNotEmpty().allSatisfy(line -> {
			String[] columns = line.trim().split("\\s+");
			// name type… encoding emb sub uni object-id generation: the three flags sit before the last two columns
			int flags = columns.length - 5;
			assertThat(columns[0]).as(line).matches("[A-Z]{6}\\+.+");
			assertThat(List.of(columns[flags], columns[flags + 1], columns[flags + 2])).as(line)
				.containsExactly("yes", "yes", "yes");
		});
	}

	private static boolean installed(String tool) {
		return List.of("/usr/bin", "/usr/local/bin").stream().anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
	}

	private static Result run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		return new Result(process.exitValue(), output);
	}

	record Result(int exitCode, String output) {
	}
}
