from .census import census_batches

__all__ = ["census_batches"]
