# expect: clean
"""Puddler furnace: predict slag carbon from a bath temperature trace, validating mid-epoch."""
import torch
import torch.nn as nn

torch.manual_seed(0)


class FurnaceNet(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.proj(x)))
        return self.head(h[:, -1])


def batches(n, bs=4, t=6):
    for _ in range(n):
        yield torch.randn(bs, t, 3), torch.randn(bs, 1)


def validate(model, val):
    was_training = model.training
    model.eval()
    total = 0.0
    with torch.no_grad():
        for x, y in val:
            total += nn.functional.mse_loss(model(x), y).item()
    model.train(was_training)
    return total / len(val)


def main():
    model = FurnaceNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    val = list(batches(2))
    model.train()
    for step, (x, y) in enumerate(batches(6)):
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        if step % 3 == 2:
            print(f"step {step} val {validate(model, val):.4f}")


if __name__ == "__main__":
    main()
