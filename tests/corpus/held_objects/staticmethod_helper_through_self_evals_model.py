# expect: crash
"""A fine-tuner calibrates the batch statistics of its model once, in a staticmethod it calls through `self`
from its constructor; the helper leaves the model in eval and the training loop never calls train()."""
import torch
from torch import nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(6, 8, batch_first=True)
        self.head = nn.Linear(8, 3)

    def forward(self, x):
        return self.head(self.gru(x)[0])


class FineTuner:
    def __init__(self, model, warmup):
        self.model = model
        self.scale = self._calibrate(model, warmup)
        self.opt = torch.optim.Adam(model.parameters(), lr=1e-3)

    @staticmethod
    def _calibrate(model, batches):
        model.eval()
        with torch.no_grad():
            return torch.stack([model(x).abs().mean() for x in batches]).mean()

    def fit(self, batches, epochs=2):
        for _ in range(epochs):
            for x, y in batches:
                logits = self.model(x) / self.scale
                loss = nn.functional.cross_entropy(logits.reshape(-1, 3), y.reshape(-1))
                self.opt.zero_grad()
                loss.backward()  # TM001-here
                self.opt.step()


if __name__ == "__main__":
    torch.manual_seed(0)
    data = [(torch.randn(4, 7, 6), torch.randint(0, 3, (4, 7))) for _ in range(3)]
    tuner = FineTuner(Tagger(), [x for x, _ in data])
    tuner.fit(data)
    print("done")
