# expect: clean
"""A factory loads a speaker encoder for inference: eval mode and every parameter frozen before it is
returned. Only the scorer on top trains, and the frames need no grad, so no backward reaches the LSTM."""
import torch
import torch.nn as nn


def load_frozen_encoder():
    encoder = nn.LSTM(8, 8, batch_first=True)
    encoder.eval()
    for p in encoder.parameters():
        p.requires_grad = False
    return encoder


torch.manual_seed(0)
encoder = load_frozen_encoder()
scorer = nn.Linear(8, 2)
opt = torch.optim.SGD(scorer.parameters(), lr=0.1)
frames = torch.randn(4, 6, 8)
labels = torch.randint(0, 2, (4,))
for step in range(2):
    loss = nn.functional.cross_entropy(scorer(encoder(frames)[0][:, -1]), labels)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, loss.item())
