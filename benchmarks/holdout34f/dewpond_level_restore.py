# expect: clean
"""Dew-pond water level forecaster: validation restores the caller's mode before fine-tuning."""
import torch
import torch.nn as nn

torch.manual_seed(0)


class PondNet(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(torch.relu(self.proj(x)))
        return self.head(h[:, -1])


def validate(model, xs, ys):
    was_training = model.training
    model.eval()
    with torch.no_grad():
        val = nn.functional.mse_loss(model(xs), ys).item()
    model.train(was_training)
    return val


def main():
    model = PondNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    xs, ys = torch.randn(4, 6, 3), torch.randn(4, 1)
    model.train()
    for epoch in range(2):
        loss = nn.functional.mse_loss(model(xs), ys)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print("epoch", epoch, "val", round(validate(model, xs, ys), 4))
    newest_x, newest_y = torch.randn(2, 6, 3), torch.randn(2, 1)
    loss = nn.functional.mse_loss(model(newest_x), newest_y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print("done")


if __name__ == "__main__":
    main()
