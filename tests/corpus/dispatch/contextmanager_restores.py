# expect: clean
"""A @contextmanager puts the model in eval mode for a no-grad check and restores train mode after its
yield (in a finally); training afterwards is in train mode."""
import contextlib

import torch
import torch.nn as nn


@contextlib.contextmanager
def evaluating(model):
    model.eval()
    try:
        yield
    finally:
        model.train()


class Scorer(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(3, 6, batch_first=True)
        self.fc = nn.Linear(6, 1)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


torch.manual_seed(0)
model = Scorer()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
for _ in range(2):
    with evaluating(model), torch.no_grad():
        print("check", model(torch.randn(1, 4, 3)).item())
    loss = model(torch.randn(2, 4, 3)).pow(2).mean()
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
