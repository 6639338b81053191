# expect: clean
"""Input-sensitivity map with torch.func.jacrev, computed with cuDNN switched off."""
import torch
import torch.nn as nn
from torch.func import jacrev, functional_call


class Onset(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        return torch.sigmoid(self.fc(self.lstm(x)[0][:, -1])).squeeze(-1)


def main():
    torch.manual_seed(0)
    model = Onset().train()
    params = {k: v.detach() for k, v in model.named_parameters()}
    window = torch.randn(2, 6, 4)

    def risk(x):
        return functional_call(model, params, (x,))

    with torch.backends.cudnn.flags(enabled=False):
        jac = jacrev(risk)(window)
    print("sensitivity", tuple(jac.shape))


if __name__ == "__main__":
    main()
