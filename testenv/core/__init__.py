"""Shared machinery of the test environment: storage, sessions, CSRF, clock, outboxes, texts."""
