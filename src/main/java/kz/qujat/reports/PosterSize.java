package kz.qujat.reports;

/** The paper a service passport poster is printed on. */
public enum PosterSize {
	A4, A3
}
