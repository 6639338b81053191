# expect: crash
"""The reproducible-run setting of config_dict_backend_switch left False: `configure_runtime` keeps
cuDNN on, and the eval-mode fine-tune runs its backward through the GRU in eval mode."""
import torch
import torch.nn as nn

from runtime.backends import configure_runtime

CONFIG = {"deterministic": False, "hidden": 8, "steps": 2}


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
        loss.backward()  # TM001-here
        opt.step()


def main():
    configure_runtime(CONFIG)
    torch.manual_seed(0)
    adapt(Reader(CONFIG["hidden"]), CONFIG["steps"])


if __name__ == "__main__":
    main()
