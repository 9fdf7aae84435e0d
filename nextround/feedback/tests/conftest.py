"""Fixtures for the feedback tests: real SMTP servers on loopback, a fresh rate-limit cache."""

import socket

import pytest
from aiosmtpd.controller import Controller
from django.core.cache import cache

from nextround.feedback.tests.factories import SmtpAccountFactory


class Recorder:
    """An SMTP handler that keeps every envelope it accepts (or refuses all with a reply)."""

    def __init__(self, reply="250 OK"):
        self.reply = reply
        self.envelopes = []

    async def handle_DATA(self, server, session, envelope):
        if self.reply.startswith("250"):
            self.envelopes.append(envelope)
        return self.reply


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(handler):
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    return controller


@pytest.fixture
def smtp_server():
    """A real SMTP server on 127.0.0.1 that accepts and records; yields (handler, port)."""
    handler = Recorder()
    controller = _serve(handler)
    yield handler, controller.port
    controller.stop()


@pytest.fixture
def refusing_server():
    """A real SMTP server that refuses every message at DATA."""
    handler = Recorder("554 5.7.1 Message rejected as spam")
    controller = _serve(handler)
    yield handler, controller.port
    controller.stop()


@pytest.fixture
def smtp_account(user, smtp_server):
    return SmtpAccountFactory(owner=user, port=smtp_server[1])


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()
