# expect: clean
"""Reed-bed water levels. The script's own hook takes input gradients on a validation batch after each
validation; the runner (another module) has just put the model in eval mode and calls the hook by name. The
hook runs that forward with cuDNN off, so the RNN's backward in eval mode is allowed."""
import torch
import torch.nn as nn

from sedgeloop import Runner


class LevelNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.out(out[:, -1]).squeeze(-1)


class InputSaliency:
    def __init__(self):
        self.maps = []

    def after_validation(self, runner, epoch, loss):
        x = runner.val_data[0][0].clone().requires_grad_(True)
        with torch.backends.cudnn.flags(enabled=False):
            score = runner.model(x).sum()
        (grad,) = torch.autograd.grad(score, x)
        self.maps.append(grad.abs().mean(0))


if __name__ == "__main__":
    torch.manual_seed(3)
    data = [(torch.randn(4, 5, 3), torch.randn(4)) for _ in range(2)]
    Runner(LevelNet(), data, data[:1], hooks=[InputSaliency()]).run(epochs=2)
