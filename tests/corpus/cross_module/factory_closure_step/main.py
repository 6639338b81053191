# expect: crash
"""A forecaster evaluated once before fine-tuning: the training step is a closure that another
module's factory returns. Its forward and backward run where main() calls it, with the model
still in eval mode."""
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
        print(step(torch.randn(4, 6, 3), torch.randn(4, 1)))  # TM001-here


if __name__ == "__main__":
    main()
