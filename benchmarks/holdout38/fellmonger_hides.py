# expect: crash
"""Fellmongers' hide grading: a small GRU student learns from an LSTM teacher on
tanning-pit pH curves. Both are evaluated side by side each round before the student
continues training."""
import torch
from torch import nn


class Grader(nn.Module):
    def __init__(self, rnn_cls, hidden):
        super().__init__()
        self.rnn = rnn_cls(3, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 3)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(h[:, -1])


def pits(n=5, t=6):
    x = torch.randn(n, t, 3)
    return x, x[:, -1].argmax(-1)


def main():
    torch.manual_seed(45)
    models = {"student": Grader(nn.GRU, 6), "teacher": Grader(nn.LSTM, 12)}
    opt = torch.optim.Adam(models["student"].parameters(), lr=1e-2)
    for rnd in range(2):
        scores = {}
        for name, net in models.items():
            net.eval()
            x, y = pits()
            with torch.no_grad():
                scores[name] = (net(x).argmax(-1) == y).float().mean().item()
        print("round", rnd, scores)

        net.train()
        student, teacher = models["student"], models["teacher"]
        for _ in range(2):
            x, y = pits()
            with torch.no_grad():
                soft = teacher(x).softmax(-1)
            logits = student(x)
            loss = nn.functional.cross_entropy(logits, y) + nn.functional.kl_div(
                logits.log_softmax(-1), soft, reduction="batchmean")
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
        print("  loss", round(loss.item(), 4))


if __name__ == "__main__":
    main()
