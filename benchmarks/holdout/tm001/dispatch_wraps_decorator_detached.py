# expect: clean
# category: dispatch
"""Same regulariser, but the clean branch is a fixed target: decorated function runs under no_grad."""
import functools

import torch
import torch.nn as nn
import torch.nn.functional as F


def deterministic(fn):
    @functools.wraps(fn)
    def wrapper(model, *args, **kwargs):
        was_training = model.training
        model.eval()
        try:
            with torch.no_grad():
                return fn(model, *args, **kwargs)
        finally:
            model.train(was_training)
    return wrapper


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 16, batch_first=True, dropout=0.2, num_layers=2)
        self.fc = nn.Linear(16, 2)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1])


@deterministic
def clean_logits(model, x):
    return model(x)


torch.manual_seed(0)
model = Net()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for step in range(3):
    x, y = torch.randn(8, 5, 3), torch.randint(0, 2, (8,))
    target = clean_logits(model, x).softmax(-1)
    noisy = model(x + 0.1 * torch.randn_like(x))
    loss = F.cross_entropy(noisy, y) + F.mse_loss(noisy.softmax(-1), target)
    opt.zero_grad()
    loss.backward()
    opt.step()
