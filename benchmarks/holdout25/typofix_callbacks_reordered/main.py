# expect: clean
"""Typing-error correction: a char GRU encoder-tagger trained with prioritised callbacks."""
import torch

from typofix import CorrectionTagger, Trainer
from typofix.training.callbacks import ModeCallback, ProbeCallback

torch.manual_seed(14)
model = CorrectionTagger(vocab=20, hidden=8)
batches = [(torch.randint(0, 20, (3, 7)), torch.randint(0, 20, (3, 7))) for _ in range(3)]
trainer = Trainer(model, callbacks=[ModeCallback(priority=10), ProbeCallback(priority=0)])
trainer.fit(batches, epochs=2)
print("done", trainer.step)
