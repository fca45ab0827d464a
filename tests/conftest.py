"""Shared fixtures."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def resources():
    from pipeline.build import get_resources

    return get_resources()
