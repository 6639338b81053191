# expect: clean
"""Woodward timber-volume model: early stopping reloads the best state dict, validation restores the mode."""
import copy
import torch
import torch.nn as nn

torch.manual_seed(1)


class TimberLSTM(nn.Module):
    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h[:, -1])


def batch(n=4, t=5):
    x = torch.randn(n, t, 4)
    return x, x.mean(dim=(1, 2)).unsqueeze(1)


def validate(model, data):
    was_training = model.training
    model.eval()
    with torch.no_grad():
        out = nn.functional.mse_loss(model(data[0]), data[1]).item()
    model.train(was_training)
    return out


def fit(model, opt, val, epochs=3):
    best, best_state = float("inf"), None
    model.train()
    for ep in range(epochs):
        for _ in range(3):
            x, y = batch()
            loss = nn.functional.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        v = validate(model, val)
        if v < best:
            best, best_state = v, copy.deepcopy(model.state_dict())
    return best, best_state


model = TimberLSTM()
opt = torch.optim.SGD(model.parameters(), lr=0.05)
val = batch()
best, state = fit(model, opt, val)
model.load_state_dict(state)
for _ in range(2):
    loss = nn.functional.mse_loss(model(val[0]), val[1])
    opt.zero_grad()
    loss.backward()
    opt.step()
print("best", round(best, 4), "training", model.training)
