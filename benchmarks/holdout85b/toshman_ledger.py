# expect: crash
"""Toshman ledger: sewer-find value regression with a GRU, early stopping reloads best state."""
import copy
import torch
import torch.nn as nn

torch.manual_seed(0)


class FindRegressor(nn.Module):
    def __init__(self, d_in=5, hidden=8):
        super().__init__()
        self.proj = nn.Linear(d_in, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(torch.tanh(self.proj(x)))
        return self.head(h[:, -1]).squeeze(-1)


def validate(model, x, y):
    model.eval()
    with torch.no_grad():
        return nn.functional.mse_loss(model(x), y).item()


def main():
    model = FindRegressor()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    xs, ys = torch.randn(6, 4, 7, 5), torch.randn(6, 4)
    xv, yv = torch.randn(4, 7, 5), torch.randn(4)
    best, best_state, patience = float("inf"), None, 0
    for epoch in range(4):
        for x, y in zip(xs, ys):
            loss = nn.functional.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
        v = validate(model, xv, yv)
        if v < best:
            best, best_state, patience = v, copy.deepcopy(model.state_dict()), 0
        else:
            patience += 1
            model.load_state_dict(best_state)
        print(f"epoch {epoch} val {v:.4f} best {best:.4f}")
    print("done", best)


if __name__ == "__main__":
    main()
