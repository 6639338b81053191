# expect: clean
"""Linear probing: a pretrained BiLSTM encoder is frozen and kept in eval mode, only a probe on top is trained.
The token inputs carry no gradient, so nothing flows back into the encoder."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
encoder = nn.Sequential()
encoder.add_module("embed", nn.Embedding(70, 12))
encoder.add_module("lstm", nn.LSTM(12, 12, num_layers=2, bidirectional=True, batch_first=True, dropout=0.1))
encoder.eval()
for param in encoder.parameters():
    param.requires_grad_(False)

probe = nn.Linear(24, 5)  # part-of-speech probe
opt = torch.optim.SGD(probe.parameters(), lr=0.1)

for epoch in range(2):
    for _ in range(3):
        tokens, tags = torch.randint(0, 70, (4, 9)), torch.randint(0, 5, (4, 9))
        states, _ = encoder(tokens)
        loss = F.cross_entropy(probe(states).flatten(0, 1), tags.flatten())
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(f"epoch {epoch}: probe loss {loss.item():.4f}")
