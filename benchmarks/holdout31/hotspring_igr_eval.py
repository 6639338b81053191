# expect: crash
"""Hot-spring geochemistry: predict silica concentration from a window of
temperature / pH / conductivity readings. Evaluation reports an input-gradient
sensitivity score next to the MSE."""
import torch
import torch.nn as nn

torch.manual_seed(0)

FEATURES = ("temp_c", "ph", "cond_us")


class SpringNet(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.tanh(self.proj(x)))
        return self.out(h[:, -1]).squeeze(-1)


def make_batch(n=6, t=10):
    x = torch.randn(n, t, len(FEATURES))
    y = x[:, :, 0].mean(1) * 0.5 + x[:, :, 1].std(1)
    return x, y


def train_epoch(model, opt, steps=4):
    model.train()
    for _ in range(steps):
        x, y = make_batch()
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def evaluate(model):
    model.eval()
    x, y = make_batch()
    x.requires_grad_(True)
    pred = model(x)
    mse = nn.functional.mse_loss(pred, y)
    # input-gradient regulariser, reported as a sensitivity metric
    (g,) = torch.autograd.grad(pred.sum(), x)  # TM001-here
    return mse.item(), g.pow(2).mean().item()


def main():
    model = SpringNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for epoch in range(2):
        tr = train_epoch(model, opt)
        mse, sens = evaluate(model)
        print(f"epoch {epoch} train {tr:.3f} val {mse:.3f} sens {sens:.4f}")


if __name__ == "__main__":
    main()
