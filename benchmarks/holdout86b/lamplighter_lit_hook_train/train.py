# expect: clean
"""Gas-lamp outage detector with a hand-written Lightning-like loop."""
import torch

from minilit import MiniTrainer
from lamp_module import LampModule


def loaders(n=16, bs=4):
    x, y = torch.randn(n, 7, 4), torch.randint(0, 2, (n,))
    return [(x[i:i + bs], y[i:i + bs]) for i in range(0, n, bs)]


if __name__ == "__main__":
    torch.manual_seed(7)
    module = LampModule(n_in=4, hidden=10)
    trainer = MiniTrainer(max_epochs=2)
    trainer.fit(module, loaders(), loaders(8))
    print("relevance history:", [round(r, 4) for r in module.relevance_log])
