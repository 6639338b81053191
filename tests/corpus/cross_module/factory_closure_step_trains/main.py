# expect: clean
"""factory_closure_step with a step that trains: the closure another module returns puts the
model back in training mode before its forward, so its backward never meets an eval-mode
GRU."""
import torch
import torch.nn as nn

from lib.steps import make_train_step


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


def main():
    torch.manual_seed(0)
    model = Forecaster()
    model.eval()
    with torch.no_grad():
        print("baseline", model(torch.randn(4, 6, 3)).mean().item())
    opt = torch.optim.Adam(model.parameters(), 1e-3)
    step = make_train_step(model, opt)
    for _ in range(2):
        print(step(torch.randn(4, 6, 3), torch.randn(4, 1)))


if __name__ == "__main__":
    main()
