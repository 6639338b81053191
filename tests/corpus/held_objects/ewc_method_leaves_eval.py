# expect: crash
"""An EWC-style regulariser keeps the model it is given (`self.model = model`) and estimates the Fisher
information in its constructor: `_fisher` puts the whole model in eval to switch off dropout and never puts the
LSTM back in training mode, so the first per-batch backward goes through an eval-mode LSTM."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(5, 8, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.head = nn.Linear(8, 3)

    def forward(self, x):
        return self.head(self.drop(self.lstm(x)[0][:, -1]))


class EWC:
    def __init__(self, model, batches):
        self.model = model
        self.anchor = {n: p.detach().clone() for n, p in model.named_parameters()}
        self.fisher = self._fisher(batches)

    def _fisher(self, batches):
        fisher = {n: torch.zeros_like(p) for n, p in self.model.named_parameters()}
        self.model.eval()
        for x, y in batches:
            self.model.zero_grad()
            F.cross_entropy(self.model(x), y).backward()  # TM001-here
            for n, p in self.model.named_parameters():
                fisher[n] += p.grad.detach() ** 2 / len(batches)
        return fisher

    def penalty(self):
        return sum((self.fisher[n] * (p - self.anchor[n]) ** 2).sum() for n, p in self.model.named_parameters())


def main():
    torch.manual_seed(0)
    model = Tagger()
    batches = [(torch.randn(4, 6, 5), torch.randint(0, 3, (4,))) for _ in range(3)]
    ewc = EWC(model, batches)
    print(f"penalty at the anchor: {ewc.penalty().item():.3f}")


if __name__ == "__main__":
    main()
