# expect: crash
# fix: cudnn
"""Stochastic weight averaging, then temperature scaling: evaluating the averaged model leaves its copy of the
LSTM in eval, and fitting the temperature backpropagates through logits computed with grad."""
import torch
from torch import nn
from torch.optim.swa_utils import AveragedModel


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 6, batch_first=True)
        self.fc = nn.Linear(6, 3)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1])


class TemperatureScaler(nn.Module):
    def __init__(self, model):
        super().__init__()
        self.model = model
        self.temperature = nn.Parameter(torch.ones(1))

    def forward(self, x):
        return self.model(x) / self.temperature

    def fit(self, x, y):
        opt = torch.optim.SGD([self.temperature], lr=0.01)
        loss = nn.functional.cross_entropy(self(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()


@torch.no_grad()
def evaluate(model, x, y):
    model.eval()
    return (model(x).argmax(-1) == y).float().mean().item()


if __name__ == "__main__":
    torch.manual_seed(0)
    x, y = torch.randn(6, 5, 4), torch.randint(0, 3, (6,))
    base = Classifier()
    swa_model = AveragedModel(base)
    swa_model.update_parameters(base)
    print(evaluate(swa_model, x, y))
    TemperatureScaler(swa_model).fit(x, y)
