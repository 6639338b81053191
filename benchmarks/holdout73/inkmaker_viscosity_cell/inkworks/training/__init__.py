from .loop import train_batches
