# expect: clean
# asteroid-style System with common_step; validation runs inside a context manager that restores the mode.
import torch
import torch.nn.functional as F

from models import get_model
from system import System


def mixtures(n, length=32):
    out = []
    for _ in range(n):
        s = torch.randn(3, 2, length)
        out.append((s.sum(1), s))
    return out


if __name__ == "__main__":
    torch.manual_seed(0)
    conf = {"model": "dprnn_tiny", "n_src": 2, "lr": 1e-3}
    model = get_model(conf["model"], n_src=conf["n_src"])
    opt = torch.optim.Adam(model.parameters(), lr=conf["lr"])
    system = System(model, opt, F.mse_loss, mixtures(3), mixtures(2))
    system.fit(epochs=2)
