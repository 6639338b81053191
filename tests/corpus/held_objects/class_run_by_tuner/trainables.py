import torch
import torch.nn as nn
import torch.nn.functional as F


class Classifier(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.gru = nn.GRU(4, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 2)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1])


class GruTrainable:
    def __init__(self, config):
        self.model = Classifier(config["hidden"])
        self.opt = torch.optim.SGD(self.model.parameters(), lr=config["lr"])

    def step(self):
        x, y = torch.randn(3, 5, 4), torch.randint(0, 2, (3,))
        loss = F.cross_entropy(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        self.model.eval()
        with torch.no_grad():
            acc = (self.model(x).argmax(-1) == y).float().mean().item()
        return {"loss": loss.item(), "acc": acc}
