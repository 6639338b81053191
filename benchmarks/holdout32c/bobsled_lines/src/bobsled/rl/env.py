import torch


class Track:
    def __init__(self, n_curves=6):
        self.curves = torch.randn(1, n_curves, 4)
        self.best = torch.randint(0, 3, (1, n_curves))

    def time_saved(self, actions):
        return (actions == self.best).float().mean(-1)
