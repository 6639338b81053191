# expect: clean
"""Mean-teacher training of the blockage classifier with a list of callbacks."""
import torch

from pipes import EMATeacher, FlowNet, Loop, SaliencyLogger, Validator

torch.manual_seed(9)


def make(n):
    return [(torch.randn(4, 6, 3), torch.randint(0, 3, (4,))) for _ in range(n)]


if __name__ == "__main__":
    model = FlowNet()
    callbacks = [Validator(make(2)), EMATeacher(decay=0.8), SaliencyLogger()]
    state = Loop(model, make(3), callbacks).run(epochs=2)
    print({k: v[-1] for k, v in state.items()})
