"""Batch and IO: reading inputs, writing outputs, worker pools, progress, Dask.

May import ``extract`` and below."""
