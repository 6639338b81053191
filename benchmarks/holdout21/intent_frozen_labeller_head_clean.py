# expect: clean
"""Intent detection: a frozen eval-mode GRU labeller provides features; only a new head on top is trained."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(53)
VOCAB, EMB, HID, INTENTS = 50, 8, 12, 5


class Labeller(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(VOCAB, EMB)
        self.gru = nn.GRU(EMB, HID, batch_first=True)
        self.out = nn.Linear(HID, INTENTS)

    def features(self, ids):
        return self.gru(self.emb(ids))[0][:, -1]


labeller = Labeller()
for p in labeller.parameters():
    p.requires_grad_(False)
labeller.eval()

head = nn.Sequential(nn.Linear(HID, HID), nn.ReLU(), nn.Linear(HID, INTENTS + 2))  # two new intents
opt = torch.optim.Adam(head.parameters(), lr=1e-2)
for step in range(3):
    ids = torch.randint(0, VOCAB, (4, 7))
    y = torch.randint(0, INTENTS + 2, (4,))
    loss = F.cross_entropy(head(labeller.features(ids)), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4))
