from .data import furnace_batches
