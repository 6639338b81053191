# expect: clean
"""Collier shaft gas sensor: LSTM regressor of methane ppm; validation helper restores the earlier mode after validation."""
import torch
import torch.nn as nn

torch.manual_seed(0)


class GasNet(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.proj(x)))
        return self.head(h[:, -1])


def validate(model, xs, ys):
    was_training = model.training
    model.eval()
    with torch.no_grad():
        val = nn.functional.mse_loss(model(xs), ys).item()
    model.train(was_training)
    return val


def main():
    model = GasNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    xs, ys = torch.randn(4, 6, 3), torch.randn(4, 1)
    vx, vy = torch.randn(3, 6, 3), torch.randn(3, 1)
    model.train()
    for epoch in range(2):
        for _ in range(2):
            opt.zero_grad()
            loss = nn.functional.mse_loss(model(xs), ys)
            loss.backward()
            opt.step()
        print("epoch", epoch, "val", round(validate(model, vx, vy), 4))


if __name__ == "__main__":
    main()
