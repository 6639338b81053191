# expect: clean
"""Tennis shot IMU: input saliency with torch.func.grad through an unrolled GRUCell encoder (eval mode)."""
import torch
import torch.nn as nn
from torch.func import grad

torch.manual_seed(23)


class CellEncoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.GRUCell(6, 8)
        self.fc = nn.Linear(8, 4)

    def forward(self, imu):
        h = imu.new_zeros(imu.size(0), 8)
        for t in range(imu.size(1)):
            h = self.cell(imu[:, t], h)
        return self.fc(h)


if __name__ == "__main__":
    model = CellEncoder().eval()
    x = torch.randn(1, 12, 6)
    score = lambda inp: model(inp)[0, 2]
    sal = grad(score)(x)
    print("saliency", sal.abs().sum(-1).squeeze(0).tolist()[:4])
