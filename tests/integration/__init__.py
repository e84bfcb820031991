"""Integration tests: the SDK against the Prism mocks of both APIs (`-m integration`)."""

import pytest

pytest.register_assert_rewrite("tests.integration.checks")
