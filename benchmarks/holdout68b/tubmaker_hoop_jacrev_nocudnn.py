# expect: clean
"""tubmaker: hoop-tightness forecaster; input sensitivities with torch.func.jacrev (cuDNN switched off for the transform)."""
import torch
import torch.nn as nn
from torch.func import jacrev, functional_call


class HoopGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 6, batch_first=True)
        self.fc = nn.Linear(6, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.fc(h[:, -1]).squeeze(-1)


def sensitivity(model, x):
    params = {k: v.detach() for k, v in model.named_parameters()}

    def f(inp):
        return functional_call(model, params, (inp,)).sum()

    with torch.backends.cudnn.flags(enabled=False):
        return jacrev(f)(x)


def main():
    torch.manual_seed(3)
    model = HoopGRU()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    x, y = torch.randn(4, 5, 3), torch.randn(4)
    loss = ((model(x) - y) ** 2).mean()
    loss.backward()
    opt.step()
    s = sensitivity(model, x)
    print("sensitivity", s.abs().mean(dim=(0, 1)))


if __name__ == "__main__":
    main()
