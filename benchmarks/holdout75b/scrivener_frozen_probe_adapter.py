# expect: crash
"""Scrivener's hand identification: frozen eval-mode BiLSTM, but a trainable adapter sits in front of it."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(14)

encoder = nn.LSTM(4, 8, num_layers=2, batch_first=True, bidirectional=True, dropout=0.1)
encoder.eval()
encoder.requires_grad_(False)
adapter = nn.Linear(4, 4)
probe = nn.Linear(16, 5)
opt = torch.optim.SGD(list(adapter.parameters()) + list(probe.parameters()), lr=0.1)

strokes = torch.randn(16, 9, 4)
hands = torch.randint(0, 5, (16,))
for epoch in range(3):
    for i in range(0, 16, 4):
        feats, _ = encoder(strokes[i:i + 4] + adapter(strokes[i:i + 4]))
        loss = F.cross_entropy(probe(feats.mean(1)), hands[i:i + 4])
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print(epoch, round(loss.item(), 4))
