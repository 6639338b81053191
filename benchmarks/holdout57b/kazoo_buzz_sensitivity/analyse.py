# expect: crash
"""Kazoo buzz-timbre model: train an LSTM on membrane-vibration traces, then
report how each output timbre class reacts to each input step (a full input
Jacobian via torch.func.jacrev)."""
import torch

from kazoo.analysis import jacobian_report
from kazoo.core import BuzzModel, train_model

if __name__ == "__main__":
    torch.manual_seed(47)
    model = BuzzModel(hidden=6)
    train_model(model, steps=3)
    probe = torch.randn(5, 3)  # one trace: 5 steps, 3 sensors
    report = jacobian_report(model, probe)
    for k, v in report.items():
        print(k, v)
