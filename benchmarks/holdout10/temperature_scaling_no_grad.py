# expect: clean
"""Post-hoc temperature scaling (gpleiss/temperature_scaling style) of a trained GRU
classifier: ModelWithTemperature.set_temperature puts the model in eval, collects the
validation logits under torch.no_grad(), then fits only the temperature with LBFGS on
those cached logits. The closure's backward never reaches the GRU.
"""
import torch
from torch import nn, optim


class ModelWithTemperature(nn.Module):
    def __init__(self, model):
        super().__init__()
        self.model = model
        self.temperature = nn.Parameter(torch.ones(1) * 1.5)

    def forward(self, x):
        return self.temperature_scale(self.model(x))

    def temperature_scale(self, logits):
        return logits / self.temperature.expand(logits.size(0), logits.size(1))

    def set_temperature(self, valid_loader):
        nll = nn.CrossEntropyLoss()
        self.model.eval()
        logits_list, labels_list = [], []
        with torch.no_grad():
            for x, y in valid_loader:
                logits_list.append(self.model(x))
                labels_list.append(y)
        logits, labels = torch.cat(logits_list), torch.cat(labels_list)
        opt = optim.LBFGS([self.temperature], lr=0.01, max_iter=20)

        def eval_():
            opt.zero_grad()
            loss = nll(self.temperature_scale(logits), labels)
            loss.backward()
            return loss

        opt.step(eval_)
        return self


class GRUClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(5, 10, batch_first=True)
        self.fc = nn.Linear(10, 4)

    def forward(self, x):
        return self.fc(self.gru(x)[1][-1])


if __name__ == "__main__":
    torch.manual_seed(50)
    net = GRUClassifier()
    data = [(torch.randn(6, 8, 5), torch.randint(0, 4, (6,))) for _ in range(3)]
    opt = optim.Adam(net.parameters(), lr=1e-2)
    for x, y in data:
        opt.zero_grad(); nn.functional.cross_entropy(net(x), y).backward(); opt.step()
    scaled = ModelWithTemperature(net).set_temperature(data[:2])
    print("T =", scaled.temperature.item())
