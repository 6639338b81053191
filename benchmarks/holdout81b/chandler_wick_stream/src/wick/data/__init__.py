from .stream import phased_batches
