"""Unit tests for the finapi wrapper (no network; httpx.MockTransport fakes)."""
