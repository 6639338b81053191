# expect: crash
"""Cider press yield: GRU over pressure traces, with a saliency callback that reaches the model through the trainer."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from cider.callbacks import LossLogger, PressureSaliency  # noqa: E402
from cider.engine import PressTrainer  # noqa: E402
from cider.models import JuiceYieldGRU  # noqa: E402


def press_runs(n=8, t=6):
    pressure = torch.rand(n, t, 2)
    litres = pressure[:, :, 0].sum(1, keepdim=True) * 3
    return pressure, litres


if __name__ == "__main__":
    torch.manual_seed(14)
    data = press_runs()
    trainer = PressTrainer(JuiceYieldGRU(hidden=8), callbacks=[LossLogger(), PressureSaliency(probe=data[0][:2])])
    trainer.fit(data, epochs=2)
    print(trainer.state)
