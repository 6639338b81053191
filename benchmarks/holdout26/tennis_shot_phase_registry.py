# expect: crash
"""Tennis shot classification from wrist IMU; phases are callable objects in a module-level registry."""
import torch
import torch.nn as nn

torch.manual_seed(10)

PHASES = {}


class Phase:
    def __init__(self, name, training, grad):
        self.name, self.training, self.grad = name, training, grad
        PHASES[name] = self

    def __call__(self, model):
        model.train(self.training)
        return torch.enable_grad() if self.grad else torch.no_grad()


Phase("fit", training=True, grad=True)
Phase("score", training=False, grad=False)
Phase("probe", training=False, grad=True)


class ShotNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(6, 10, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(20, 4)

    def forward(self, imu):
        return self.fc(self.lstm(imu)[0].max(1).values)


def saliency(model, imu, label):
    with PHASES["probe"](model):
        imu = imu.clone().requires_grad_(True)
        score = model(imu).gather(1, label[:, None]).sum()
        score.backward()  # TM001-here
    return imu.grad.abs().mean(-1)


if __name__ == "__main__":
    m = ShotNet()
    x, y = torch.randn(3, 16, 6), torch.randint(0, 4, (3,))
    opt = torch.optim.SGD(m.parameters(), 0.1)
    with PHASES["fit"](m):
        nn.functional.cross_entropy(m(x), y).backward()
        opt.step()
    with PHASES["score"](m):
        print("pred", m(x).argmax(1).tolist())
    print("saliency", saliency(m, x, y).shape)
