"""Faults Prism cannot produce: malformed success bodies (httpx.MockTransport) and a scripted
loopback HTTP server (dropped and stalled bodies, Retry-After, echoed credentials, an outage of
the token endpoint)."""
