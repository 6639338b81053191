# expect: clean
"""Ferry-gangway slope prediction (tide, swell, vessel draught per minute).

Validation is triggered every few optimiser steps from inside the step, after
the training loss has been computed but before it is back-propagated (the
logging layer wants the train and val numbers on the same line).  The
validator puts the model in eval and hands it back in the mode it found it.
"""
import torch
import torch.nn as nn

torch.manual_seed(16)


class GangwayNet(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, num_layers=2, batch_first=True, dropout=0.2)
        self.slope = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.slope(out[:, -1]).squeeze(-1)


class Validator:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __call__(self, model):
        prev = model.training
        model.eval()
        with torch.no_grad():
            score = nn.functional.l1_loss(model(self.x), self.y).item()
        model.train(prev)
        return score


def main(steps=6, val_every=2):
    model = GangwayNet()
    opt = torch.optim.Adam(model.parameters(), lr=4e-3)
    validate = Validator(torch.randn(4, 20, 3), torch.randn(4))
    model.train()
    for step in range(steps):
        x = torch.randn(6, 20, 3)
        y = x[:, -5:, 0].mean(1)
        loss = nn.functional.mse_loss(model(x), y)
        line = f"step {step} train {loss.item():.4f}"
        if step % val_every == 0:
            line += f" val {validate(model):.4f}"
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(line)


if __name__ == "__main__":
    main()
