package kz.qujat.rendering.internal;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** Render-only: the receipt's template, filled and drawn to a PDF with its fonts and QR code; nothing stored or signed. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReceiptRenderBenchmark {

	private ReceiptFixture fixture;

	@Setup
	public void start() {
		fixture = new ReceiptFixture();
	}

	@TearDown
	public void stop() {
		fixture.close();
	}

	@Benchmark
	public byte[] renderReceipt() {
		return fixture.render();
	}
}
