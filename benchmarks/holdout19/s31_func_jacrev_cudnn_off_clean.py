# expect: clean
"""Input-saliency Jacobian of an LSTM forecaster with torch.func.jacrev, run with cuDNN disabled."""
import torch
import torch.nn as nn
from torch.func import jacrev


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1])


if __name__ == "__main__":
    torch.manual_seed(0)
    model = Forecaster().eval()
    x = torch.randn(1, 6, 3)
    with torch.backends.cudnn.flags(enabled=False):
        jac = jacrev(lambda inp: model(inp).sum(0))(x)
    saliency = jac.abs().sum(dim=(0, 1, 3))
    print("per-timestep saliency", [round(v, 4) for v in saliency.tolist()])
