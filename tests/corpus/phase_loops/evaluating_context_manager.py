# expect: clean
"""A home-made `evaluating(model)` context manager that restores the previous mode on exit."""
from contextlib import contextmanager

import torch
import torch.nn as nn


@contextmanager
def evaluating(model):
    was_training = model.training
    model.eval()
    try:
        yield model
    finally:
        model.train(was_training)


torch.manual_seed(0)
lstm = nn.LSTM(3, 6, batch_first=True)
head = nn.Linear(6, 1)
opt = torch.optim.Adam(list(lstm.parameters()) + list(head.parameters()))
for epoch in range(3):
    x, y = torch.randn(5, 4, 3), torch.randn(5, 1)
    loss = nn.functional.mse_loss(head(lstm(x)[0][:, -1]), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    with evaluating(lstm), torch.no_grad():
        print(epoch, head(lstm(torch.randn(2, 4, 3))[0][:, -1]).mean().item())
