# expect: crash
"""Intent detection with a frozen GRU labeller used as a feature extractor behind a trainable adapter."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(53)
VOCAB, EMB, HID, INTENTS = 50, 8, 12, 5


class Labeller(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(EMB, HID, batch_first=True)
        self.out = nn.Linear(HID, INTENTS)

    def forward(self, emb):
        return self.out(self.gru(emb)[0][:, -1])


labeller = Labeller()
for p in labeller.parameters():
    p.requires_grad_(False)
labeller.eval()

# a new-domain embedding table is adapted while the labeller stays fixed
adapter = nn.Embedding(VOCAB, EMB)
opt = torch.optim.Adam(adapter.parameters(), lr=1e-2)
for step in range(3):
    ids = torch.randint(0, VOCAB, (4, 7))
    y = torch.randint(0, INTENTS, (4,))
    loss = F.cross_entropy(labeller(adapter(ids)), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print(step, round(loss.item(), 4))
