# expect: crash
"""`model = model.eval()` (eval returns the module) before a training step."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(10, 20, bidirectional=True, batch_first=True)
        self.proj = nn.Linear(40, 5)

    def forward(self, x):
        return self.proj(self.lstm(x)[0])


def fit(model, steps=2):
    model = model.eval()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(steps):
        x = torch.randn(3, 6, 10)
        tags = torch.randint(0, 5, (3, 6))
        logits = model(x)
        loss = nn.functional.cross_entropy(logits.reshape(-1, 5), tags.reshape(-1))
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(0)
    print(fit(Tagger()))
