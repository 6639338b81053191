# expect: crash
"""Validation inside the epoch loop behind a module-level switch, on: VALIDATE_EACH_EPOCH is True, so the
validation helper leaves the model in eval for the next epoch (validate_flag_module_constant_off: off)."""
import torch
import torch.nn as nn

VALIDATE_EACH_EPOCH = True


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8, batch_first=True)
        self.head = nn.Linear(8, 3)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out[:, -1])


def validate(model, x, y):
    model.eval()
    with torch.no_grad():
        return (model(x).argmax(-1) == y).float().mean().item()


def train(model, epochs=2):
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    x, y = torch.randn(6, 5, 4), torch.randint(0, 3, (6,))
    for epoch in range(epochs):
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        if VALIDATE_EACH_EPOCH:
            print(epoch, validate(model, x, y))


train(Tagger())
