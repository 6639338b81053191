# expect: crash
# category: dynamic
"""Experiment script where a decorator adds validation after every training epoch; the epoch
function itself relies on the model being in training mode from setup."""
import functools
import time

import torch
import torch.nn as nn

torch.manual_seed(42)


def with_validation(val_data):
    def decorator(train_fn):
        @functools.wraps(train_fn)
        def wrapper(model, *args, **kwargs):
            t0 = time.time()
            result = train_fn(model, *args, **kwargs)
            model.eval()
            with torch.no_grad():
                acc = sum((model(x).argmax(1) == y).float().mean().item() for x, y in val_data) / len(val_data)
            print(f"{train_fn.__name__}: loss {result:.3f} val acc {acc:.2f} ({time.time() - t0:.2f}s)")
            return result
        return wrapper
    return decorator


class MotionClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(9, 12, batch_first=True, proj_size=6)
        self.fc = nn.Linear(6, 6)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


val_data = [(torch.randn(8, 20, 9), torch.randint(0, 6, (8,)))]
train_data = [(torch.randn(8, 20, 9), torch.randint(0, 6, (8,))) for _ in range(3)]
model = MotionClassifier()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)


@with_validation(val_data)
def train_one_epoch(model, data):
    for x, y in data:
        loss = nn.functional.cross_entropy(model(x), y)
        optimizer.zero_grad()
        loss.backward()  # TM001-here
        optimizer.step()
    return loss.item()


model.train()
for epoch in range(2):
    train_one_epoch(model, train_data)
