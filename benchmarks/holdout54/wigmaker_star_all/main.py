# expect: clean
"""Wig-lace knot density regressor: hair-strand scans -> knots per cm.

Everything comes from the wigshop package through star imports.
"""
import torch

from wigshop import *  # noqa: F401,F403


def main():
    torch.manual_seed(10)
    model = build_model(hidden=8)
    opt = torch.optim.Adam(model.parameters(), lr=4e-3)
    train, val = make_scans(16, seed=0), make_scans(8, seed=1)
    model.train()
    for epoch in range(3):
        tr = fit_epoch(model, opt, train)
        va = evaluate(model, val)
        print(f"epoch {epoch}: train {tr:.4f} val {va:.4f}")


if __name__ == "__main__":
    main()
