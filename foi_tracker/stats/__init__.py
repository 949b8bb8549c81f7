"""Responsiveness statistics, computed as SQL aggregates."""
