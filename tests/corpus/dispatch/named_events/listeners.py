import torch

from loop import Listener


class LogLoss(Listener):
    def after_batch(self, loop, net, loss):
        print(f"step {loop.step}: loss {loss:.4f}")


class QuickCheck(Listener):
    """Scores a fixed probe batch every few steps (and forgets to restore the mode)."""

    def __init__(self, probe, every=2):
        self.probe, self.every = probe, every

    def after_batch(self, loop, net, loss):
        if loop.step % self.every == 0:
            net.eval()
            with torch.no_grad():
                print("probe mean", net(self.probe).mean().item())


class RestoringCheck(Listener):
    """Like QuickCheck, but hands the model back in the mode it found it in."""

    def __init__(self, probe):
        self.probe = probe

    def after_epoch(self, loop, net):
        was_training = net.training
        net.eval()
        with torch.no_grad():
            print("epoch probe", net(self.probe).mean().item())
        net.train(was_training)
