# expect: crash
"""Phase objects register themselves in a module-level table from their constructor (`PHASES[name] = self`);
the "probe" phase keeps gradients on but sets eval mode, so a saliency backward under it runs the LSTM in eval."""
import torch
import torch.nn as nn

PHASES = {}


class Phase:
    def __init__(self, name, training, grad):
        self.name, self.training, self.grad = name, training, grad
        PHASES[name] = self

    def __call__(self, model):
        model.train(self.training)
        return torch.enable_grad() if self.grad else torch.no_grad()


Phase("fit", training=True, grad=True)
Phase("probe", training=False, grad=True)


class Shots(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(6, 8, batch_first=True)
        self.fc = nn.Linear(8, 3)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1])


def saliency(model, x, label):
    with PHASES["probe"](model):
        x = x.clone().requires_grad_(True)
        model(x).gather(1, label[:, None]).sum().backward()  # TM001-here
    return x.grad.abs().mean(-1)


model = Shots()
x, y = torch.randn(2, 10, 6), torch.randint(0, 3, (2,))
print(saliency(model, x, y).shape)
