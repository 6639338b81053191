# expect: crash
"""Dew-pond water level forecaster: fine-tune on the newest survey after a validation pass."""
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
    model.eval()
    with torch.no_grad():
        return nn.functional.mse_loss(model(xs), ys).item()


def main():
    model = PondNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    xs, ys = torch.randn(4, 6, 3), torch.randn(4, 1)
    for epoch in range(2):
        model.train()
        loss = nn.functional.mse_loss(model(xs), ys)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print("epoch", epoch, "val", round(validate(model, xs, ys), 4))
    # fine-tune on the latest survey: the loop's train() is behind us
    newest_x, newest_y = torch.randn(2, 6, 3), torch.randn(2, 1)
    loss = nn.functional.mse_loss(model(newest_x), newest_y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print("done")


if __name__ == "__main__":
    main()
