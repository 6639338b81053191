from .heads import head_batches
