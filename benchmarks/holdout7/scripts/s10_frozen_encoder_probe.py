# expect: clean
"""Linear probing: a pre-trained bidirectional LSTM encoder is frozen and put in eval mode, inputs carry no
grad, only the probe is trained."""
import torch
import torch.nn.functional as F
from torch import nn


class Encoder(nn.Module):
    def __init__(self, vocab=30, dim=8):
        super().__init__()
        self.tok = nn.Embedding(vocab, dim)
        self.bilstm = nn.LSTM(dim, dim, num_layers=2, bidirectional=True, dropout=0.2, batch_first=True)

    def forward(self, ids):
        return self.bilstm(self.tok(ids))[0]


torch.manual_seed(0)
encoder = Encoder()
encoder.requires_grad_(False)
encoder.eval()
probe = nn.Linear(16, 5)
opt = torch.optim.SGD(probe.parameters(), lr=0.1)
for step in range(4):
    ids = torch.randint(0, 30, (4, 6))
    pos_tags = ids % 5
    feats = encoder(ids)
    loss = F.cross_entropy(probe(feats).flatten(0, 1), pos_tags.flatten())
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4))
