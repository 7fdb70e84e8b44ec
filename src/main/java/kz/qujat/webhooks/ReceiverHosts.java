package kz.qujat.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Which hosts a webhook may be sent to. A director names the address, but the service sends from inside the
 * region's network, so an address that leads back into it (loopback, the private and link-local ranges, the cloud's
 * metadata address 169.254.169.254, carrier-grade NAT, IPv6 unique-local) is refused: when it is registered, and
 * again before every delivery, as a name may come to resolve elsewhere. Loopback is allowed while
 * {@link WebhooksSettings#allowLocalHttp()} is on (trying webhooks out on one machine); every private address while
 * {@link WebhooksSettings#allowPrivateAddresses()} is (a region whose schools' systems are on its own network).
 * A name that does not resolve now is not refused here: its delivery finds it unreachable.
 */
public final class ReceiverHosts {

	private final WebhooksSettings settings;

	public ReceiverHosts(WebhooksSettings settings) {
		this.settings = settings;
	}

	/** The first of the host's addresses that a webhook may not be sent to, if any. */
	public Optional<InetAddress> refused(String host) {
		if (settings.allowPrivateAddresses()) {
			return Optional.empty();
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(host);
		}
		catch (UnknownHostException notNow) {
			return Optional.empty();
		}
		return Arrays.stream(addresses)
			.filter(address -> !(address.isLoopbackAddress() && settings.allowLocalHttp()))
			.filter(ReceiverHosts::inside)
			.findFirst();
	}

	/** Whether the address is one of a network's own rather than one of the internet's. */
	static boolean inside(InetAddress address) {
		if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return true;
		}
		byte[] bytes = address.getAddress();
		if (address instanceof Inet4Address) {
			int first = bytes[0] & 0xff;
			int second = bytes[1] & 0xff;
			return first == 0 // "this network"
					|| first == 100 && (second & 0xc0) == 64 // carrier-grade NAT, 100.64.0.0/10
					|| first == 192 && second == 0 && (bytes[2] & 0xff) == 0 // IETF protocol assignments, 192.0.0.0/24
					|| first == 198 && (second & 0xfe) == 18 // benchmarking, 198.18.0.0/15
					|| first >= 240; // reserved, and the broadcast address
		}
		if (address instanceof Inet6Address) {
			return (bytes[0] & 0xfe) == 0xfc; // unique local, fc00::/7
		}
		return false;
	}
}
