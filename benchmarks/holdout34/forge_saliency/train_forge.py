# expect: crash
"""Blacksmith forge: predict when a bar reaches welding heat from the bellows /
colour-camera trace.  A validation callback logs input-gradient saliency (which
time steps the model looks at) computed with torch.func.jacrev.
"""
import torch

from forge.callbacks import SaliencyLogger
from forge.nets import WeldHeatNet
from forge.loop import Loop


def main():
    torch.manual_seed(31)
    net = WeldHeatNet(n_in=3, hidden=8)
    probe = torch.randn(2, 9, 3)
    loop = Loop(net, callbacks=[SaliencyLogger(probe)])
    loop.fit(epochs=2)
    for epoch, sal in loop.logs:
        print(f"epoch {epoch}: saliency peak at step {sal.argmax().item()}")


if __name__ == "__main__":
    main()
