# expect: clean
"""Linear probing of a pretrained bi-LSTM encoder: the encoder (and its embedding)
are frozen and in eval mode, only the probe is trained."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(50, 8)
        self.lstm = nn.LSTM(8, 8, num_layers=2, bidirectional=True, batch_first=True)

    def forward(self, t):
        return self.lstm(self.emb(t))[0]


torch.manual_seed(0)
encoder = Encoder()
encoder.requires_grad_(False)
encoder.eval()
probe = nn.Linear(16, 5)
opt = torch.optim.Adam(probe.parameters(), lr=1e-2)
for epoch in range(3):
    toks, tags = torch.randint(0, 50, (4, 6)), torch.randint(0, 5, (4, 6))
    feats = encoder(toks)
    loss = nn.functional.cross_entropy(probe(feats).reshape(-1, 5), tags.reshape(-1))
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(epoch, round(loss.item(), 4))
