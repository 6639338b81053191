# expect: clean
"""A linear probe on a pretrained LSTM language model, frozen whole and in eval mode; the features come
from the model's own encode() method, whose embedding is frozen by the caller too."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(12)


class LanguageModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.embedding = nn.Embedding(50, 8)
        self.encoder = nn.LSTM(8, 12, batch_first=True)
        self.decoder = nn.Linear(12, 50)

    def encode(self, tokens):
        states, _ = self.encoder(self.embedding(tokens))
        return states


lm = LanguageModel()
lm.eval()
for p in lm.parameters():
    p.requires_grad_(False)
probe = nn.Linear(12, 3)
opt = torch.optim.SGD(probe.parameters(), lr=0.1)
for step in range(3):
    tokens, labels = torch.randint(0, 50, (4, 7)), torch.randint(0, 3, (4,))
    loss = F.cross_entropy(probe(lm.encode(tokens)[:, -1]), labels)
    opt.zero_grad()
    loss.backward()
    opt.step()
print("probe loss", loss.item())
