# expect: clean
"""A model published as an in-memory pickle: the exporter evaluates it, torch.save()s the whole module into
an io.BytesIO and hands back the bytes, after putting it back in train mode; the fine-tuning script loads
them with torch.load(io.BytesIO(...)) and trains the module in the train mode it was saved in."""
import io

import torch
import torch.nn as nn


class Speller(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(16, 6)
        self.rnn = nn.GRU(6, 6, batch_first=True)
        self.out = nn.Linear(6, 16)

    def forward(self, ids):
        return self.out(self.rnn(self.embed(ids))[0])


def export():
    model = Speller()
    model.eval()
    with torch.no_grad():
        model(torch.randint(0, 16, (1, 4)))
    model.train()
    buffer = io.BytesIO()
    torch.save(model, buffer)
    return buffer.getvalue()


torch.manual_seed(0)
payload = export()
model = torch.load(io.BytesIO(payload), weights_only=False)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
ids = torch.randint(0, 16, (3, 5))
for step in range(2):
    logits = model(ids[:, :-1])
    loss = nn.functional.cross_entropy(logits.flatten(0, 1), ids[:, 1:].flatten())
    opt.zero_grad()
    loss.backward()
    opt.step()
print("done")
