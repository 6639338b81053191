# expect: crash
"""Glazier's crack-growth forecaster for leaded windows.

A recurrent encoder pretrained on lab panes is kept frozen (and deterministic:
the model's own ``train()`` keeps it in eval); only the small adapter and the
head are tuned on church-window data."""
import torch

from glazier import CrackForecaster, fit_adapter, lab_pretrain


def main():
    torch.manual_seed(8)
    model = CrackForecaster(n_sensors=4, hidden=10)
    lab_pretrain(model.encoder, steps=3)
    model.freeze_encoder()
    model.train()
    losses = fit_adapter(model, epochs=2, batches=3)
    print("adapter losses:", [round(l, 4) for l in losses])


if __name__ == "__main__":
    main()
