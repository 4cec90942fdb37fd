"""Readers for the app's training exports (EXPORT_FORMAT.md) and the augmentations."""
