"""The domain: plain dataclasses and pure functions. Never imports Qt."""
