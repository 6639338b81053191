# expect: crash
"""Music genre tagging: the experiment builds its model lazily in a cached_property."""
from functools import cached_property

import torch
import torch.nn as nn

torch.manual_seed(33)


class GenreNet(nn.Module):
    def __init__(self, mels=8, hidden=10, genres=5):
        super().__init__()
        self.lstm = nn.LSTM(mels, hidden, batch_first=True, num_layers=2)
        self.fc = nn.Linear(hidden, genres)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.fc(o.mean(1))


class Experiment:
    def __init__(self, cfg):
        self.cfg = cfg

    @cached_property
    def model(self):
        net = GenreNet(**self.cfg["model"])
        if self.cfg.get("pretrained_state"):
            net.load_state_dict(self.cfg["pretrained_state"])
        return net.eval()  # ready to serve as soon as it is built

    @cached_property
    def optimizer(self):
        return torch.optim.Adam(self.model.parameters(), lr=self.cfg["lr"])

    def predict(self, clips):
        with torch.no_grad():
            return self.model(clips).argmax(-1)

    def fit(self, clips, labels, steps=2):
        for _ in range(steps):
            loss = nn.functional.cross_entropy(self.model(clips), labels)
            self.optimizer.zero_grad()
            loss.backward()  # TM001-here
            self.optimizer.step()
        return loss.item()


exp = Experiment({"model": {"mels": 8, "hidden": 10, "genres": 5}, "lr": 1e-2})
clips, labels = torch.randn(4, 12, 8), torch.randint(0, 5, (4,))
print("before", exp.predict(clips).tolist())
print("fit", exp.fit(clips, labels))
