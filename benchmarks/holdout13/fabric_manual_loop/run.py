# expect: clean
"""Lightning Fabric style manual loop: `fabric.setup(model, optimizer)` wraps the model, the loop in
engine/loops.py calls `fabric.backward(loss)`, and validation runs inside `utils.modes.evaluating(model)`, a
context manager that records each submodule's mode and restores it on exit."""
import torch
import torch.nn as nn

from engine.fabric import Fabric
from engine.loops import fit


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(40, 10)
        self.lstm = nn.LSTM(10, 10, num_layers=2, batch_first=True, dropout=0.1)
        self.tag = nn.Linear(10, 5)

    def forward(self, tok):
        return self.tag(self.lstm(self.embed(tok))[0])


def data(n):
    return [(torch.randint(0, 40, (3, 7)), torch.randint(0, 5, (3, 7))) for _ in range(n)]


fabric = Fabric(accelerator="cpu")
model, optimizer = fabric.setup(Tagger(), torch.optim.AdamW(Tagger().parameters(), 1e-3))
optimizer = torch.optim.AdamW(model.parameters(), 1e-3)
fit(fabric, model, optimizer, data(4), data(1), epochs=2, val_every=2)
print("done")
