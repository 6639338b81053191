# expect: crash
"""Verderer deer-count forecaster: GRU over weekly counts, early stopping reloads the best state dict."""
import copy
import torch
import torch.nn as nn

torch.manual_seed(0)


class DeerGRU(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.tanh(self.proj(x)))
        return self.head(h[:, -1])


def make_batch(n=4, t=6):
    x = torch.randn(n, t, 3)
    return x, x.sum(dim=(1, 2)).unsqueeze(1) * 0.1


def validate(model, batch):
    model.eval()
    with torch.no_grad():
        x, y = batch
        return nn.functional.mse_loss(model(x), y).item()


def main():
    model = DeerGRU()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    val = make_batch()
    best, best_state, bad = float("inf"), None, 0
    for epoch in range(4):
        model.train()
        for _ in range(3):
            x, y = make_batch()
            loss = nn.functional.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        v = validate(model, val)
        if v < best:
            best, best_state, bad = v, copy.deepcopy(model.state_dict()), 0
        else:
            bad += 1
    # reload the best weights and polish on the validation batch
    model.load_state_dict(best_state)
    for _ in range(2):
        x, y = val
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print("best", round(best, 4))


if __name__ == "__main__":
    main()
