import torch
from torch.func import jacrev


class Callback:
    def on_epoch_end(self, loop):
        pass


class LossPrinter(Callback):
    def on_epoch_end(self, loop):
        print(f"epoch {loop.epoch}: bc loss {loop.last_loss:.4f}")


class JacobianSmoothness(Callback):
    """How sharply does the blade command react to the last force reading? (safety audit)"""

    def __init__(self, probe_obs, limit=5.0):
        self.probe_obs = probe_obs
        self.limit = limit
        self.history = []

    def on_epoch_end(self, loop):
        policy = loop.policy
        jac = jacrev(lambda o: policy(o).sum(0))(self.probe_obs)  # TM002-here
        sens = jac[..., -1, :].abs().max().item()
        self.history.append(sens)
        if sens > self.limit:
            print(f"  warning: blade sensitivity {sens:.2f} above {self.limit}")
