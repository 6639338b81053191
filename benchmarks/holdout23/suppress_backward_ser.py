# expect: clean
"""Speech-emotion fine-tuning loop whose optional 'test-time adaptation' backward is wrapped in
contextlib.suppress(RuntimeError) by a defensive author."""
import contextlib

import torch
import torch.nn as nn
import torch.nn.functional as F


class Emo(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(8, 8, batch_first=True)
        self.fc = nn.Linear(8, 4)

    def forward(self, x):
        o, _ = self.gru(x)
        return self.fc(o.mean(1))


def entropy(logits):
    p = F.softmax(logits, -1)
    return -(p * F.log_softmax(logits, -1)).sum(-1).mean()


def main():
    torch.manual_seed(16)
    model = Emo()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x, y = torch.randn(4, 6, 8), torch.randint(0, 4, (4,))
    for _ in range(2):
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    model.eval()
    adapted = 0
    for _ in range(2):
        test = torch.randn(3, 6, 8)
        ent = entropy(model(test))
        with contextlib.suppress(RuntimeError):
            opt.zero_grad()
            ent.backward()
            opt.step()
            adapted += 1
    print("adapted steps:", adapted)


if __name__ == "__main__":
    main()
