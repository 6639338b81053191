# expect: crash
"""Sand-yacht heading predictor: callbacks do the periodic validation."""
import torch

from engine import Engine
from callbacks import PeriodicValidation, LossLogger
from model import HeadingRNN


def batches(n, b=4, t=8, f=3):
    return [(torch.randn(b, t, f), torch.randn(b, 2)) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(11)
    model = HeadingRNN(f=3, hidden=8)
    engine = Engine(model, lr=5e-3, callbacks=[LossLogger(), PeriodicValidation(batches(2), every=3)])
    engine.fit(batches(8), epochs=2)
    print("done", engine.state["step"])
