# expect: crash
"""Cider press juice yield: online teacher/student co-distillation, teacher evaluated between epochs."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(7)


class PressNet(nn.Module):
    def __init__(self, hidden, layers):
        super().__init__()
        self.lstm = nn.LSTM(4, hidden, num_layers=layers, batch_first=True)
        self.head = nn.Linear(hidden, 3)  # low / mid / high yield

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.head(h[:, -1])


def pressings(n, bs=6, t=5):
    return [(torch.randn(bs, t, 4), torch.randint(0, 3, (bs,))) for _ in range(n)]


def accuracy(model, batches):
    with torch.no_grad():
        hits = sum((model(x).argmax(-1) == y).sum().item() for x, y in batches)
    return hits / sum(len(y) for _, y in batches)


def main():
    teacher, student = PressNet(12, 2), PressNet(4, 1)
    models = [teacher, student]
    optims = [torch.optim.Adam(m.parameters(), lr=3e-3) for m in models]
    train, val = pressings(4), pressings(2)
    for m in models:
        m.train()
    T = 2.0
    for epoch in range(3):
        student.train()
        for x, y in train:
            t_logits = teacher(x)
            s_logits = student(x)
            t_loss = F.cross_entropy(t_logits, y)
            kd = F.kl_div(
                F.log_softmax(s_logits / T, -1), F.softmax(t_logits.detach() / T, -1), reduction="batchmean"
            )
            s_loss = 0.5 * F.cross_entropy(s_logits, y) + 0.5 * T * T * kd
            for opt in optims:
                opt.zero_grad()
            for loss, opt in zip((t_loss, s_loss), optims):
                loss.backward()  # TM001-here
                opt.step()
        for m in models:
            m.eval()
        accs = [accuracy(m, val) for m in models]
        print(f"epoch {epoch} teacher {accs[0]:.2f} student {accs[1]:.2f}")


if __name__ == "__main__":
    main()
