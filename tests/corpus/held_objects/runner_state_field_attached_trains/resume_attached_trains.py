# expect: clean
"""A runner keeps the model it is given in a field of its state object (`self.state.model = model`); the script
attaches a model it put in eval mode to score it first, and trains it again before the runner steps."""
import torch
import torch.nn as nn

from millkit import Runner


class Press(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.head(out[:, -1]).squeeze(-1)


if __name__ == "__main__":
    model = Press()
    model.eval()
    with torch.no_grad():
        print(model(torch.randn(2, 6, 4)).mean().item())
    runner = Runner()
    model.train()
    runner.attach(model)
    x = torch.randn(4, 6, 4)
    runner.train_step(x, x[:, :, 0].mean(1))
