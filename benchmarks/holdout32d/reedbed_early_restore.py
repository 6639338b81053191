# expect: clean
"""Reed-bed filtration: predict effluent nitrate from inflow sensor sequences.

Early stopping that restores the best weights and then keeps training with a
smaller learning rate ("patience refinement").
"""
import copy
import logging

import torch
import torch.nn as nn

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("reedbed")
torch.manual_seed(1)

CFG = dict(features=4, hidden=12, steps=7, batch=6, epochs=4, patience=1, refine_epochs=2)


class Filtration(nn.Module):
    def __init__(self, features, hidden):
        super().__init__()
        self.lstm = nn.LSTM(features, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.out = nn.Sequential(nn.Linear(hidden, hidden), nn.Tanh(), nn.Linear(hidden, 1))

    def forward(self, x):
        seq, _ = self.lstm(x)
        return self.out(seq.mean(dim=1)).squeeze(-1)


def synth(n, cfg):
    x = torch.randn(n, cfg["steps"], cfg["features"])
    return x, x[..., 0].cumsum(1)[:, -1] * 0.1


def batches(data, size):
    x, y = data
    for i in range(0, len(x), size):
        yield x[i:i + size], y[i:i + size]


def validate(model, data, cfg):
    was_training = model.training
    model.eval()
    total, n = 0.0, 0
    with torch.no_grad():
        for xb, yb in batches(data, cfg["batch"]):
            total += nn.functional.l1_loss(model(xb), yb, reduction="sum").item()
            n += len(xb)
    model.train(was_training)
    return total / n


class BestKeeper:
    def __init__(self, patience):
        self.patience, self.best, self.state, self.bad = patience, float("inf"), None, 0

    def update(self, model, score):
        if score < self.best:
            self.best, self.bad = score, 0
            self.state = copy.deepcopy(model.state_dict())
            return False
        self.bad += 1
        return self.bad > self.patience

    def restore(self, model):
        model.load_state_dict(self.state)


def run_epoch(model, opt, data, cfg):
    model.train()
    for xb, yb in batches(data, cfg["batch"]):
        loss = nn.functional.mse_loss(model(xb), yb)
        opt.zero_grad()
        loss.backward()
        opt.step()


def fine_tune_after_restore(model, opt, train, val, keeper, cfg):
    keeper.restore(model)
    for g in opt.param_groups:
        g["lr"] *= 0.1
    for ep in range(cfg["refine_epochs"]):
        for xb, yb in batches(train, cfg["batch"]):
            loss = nn.functional.mse_loss(model(xb), yb)
            opt.zero_grad()
            loss.backward()
            opt.step()
        log.info("refine %d val_mae=%.4f", ep, validate(model, val, cfg))


def main(cfg=CFG):
    train, val = synth(24, cfg), synth(12, cfg)
    model = Filtration(cfg["features"], cfg["hidden"])
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    keeper = BestKeeper(cfg["patience"])
    for ep in range(cfg["epochs"]):
        run_epoch(model, opt, train, cfg)
        score = validate(model, val, cfg)
        log.info("epoch %d val_mae=%.4f", ep, score)
        if keeper.update(model, score):
            log.info("stopping early at epoch %d", ep)
            break
    fine_tune_after_restore(model, opt, train, val, keeper, cfg)
    print("best", round(keeper.best, 4))


if __name__ == "__main__":
    main()
