# expect: clean
"""Near miss of save_load_whole_model: the model is saved before validation switches it to eval."""
import os
import tempfile

import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.out = nn.Linear(8, 2)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


path = os.path.join(tempfile.mkdtemp(), "last.pt")
model = Tagger()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for epoch in range(2):
    model.train()
    loss = nn.functional.cross_entropy(model(torch.randn(4, 5, 3)), torch.randint(0, 2, (4,)))
    opt.zero_grad()
    loss.backward()
    opt.step()
    torch.save(model, path)
    model.eval()
    with torch.no_grad():
        model(torch.randn(4, 5, 3))

finetuned = torch.load(path, weights_only=False)
loss = nn.functional.cross_entropy(finetuned(torch.randn(4, 5, 3)), torch.randint(0, 2, (4,)))
loss.backward()
