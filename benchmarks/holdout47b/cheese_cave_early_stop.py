# expect: clean
"""Cheese-cave humidity forecaster with early stopping that reloads the best state dict.

validate() remembers the mode it found and restores it, and after reloading the best weights
the fine-tuning loop keeps going in whatever mode the model was in."""
import copy

import torch
import torch.nn as nn

torch.manual_seed(7)


class CaveLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 8, batch_first=True, proj_size=4)
        self.head = nn.Linear(4, 1)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.head(o[:, -1])


def validate(model, xs, ys):
    was_training = model.training
    model.eval()
    with torch.no_grad():
        loss = nn.functional.mse_loss(model(xs), ys).item()
    model.train(was_training)
    return loss


class EarlyStopper:
    def __init__(self, patience=1):
        self.best = float("inf")
        self.best_state = None
        self.bad = 0
        self.patience = patience

    def step(self, model, val):
        if val < self.best:
            self.best, self.bad = val, 0
            self.best_state = copy.deepcopy(model.state_dict())
            return False
        self.bad += 1
        return self.bad > self.patience


def main():
    model = CaveLSTM()
    opt = torch.optim.SGD(model.parameters(), lr=0.2)
    vx, vy = torch.randn(4, 6, 2), torch.randn(4, 1)
    stopper = EarlyStopper()
    model.train()
    for epoch in range(5):
        for _ in range(2):
            x, y = torch.randn(4, 6, 2), torch.randn(4, 1)
            loss = nn.functional.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        val = validate(model, vx, vy)
        print("epoch", epoch, "val", round(val, 4))
        if stopper.step(model, val):
            model.load_state_dict(stopper.best_state)
            print("reloaded best; one more polishing step")
            x, y = torch.randn(4, 6, 2), torch.randn(4, 1)
            loss = nn.functional.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
            break


if __name__ == "__main__":
    main()
