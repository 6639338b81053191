# expect: crash
"""The study (another module) validates, leaving its network in eval mode, then calls each callback's
`after_validation` hook found by getattr over the list the script passes. The script's saliency callback runs
its own forward and backward on the held-out batch: the GRU ran in eval mode."""
import torch.nn.functional as F

from probe.study import Study


class Logger:
    def after_validation(self, study, round_, score):
        print(round_, score)


class Saliency:
    def __init__(self):
        self.total = None

    def after_validation(self, study, round_, score):
        x, y = study.held_out
        study.net.zero_grad()
        F.cross_entropy(study.net(x), y).backward()  # TM001-here
        self.total = sum(float(p.grad.abs().sum()) for p in study.net.parameters() if p.grad is not None)


def main():
    hooks = [Logger(), Saliency()]
    Study().run(rounds=2, callbacks=hooks)
    print(hooks[1].total)


if __name__ == "__main__":
    main()
