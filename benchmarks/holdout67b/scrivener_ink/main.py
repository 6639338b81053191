# expect: crash
"""Scrivener ink fading: an LSTM reads densitometer scans of ledger lines and
predicts legibility. After each epoch a callback values every training example by
the alignment of its own gradient with the validation gradient."""
import torch

from ledger import InkLSTM, ValuationCallback, fit

torch.manual_seed(8)

train = [(torch.randn(5, 4), torch.rand(())) for _ in range(6)]
val = [(torch.randn(5, 4), torch.rand(())) for _ in range(3)]

model = InkLSTM()
fit(model, train, epochs=2, callbacks=[ValuationCallback(val)])
