# expect: clean
"""Tallow-vat temperature control: a batch generator that runs a quick validation between yields."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(11)


class VatModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(3, 8, num_layers=2, batch_first=True, dropout=0.1)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1]).squeeze(-1)


def batches(model, n_batches, val_every=2):
    val_x, val_y = torch.randn(4, 5, 3), torch.randn(4)
    for i in range(n_batches):
        if i and i % val_every == 0:
            model.eval()
            with torch.no_grad():
                print("val", F.mse_loss(model(val_x), val_y).item())
            model.train()
        yield torch.randn(4, 5, 3), torch.randn(4)


def make_step(model, opt):
    def step(x, y):
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        return loss.item()
    return step


def main():
    model = VatModel()
    model.train()
    step = make_step(model, torch.optim.SGD(model.parameters(), lr=0.05))
    for i, (x, y) in enumerate(batches(model, 5)):
        print(i, step(x, y))


if __name__ == "__main__":
    main()
