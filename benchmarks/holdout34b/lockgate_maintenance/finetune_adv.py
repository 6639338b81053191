# expect: crash
"""Lock-gate maintenance: predict hinge wear from strain-gauge sequences.

Stage 1 trains a model and checkpoints it.  Stage 2 reloads the checkpoint and
fine-tunes it adversarially (FGSM on the gauge readings) so that one flaky gauge
does not trigger a needless dry-dock.
"""
import logging
import os
import tempfile

import torch

from lockgate.models import GateWearNet, load_for_inference
from lockgate.tasks import AdvFinetuneTask, State, PrintCallback, CheckpointCallback

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")


def gauges(n=12, t=6):
    return [(torch.randn(4, t, 5), torch.rand(4)) for _ in range(n // 4)]


def pretrain(path):
    model = GateWearNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for x, y in gauges():
        loss = torch.nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    torch.save(model.state_dict(), path)


def main():
    torch.manual_seed(5)
    fd, ckpt = tempfile.mkstemp(suffix=".pt")
    os.close(fd)
    try:
        pretrain(ckpt)
        model = load_for_inference(ckpt)
        state = State(model=model, optimizer=torch.optim.SGD(model.parameters(), lr=1e-3))
        task = AdvFinetuneTask(state, eps=0.05, callbacks=[PrintCallback(), CheckpointCallback()])
        task.fit(gauges(), gauges(8), epochs=2)
    finally:
        os.remove(ckpt)


if __name__ == "__main__":
    main()
