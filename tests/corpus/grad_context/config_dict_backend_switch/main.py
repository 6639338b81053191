# expect: clean
"""A reproducible-run setting in a config dict: `configure_runtime` (another module) turns cuDNN off
when `cfg.get("deterministic")` holds, and this config says True, so the eval-mode fine-tune that
follows never reaches cuDNN's RNN kernels."""
import torch
import torch.nn as nn

from runtime.backends import configure_runtime

CONFIG = {"deterministic": True, "hidden": 8, "steps": 2}


class Reader(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.gru = nn.GRU(4, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 3)

    def forward(self, x):
        return self.head(self.gru(x)[0][:, -1])


def adapt(model, steps):
    model.eval()  # adaptation on one clip: no dropout
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(steps):
        loss = model(torch.randn(2, 5, 4)).logsumexp(-1).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()


def main():
    configure_runtime(CONFIG)
    torch.manual_seed(0)
    adapt(Reader(CONFIG["hidden"]), CONFIG["steps"])


if __name__ == "__main__":
    main()
