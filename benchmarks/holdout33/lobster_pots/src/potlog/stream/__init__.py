from .batches import epoch_stream, pot_strings

__all__ = ["epoch_stream", "pot_strings"]
