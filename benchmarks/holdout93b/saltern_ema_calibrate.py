# expect: clean
"""Salt-pan brine-stage classifier (saltern evaporation ponds). Mean-teacher consistency
training with an EMA teacher, then temperature scaling on held-out ponds."""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(12)
FEAT, HID, CLASSES = 3, 10, 4


class BrineLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(FEAT, HID, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.fc = nn.Linear(HID, CLASSES)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.fc(self.drop(h[:, -1]))


@torch.no_grad()
def ema_update(teacher, student, decay=0.9):
    for tp, sp in zip(teacher.parameters(), student.parameters()):
        tp.mul_(decay).add_(sp, alpha=1 - decay)


def augment(x):
    return x + 0.05 * torch.randn_like(x)


def fit_temperature(logits, y, steps=20):
    log_t = torch.zeros(1, requires_grad=True)
    opt = torch.optim.LBFGS([log_t], lr=0.1, max_iter=steps)

    def closure():
        opt.zero_grad()
        loss = F.cross_entropy(logits / log_t.exp(), y)
        loss.backward()
        return loss

    opt.step(closure)
    return log_t.exp().item()


def main():
    student = BrineLSTM()
    teacher = copy.deepcopy(student)
    teacher.eval()
    for p in teacher.parameters():
        p.requires_grad_(False)
    opt = torch.optim.Adam(student.parameters(), lr=1e-2)

    labelled = [(torch.randn(4, 6, FEAT), torch.randint(0, CLASSES, (4,))) for _ in range(3)]
    unlabelled = [torch.randn(4, 6, FEAT) for _ in range(3)]
    for epoch in range(2):
        student.train()
        for (x, y), u in zip(labelled, unlabelled):
            with torch.no_grad():
                t_prob = F.softmax(teacher(augment(u)), -1)
            s_logp = F.log_softmax(student(augment(u)), -1)
            loss = F.cross_entropy(student(x), y) + F.kl_div(s_logp, t_prob, reduction="batchmean")
            opt.zero_grad()
            loss.backward()
            opt.step()
            ema_update(teacher, student)
        print("epoch", epoch, "loss", round(loss.item(), 4))

    student.eval()
    x_cal, y_cal = torch.randn(8, 6, FEAT), torch.randint(0, CLASSES, (8,))
    with torch.no_grad():
        cal_logits = student(x_cal)
    print("temperature", round(fit_temperature(cal_logits, y_cal), 3))


if __name__ == "__main__":
    main()
