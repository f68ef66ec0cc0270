"""The domain core: the vocabulary of docs/conditions.md and the position rules. No I/O beyond reading its own data."""
