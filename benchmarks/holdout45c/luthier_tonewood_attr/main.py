# expect: clean
"""Luthier tonewood grading: tap-tone spectra over a spruce top -> grade A/AA/AAA/master.

The second stage fine-tunes with all dropout switched off (the usual "no dropout for
the last epochs" trick), which the utils module does by walking the module tree.
"""
import torch

from tonewood import TapToneLSTM, disable_dropout, tap_batches


def run_stage(model, opt, batches, name):
    for x, y in batches:
        opt.zero_grad()
        loss = torch.nn.functional.cross_entropy(model(x), y)
        loss.backward()
        opt.step()
    print(f"{name}: last loss {loss.item():.4f}")


def main():
    torch.manual_seed(4)
    model = TapToneLSTM(n_bins=6, hidden=10, layers=2, dropout=0.3)
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    data = tap_batches(3, seed=0)
    run_stage(model, opt, data, "stage 1 (dropout)")
    disable_dropout(model)
    run_stage(model, opt, data, "stage 2 (no dropout)")


if __name__ == "__main__":
    main()
