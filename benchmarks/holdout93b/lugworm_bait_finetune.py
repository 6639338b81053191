# expect: clean
"""Lugworm cast-density forecaster fine-tuned on a new beach. A zero-shot score is taken
first with the model in eval mode; the fine-tuning mode comes from the run options."""
import argparse

import torch
import torch.nn as nn

torch.manual_seed(14)


class CastNet(nn.Module):
    def __init__(self, feat=3, hid=8):
        super().__init__()
        self.gru = nn.GRU(feat, hid, batch_first=True, num_layers=2, dropout=0.1)
        self.out = nn.Linear(hid, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h[:, -1]).squeeze(-1)


def score(model, x, y):
    with torch.no_grad():
        return ((model(x) - y) ** 2).mean().item()


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--deterministic-finetune", action="store_true",
                    help="keep dropout off while fine-tuning")
    ap.add_argument("--steps", type=int, default=4)
    args = ap.parse_args(argv)

    model = CastNet()
    x_new, y_new = torch.randn(6, 7, 3), torch.randn(6)
    model.eval()
    print("zero-shot mse", round(score(model, x_new, y_new), 4))

    model.train(mode=not args.deterministic_finetune)
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    for step in range(args.steps):
        loss = ((model(x_new) - y_new) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    model.eval()
    print("fine-tuned mse", round(score(model, x_new, y_new), 4))


if __name__ == "__main__":
    main()
