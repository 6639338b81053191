"""Epoch-end callbacks: each gets the estimator that runs them."""
import torch


def log_validation(owner, *, epoch, **_):
    x = torch.randn(4, 6, 3)
    preds = owner.predict(x)
    print("epoch", epoch, "val preds", preds.tolist())
